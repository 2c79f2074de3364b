#include "app/planning/OccasionCalendar.h"

#include <QCalendar>

namespace cf {

namespace {

// n-th weekday (1 = Monday .. 7 = Sunday) of a Gregorian month.
QDate nthWeekday(int year, int month, int weekday, int n)
{
    QDate d(year, month, 1);
    const int shift = (weekday - d.dayOfWeek() + 7) % 7;
    d = d.addDays(shift + 7 * (n - 1));
    return d.month() == month ? d : QDate();
}

} // namespace

OccasionCalendar::Match OccasionCalendar::resolve(const QString &theme, const QStringList &countries) const
{
    Match global;
    Match first;
    for (const OccasionInfo &o : m_data.occasions) {
        const bool named = o.id.compare(theme, Qt::CaseInsensitive) == 0 || o.names.contains(theme, Qt::CaseInsensitive);
        if (!named)
            continue;
        for (const QString &c : countries) {
            if (o.countries.contains(c))
                return Match{&o, true};
        }
        if (!first.occasion)
            first.occasion = &o;
        if (o.countries.isEmpty() && !global.occasion)
            global.occasion = &o;
    }
    return global.occasion ? global : first;
}

QDate OccasionCalendar::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

std::optional<DateRange> OccasionCalendar::occurrenceInYear(const OccasionInfo &occasion, const OccasionRule &rule,
                                                            int year) const
{
    QDate start;
    int length = occasion.lengthDays;
    if (rule.kind == QLatin1String("hijri")) {
        const QCalendar hijri(QCalendar::System::IslamicCivil);
        start = hijri.dateFromParts(year, rule.month, rule.day);
        if (rule.wholeMonth)
            length = hijri.daysInMonth(rule.month, year) - rule.day + 1;
    } else if (rule.kind == QLatin1String("fixed")) {
        start = QDate(year, rule.month, rule.day);
    } else if (rule.kind == QLatin1String("nth_weekday")) {
        start = nthWeekday(year, rule.month, rule.weekday, rule.n);
    } else if (rule.kind == QLatin1String("easter")) {
        start = easterSunday(year);
    }
    if (!start.isValid())
        return std::nullopt;
    start = start.addDays(rule.offsetDays);
    return DateRange{start, start.addDays(length - 1)};
}

std::optional<OccasionWindow> OccasionCalendar::next(const OccasionInfo &occasion, const QDate &from,
                                                     const QString &country) const
{
    if (!from.isValid())
        return std::nullopt;
    const OccasionRule rule = occasion.byCountry.value(country, occasion.rule);
    int year = from.year();
    if (rule.kind == QLatin1String("hijri"))
        year = QCalendar(QCalendar::System::IslamicCivil).partsFromDate(from).year;
    // Two years ahead always holds the next occurrence of a yearly occasion,
    // whichever calendar it follows.
    for (int y = year - 1; y <= year + 2; ++y) {
        const auto days = occurrenceInYear(occasion, rule, y);
        if (days && days->last >= from)
            return OccasionWindow{occasion.id, occasion.name, *days, occasion.ramadan};
    }
    return std::nullopt;
}

std::vector<DateRange> OccasionCalendar::ramadanDays(const DateRange &range) const
{
    std::vector<DateRange> result;
    for (const OccasionInfo &o : m_data.occasions) {
        if (!o.ramadan)
            continue;
        QDate cursor = range.first.addDays(-40);
        while (cursor.isValid() && cursor <= range.last) {
            const auto window = next(o, cursor);
            if (!window || window->days.first > range.last)
                break;
            if (window->days.last >= range.first)
                result.push_back(window->days);
            cursor = window->days.last.addDays(1);
        }
    }
    return result;
}

} // namespace cf
