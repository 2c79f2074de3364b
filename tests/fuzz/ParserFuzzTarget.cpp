#include "tests/fuzz/ParserFuzzTarget.h"

#include "models/domain/Platform.h"

#include <cmath>

namespace cf::fuzz {
namespace {

bool sortedUnique(const QStringList &list)
{
    for (qsizetype i = 1; i < list.size(); ++i) {
        if (!(list.at(i - 1) < list.at(i)))
            return false;
    }
    return true;
}

} // namespace

QString parseAndCheck(const InstructionParser &parser, const QByteArray &input, QDate today)
{
    const QString text = QString::fromUtf8(input);
    const ParsedInstruction p = parser.parse(text, today);
    if (p.text != text)
        return QStringLiteral("text not kept");
    for (const auto &[name, list] : {std::pair{"platforms", &p.platforms}, std::pair{"genders", &p.genders},
                                     std::pair{"locations", &p.locations}}) {
        if (!sortedUnique(*list))
            return QStringLiteral("%1 not sorted and unique: %2").arg(QLatin1String(name), list->join(QLatin1Char(',')));
    }
    for (const QString &id : p.platforms) {
        if (!platformFromId(id))
            return QStringLiteral("unknown platform id %1").arg(id);
    }
    for (const QString &gender : p.genders) {
        if (gender != QLatin1String("female") && gender != QLatin1String("male"))
            return QStringLiteral("unknown gender %1").arg(gender);
    }
    if (p.budget) {
        if (!std::isfinite(p.budget->amount) || p.budget->amount <= 0)
            return QStringLiteral("budget amount %1 not finite and positive").arg(p.budget->amount);
        if (!p.budget->currency.isEmpty() && p.budget->currency.size() != 3)
            return QStringLiteral("currency %1 is no ISO code").arg(p.budget->currency);
    }
    if (!p.budgetPeriod.isEmpty() && p.budgetPeriod != QLatin1String("daily") && p.budgetPeriod != QLatin1String("total"))
        return QStringLiteral("budget period %1").arg(p.budgetPeriod);
    if (p.budgetPeriod.size() && !p.budget)
        return QStringLiteral("budget period without a budget");
    if (p.ageMin && p.ageMax && *p.ageMin > *p.ageMax)
        return QStringLiteral("age range %1-%2 reversed").arg(*p.ageMin).arg(*p.ageMax);
    for (const std::optional<int> &age : {p.ageMin, p.ageMax}) {
        if (age && (*age < 0 || *age > 100))
            return QStringLiteral("age %1 out of range").arg(*age);
    }
    if (p.durationDays && (*p.durationDays <= 0 || *p.durationDays > 365))
        return QStringLiteral("duration %1 out of range").arg(*p.durationDays);
    if (p.startDate && !p.startDate->isValid())
        return QStringLiteral("invalid start date");
    static const QStringList codes{
        QStringLiteral("no_platform"),       QStringLiteral("unknown_platform"), QStringLiteral("age_range_invalid"),
        QStringLiteral("age_below_minimum"), QStringLiteral("budget_invalid"),   QStringLiteral("empty_instruction"),
        QStringLiteral("date_in_past"),      QStringLiteral("duration_invalid")};
    for (const ParseError &e : p.errors) {
        if (!codes.contains(e.code))
            return QStringLiteral("unknown error code %1").arg(e.code);
        if (e.message.isEmpty())
            return QStringLiteral("error %1 without a message").arg(e.code);
        if (e.start < 0 || e.start > e.end || e.end > text.size())
            return QStringLiteral("span %1-%2 outside the text of %3 code units").arg(e.start).arg(e.end).arg(text.size());
    }
    if (p.platforms.isEmpty() != (p.hasError(QStringLiteral("no_platform")) || p.hasError(QStringLiteral("empty_instruction"))))
        return QStringLiteral("no_platform reported wrongly");
    return {};
}

} // namespace cf::fuzz
