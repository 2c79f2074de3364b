#include "app/planning/parser/Extractors.h"
#include "app/planning/parser/ParseErrors.h"

#include <cmath>

namespace cf::extract {
namespace {

// A candidate budget: a number, maybe with a currency next to it.
struct MoneyMention
{
    NumberExpression number;
    int currencyEntry = -1;
    int first = 0;
    int last = 0;
    int keywordDistance = 1000; // tokens to the nearest budget word
};

class MoneyFinder
{
public:
    explicit MoneyFinder(ParseContext &ctx) : m_ctx(ctx), m_m(ctx.vocab.money) {}

    std::optional<MoneyMention> best() const
    {
        const std::vector<NumberExpression> numbers = m_ctx.numbers.readAll(m_ctx.tokens, m_ctx.claimed);
        const std::vector<PhraseMatch> currencies = m_m.currencies.findAll(m_ctx.tokens, m_ctx.claimed);
        std::vector<int> keywords;
        for (const PhraseMatch &k : m_m.budgetWords.findAll(m_ctx.tokens, m_ctx.noClaims)) {
            if (!negated(k))
                keywords.push_back(k.last);
        }
        std::vector<MoneyMention> candidates;
        for (const NumberExpression &n : numbers) {
            if (excluded(n))
                continue;
            MoneyMention m{n, -1, n.first, n.last, distanceTo(keywords, n)};
            for (const PhraseMatch &c : currencies) {
                // "1000 SAR", "٥٠ ألف ريال" or "SAR 700", "$800", "KD 750".
                if (c.first == n.last + 1 || (c.last + 1 == n.first && m.currencyEntry < 0)) {
                    m.currencyEntry = c.entry;
                    m.first = std::min(n.first, c.first);
                    m.last = std::max(n.last, c.last);
                    if (c.first == n.last + 1)
                        break;
                }
            }
            m.keywordDistance = std::min(m.keywordDistance, distanceTo(keywords, m));
            if (m.currencyEntry >= 0 || m.keywordDistance <= 3)
                candidates.push_back(m);
        }
        const MoneyMention *chosen = nullptr;
        for (const MoneyMention &m : candidates) {
            if (!chosen) {
                chosen = &m;
                continue;
            }
            const bool hasCurrency = m.currencyEntry >= 0, chosenHasCurrency = chosen->currencyEntry >= 0;
            if (hasCurrency != chosenHasCurrency) {
                if (hasCurrency)
                    chosen = &m;
            } else if (m.keywordDistance < chosen->keywordDistance) {
                chosen = &m;
            }
        }
        if (!chosen)
            return std::nullopt;
        return *chosen;
    }

    // "daily", "per day", "إجمالي" right after the amount, or on a budget
    // word just before it ("daily budget of 500", "ميزانية يومية ٥٠٠").
    QString period(const MoneyMention &m) const
    {
        for (int i = m.last + 1; i <= m.last + 3 && m_ctx.valid(i); ++i) {
            if (const QString p = periodAt(i); !p.isEmpty())
                return p;
            if (!(m_ctx.at(i).isSymbol(QLatin1Char(',')) || m_m.budgetWords.containsWord(m_ctx.at(i))))
                break;
        }
        for (const PhraseMatch &k : m_m.budgetWords.findAll(m_ctx.tokens, m_ctx.noClaims)) {
            if (k.last >= m.first || k.last < m.first - 4)
                continue;
            for (const int i : {k.first, k.last + 1}) {
                if (const QString p = periodAt(i); !p.isEmpty())
                    return p;
            }
            if (m_ctx.cueBefore(m_m.daily, k.first))
                return QStringLiteral("daily");
            if (m_ctx.cueBefore(m_m.total, k.first))
                return QStringLiteral("total");
        }
        return {};
    }

private:
    QString periodAt(int i) const
    {
        if (m_ctx.cueAt(m_m.daily, i) >= 0)
            return QStringLiteral("daily");
        if (m_ctx.cueAt(m_m.total, i) >= 0)
            return QStringLiteral("total");
        return {};
    }
    bool negated(const PhraseMatch &keyword) const
    {
        for (int start = std::max(0, keyword.first - 3); start <= keyword.first; ++start) {
            const auto n = m_m.negations.matchAt(m_ctx.tokens, start, m_ctx.noClaims);
            if (n && n->last >= keyword.first)
                return true;
        }
        return false;
    }
    // "20% off", "1,000 followers": numbers that are not money.
    bool excluded(const NumberExpression &n) const
    {
        return m_ctx.cueAt(m_m.excludedAfter, n.last + 1) >= 0;
    }
    static int distanceTo(const std::vector<int> &keywords, const NumberExpression &n)
    {
        int best = 1000;
        for (const int k : keywords) {
            if (k < n.first)
                best = std::min(best, n.first - k);
            else if (k > n.last)
                best = std::min(best, k - n.last);
        }
        return best;
    }
    static int distanceTo(const std::vector<int> &keywords, const MoneyMention &m)
    {
        NumberExpression span = m.number;
        span.first = m.first;
        span.last = m.last;
        return distanceTo(keywords, span);
    }

    ParseContext &m_ctx;
    const ParserVocabulary::Money &m_m;
};

} // namespace

void budget(ParseContext &ctx)
{
    MoneyFinder finder(ctx);
    const auto mention = finder.best();
    if (!mention)
        return;
    ctx.claim(mention->first, mention->last);
    const double amount = mention->number.value;
    if (!std::isfinite(amount) || amount <= 0) {
        ctx.addError(parse_errors::kBudgetInvalid, parse_errors::budgetNotPositive(), mention->first, mention->last);
        return;
    }
    if (amount >= ctx.vocab.money.absurdAmount) {
        ctx.addError(parse_errors::kBudgetInvalid, parse_errors::budgetTooLarge(ctx.vocab.money.absurdAmount),
                     mention->first, mention->last);
        return;
    }
    ParsedBudget budget;
    budget.amount = std::round(amount * 100) / 100;
    if (mention->currencyEntry >= 0)
        budget.currency = ctx.vocab.money.currencies.entry(mention->currencyEntry).value;
    ctx.result.budget = budget;
    ctx.result.budgetPeriod = finder.period(*mention);
    ctx.budgetCurrencyEntry = mention->currencyEntry;
}

} // namespace cf::extract
