#include "app/planning/parser/Extractors.h"
#include "app/planning/parser/ParseErrors.h"

#include <cmath>

namespace cf::extract {
namespace {

struct DurationMention
{
    double days = 0;
    int first = 0;
    int last = 0;
};

class DurationFinder
{
public:
    explicit DurationFinder(ParseContext &ctx) : m_ctx(ctx), m_u(ctx.vocab.durations) {}

    std::optional<DurationMention> findFirst() const
    {
        for (int i = 0; i < m_ctx.size(); ++i) {
            const auto unit = m_u.units.matchAt(m_ctx.tokens, i, m_ctx.claimed);
            if (!unit)
                continue;
            if (auto mention = atUnit(*unit))
                return mention;
        }
        return std::nullopt;
    }

private:
    // The number expression that ends right before `index`, longest first.
    std::optional<NumberExpression> numberEndingAt(int index) const
    {
        for (int start = std::max(0, index - 6); start <= index; ++start) {
            const auto number = m_ctx.numbers.readAt(m_ctx.tokens, start, m_ctx.claimed);
            if (number && number->last == index)
                return number;
        }
        return std::nullopt;
    }
    bool isArticle(int i) const
    {
        if (!m_ctx.valid(i) || m_ctx.isClaimed(i))
            return false;
        const QString &t = m_ctx.at(i).text;
        return t == QLatin1String("a") || t == QLatin1String("an") || t == QLatin1String("one")
               || t == QStringLiteral("\u0648\u0627\u062D\u062F"); // واحد
    }

    std::optional<DurationMention> atUnit(const PhraseMatch &unit) const
    {
        const VocabEntry &entry = m_u.units.entry(unit.entry);
        const double unitDays = entry.number * (entry.count > 0 ? entry.count : 1);
        int first = unit.first;
        int last = unit.last;
        double count = 1;
        // "7-day campaign": number, hyphen, unit.
        int numberEnd = unit.first - 1;
        if (m_ctx.valid(numberEnd) && m_ctx.at(numberEnd).isSymbol(QLatin1Char('-')) && !m_ctx.at(numberEnd).spaceBefore)
            --numberEnd;
        const auto number = entry.count == 0 ? numberEndingAt(numberEnd) : std::nullopt;
        if (number) {
            count = number->value;
            first = number->first;
        } else if (entry.count == 0) {
            // A unit without a number needs a cue: "for a week", "لمدة شهر", "week-long".
            const bool article = isArticle(unit.first - 1);
            const int cueIndex = article ? unit.first - 1 : unit.first;
            const bool cue = m_ctx.cueBefore(m_u.cues, cueIndex);
            const bool longAfter = m_ctx.valid(unit.last + 1) && m_ctx.at(unit.last + 1).text == QLatin1String("long");
            const bool oneAfter = isArticle(unit.last + 1) && m_ctx.at(unit.last + 1).arabic;
            if (!cue && !longAfter && !(oneAfter && m_ctx.cueBefore(m_u.cues, unit.first)))
                return std::nullopt;
            if (article)
                first = unit.first - 1;
            if (oneAfter)
                last = unit.last + 1;
            if (longAfter)
                last = unit.last + 1;
        }
        // Not the campaign's length: "every 2 days", "3 times a week", "in 3 days".
        if (m_ctx.cueBefore(m_u.blockersBefore, first) && !m_ctx.cueBefore(m_u.cues, first))
            return std::nullopt;
        if (m_ctx.cueAt(m_u.blockersAfter, last + 1) >= 0)
            return std::nullopt;
        if (m_ctx.cueBefore(m_u.cues, first))
            first = first - 1;
        return DurationMention{count * unitDays, std::max(0, first), last};
    }

    ParseContext &m_ctx;
    const ParserVocabulary::Durations &m_u;
};

} // namespace

void duration(ParseContext &ctx)
{
    const auto mention = DurationFinder(ctx).findFirst();
    if (!mention)
        return;
    ctx.claim(mention->first, mention->last);
    if (ctx.result.durationDays)
        return; // a date range already gave the length
    const double days = std::round(mention->days);
    if (days <= 0 || !std::isfinite(days)) {
        ctx.addError(parse_errors::kDurationInvalid, parse_errors::durationNotPositive(), mention->first, mention->last);
    } else if (days > ctx.vocab.durations.maxDays) {
        ctx.addError(parse_errors::kDurationInvalid,
                     parse_errors::durationTooLong(int(std::min(days, 1e9)), ctx.vocab.durations.maxDays),
                     mention->first, mention->last);
    } else {
        ctx.result.durationDays = int(days);
    }
}

} // namespace cf::extract
