#include "app/planning/parser/Extractors.h"
#include "app/planning/parser/ParseErrors.h"

#include <cmath>

namespace cf::extract {
namespace {

struct AgeBound
{
    std::optional<int> min, max;
    int first = 0, last = 0;
};

class AgeFinder
{
public:
    explicit AgeFinder(ParseContext &ctx) : m_ctx(ctx), m_a(ctx.vocab.audience) {}

    std::vector<AgeBound> findAll()
    {
        std::vector<AgeBound> out;
        for (int i = 0; i < m_ctx.size(); ++i) {
            const auto number = readAge(i);
            if (!number)
                continue;
            if (auto bound = match(*number)) {
                m_ctx.claim(bound->first, bound->last);
                out.push_back(*bound);
                i = bound->last;
                m_lastBoundLast = bound->last;
            } else {
                i = number->last;
            }
        }
        return out;
    }

private:
    std::optional<NumberExpression> readAge(int i) const
    {
        auto number = m_ctx.numbers.readAt(m_ctx.tokens, i, m_ctx.claimed);
        if (!number || number->negative || number->value < 0 || number->value > 999
            || std::floor(number->value) != number->value)
            return std::nullopt;
        return number;
    }

    // Words that make a nearby number an age: "aged", "women", "users".
    bool contextBefore(int index) const
    {
        // A group right after another ("ages 18-24 and 25-34") shares its context.
        if (m_lastBoundLast >= 0 && index > m_lastBoundLast && index - m_lastBoundLast <= 2)
            return true;
        for (int k = index - 1; k >= index - 3 && k >= 0; --k) {
            if (m_a.ageWords.endsAt(m_ctx.tokens, k) || m_a.genders.endsAt(m_ctx.tokens, k)
                || m_a.audienceWords.endsAt(m_ctx.tokens, k))
                return true;
        }
        return false;
    }
    bool directAgeWord(int index) const { return m_ctx.cueBefore(m_a.ageWords, index); }
    // A years word after token `last`; returns its last token or -1.
    int yearsAfter(int last) const { return m_ctx.cueAt(m_a.yearsWords, last + 1); }
    // An "s" glued to the number before it ("30s"), as in "under 30s", "over 50s".
    bool isPluralS(int index) const
    {
        return m_ctx.valid(index) && !m_ctx.at(index).spaceBefore && m_ctx.at(index).text == QLatin1String("s")
               && !m_ctx.isClaimed(index);
    }

    std::optional<AgeBound> match(const NumberExpression &n) const
    {
        const int value = int(n.value);
        int openerFirst = n.first;
        if (m_ctx.cueBefore(m_a.rangeOpeners, n.first))
            openerFirst = n.first - 1;
        const bool context = contextBefore(openerFirst) || contextBefore(n.first);
        int afterN = n.last;
        if (const int years = yearsAfter(n.last); years >= 0)
            afterN = years;
        const bool yearsAfterN = afterN != n.last;

        // Range: "25-40", "8 to 12", "بين ٢٥ و٤٠", "من ٢٥ إلى ٤٠ سنة".
        const int joinLast = m_ctx.cueAt(m_a.rangeConnectors, afterN + 1);
        std::optional<NumberExpression> second;
        if (joinLast >= 0 && !m_ctx.isClaimed(joinLast))
            second = readAge(joinLast + 1);
        if (second) {
            int last = second->last;
            const int years = yearsAfter(last);
            if (years >= 0)
                last = years;
            const bool isDash = m_ctx.at(afterN + 1).isSymbol(QLatin1Char('-'));
            if (context || years >= 0 || yearsAfterN || (openerFirst != n.first && directAgeWord(openerFirst))
                || (isDash && (contextBefore(openerFirst) || standaloneRange(openerFirst, n, *second))))
                return AgeBound{value, int(second->value), openerFirst, last};
        }
        // "35 and older", "65+", "١٨ سنة فما فوق".
        if (const int older = m_ctx.cueAt(m_a.olderAfter, afterN + 1); older >= 0 && !m_ctx.isClaimed(afterN + 1)) {
            const bool plus = m_ctx.at(afterN + 1).isSymbol(QLatin1Char('+'));
            // "+": not after a currency ("$65+" is money) and not "1+1".
            if (!plus || !(m_ctx.valid(older + 1) && m_ctx.at(older + 1).isNumber()))
                return AgeBound{value, std::nullopt, n.first, older};
        }
        if (const int younger = m_ctx.cueAt(m_a.youngerAfter, afterN + 1); younger >= 0 && (context || yearsAfterN))
            return AgeBound{std::nullopt, value, n.first, younger};
        // "over 30", "أكبر من ٣٠", "under 18", "up to 40", "under 30s". Longest cue
        // first, so "أقل من ٢٥" is "under 25" and not "من ٢٥" (from 25).
        const bool plural = isPluralS(afterN + 1); // "under 30s": people under thirty
        if (plural)
            afterN = afterN + 1;
        for (int length = 3; length >= 1; --length) {
            const int cueFirst = n.first - length;
            if (cueFirst < 0)
                continue;
            const bool needs = !(context || yearsAfterN || plural || contextBefore(cueFirst));
            if (needs)
                continue;
            if (m_a.overBefore.matchesExactly(m_ctx.tokens, cueFirst, n.first - 1))
                return AgeBound{value, std::nullopt, cueFirst, afterN};
            if (m_a.underBefore.matchesExactly(m_ctx.tokens, cueFirst, n.first - 1))
                return AgeBound{std::nullopt, value - 1, cueFirst, afterN};
            if (m_a.uptoBefore.matchesExactly(m_ctx.tokens, cueFirst, n.first - 1))
                return AgeBound{std::nullopt, value, cueFirst, afterN};
        }
        // "aged 30", "عمر ٣٠ سنة": one age.
        if (directAgeWord(n.first) || (yearsAfterN && context))
            return AgeBound{value, value, n.first, afterN};
        return std::nullopt;
    }

    // Someone is named as the audience somewhere in the text ("students", "women").
    bool audienceNamed() const
    {
        for (int k = 0; k < m_ctx.size(); ++k) {
            if (m_a.ageWords.endsAt(m_ctx.tokens, k) || m_a.genders.endsAt(m_ctx.tokens, k)
                || m_a.audienceWords.endsAt(m_ctx.tokens, k))
                return true;
        }
        return false;
    }
    // "18-24" standing alone between commas, in a text that names an audience
    // elsewhere ("TikTok ads for students in Kuwait, 18-24, budget 400 KWD").
    bool standaloneRange(int first, const NumberExpression &low, const NumberExpression &high) const
    {
        if (low.value < m_a.minimumAge || high.value > m_a.maximumAge || low.value >= high.value)
            return false;
        const auto isBreak = [&](int k) {
            if (!m_ctx.valid(k))
                return true;
            const Token &t = m_ctx.at(k);
            return t.isSymbol(QLatin1Char(',')) || t.isSymbol(QLatin1Char('.')) || t.isSymbol(QLatin1Char(';'));
        };
        return isBreak(first - 1) && isBreak(high.last + 1) && audienceNamed();
    }

    ParseContext &m_ctx;
    const ParserVocabulary::Audience &m_a;
    int m_lastBoundLast = -1;
};

} // namespace

// Words that name an age bracket ("teens", "كبار السن", "in their 30s").
// They count only when the text gives no ages in numbers, which are more precise.
std::vector<AgeBound> ageGroups(ParseContext &ctx)
{
    const PhraseTable &table = ctx.vocab.audience.ageGroups;
    std::vector<AgeBound> out;
    for (const PhraseMatch &match : table.findAll(ctx.tokens, ctx.claimed)) {
        const VocabEntry &entry = table.entry(match.entry);
        AgeBound bound;
        if (entry.ageMin >= 0)
            bound.min = entry.ageMin;
        if (entry.ageMax >= 0)
            bound.max = entry.ageMax;
        bound.first = match.first;
        bound.last = match.last;
        out.push_back(bound);
    }
    return out;
}

void ages(ParseContext &ctx)
{
    std::vector<AgeBound> bounds = AgeFinder(ctx).findAll();
    if (bounds.empty()) {
        bounds = ageGroups(ctx);
        for (const AgeBound &b : bounds)
            ctx.claim(b.first, b.last); // "30" in "in their 30s" is no amount
    }
    if (bounds.empty())
        return;
    // Several groups ("women 25-34 and men 35-44") widen to one range.
    std::optional<int> min, max;
    for (const AgeBound &b : bounds) {
        if (b.min)
            min = min ? std::min(*min, *b.min) : *b.min;
        if (b.max)
            max = max ? std::max(*max, *b.max) : *b.max;
    }
    const int first = bounds.front().first;
    const int last = bounds.back().last;
    const auto &a = ctx.vocab.audience;
    if (min && max && *min > *max) {
        ctx.addError(parse_errors::kAgeRangeInvalid, parse_errors::ageRangeReversed(*min, *max), first, last);
        return;
    }
    for (const std::optional<int> &age : {min, max}) {
        if (age && *age > a.maximumAge) {
            ctx.addError(parse_errors::kAgeRangeInvalid, parse_errors::ageTooHigh(*age, a.maximumAge), first, last);
            return;
        }
    }
    ctx.result.ageMin = min;
    ctx.result.ageMax = max;
    const std::optional<int> youngest = min ? min : max;
    if (youngest && *youngest < a.minimumAge)
        ctx.addError(parse_errors::kAgeBelowMinimum, parse_errors::ageBelowMinimum(*youngest, a.minimumAge), first,
                     last);
}

void genders(ParseContext &ctx)
{
    const PhraseTable &table = ctx.vocab.audience.genders;
    QStringList found;
    for (const PhraseMatch &match : table.findAll(ctx.tokens, ctx.claimed)) {
        for (const QString &gender : table.entry(match.entry).values) {
            if (!found.contains(gender))
                found.append(gender);
        }
    }
    found.sort();
    ctx.result.genders = found;
}

} // namespace cf::extract
