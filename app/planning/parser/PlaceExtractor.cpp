#include "app/planning/parser/Extractors.h"

namespace cf::extract {
namespace {

// An ambiguous spelling (العين, المملكة, عمان, "jordan") counts as a place
// only after a place cue, with an attached preposition or conjunction, or
// right beside another place.
bool hasPlaceContext(const ParseContext &ctx, const PhraseMatch &match, const std::vector<PhraseMatch> &all)
{
    if (!match.prefix.isEmpty())
        return true;
    if (ctx.cueBefore(ctx.vocab.places.cuesBefore, match.first))
        return true;
    for (const PhraseMatch &other : all) {
        if (&other == &match || other.ambiguous)
            continue;
        if (ctx.listNeighbours(other, match) || ctx.listNeighbours(match, other))
            return true;
    }
    return false;
}

bool isMarked(const ParseContext &ctx, const PhraseMatch &match)
{
    const TextSpan span = ctx.span(match.first, match.last);
    return ctx.vocab.markedPlace(ctx.text.original.mid(span.start, span.end - span.start)) >= 0;
}

} // namespace

void places(ParseContext &ctx)
{
    const PhraseTable &table = ctx.vocab.places.names;
    const std::vector<PhraseMatch> matches = table.findAll(ctx.tokens, ctx.claimed);
    QStringList found;
    QStringList countries; // in order of mention
    for (const PhraseMatch &match : matches) {
        if (match.ambiguous && !hasPlaceContext(ctx, match, matches) && !isMarked(ctx, match))
            continue;
        const TextSpan span = ctx.span(match.first, match.last);
        const int marked = ctx.vocab.markedPlace(ctx.text.original.mid(span.start, span.end - span.start));
        const VocabEntry &entry = table.entry(marked >= 0 ? marked : match.entry);
        ctx.claim(match.first, match.last);
        if (!found.contains(entry.value))
            found.append(entry.value);
        if (!countries.contains(entry.country))
            countries.append(entry.country);
    }
    found.sort();
    ctx.result.locations = found;

    // "ريال" in Muscat is the Omani rial, "دينار" in Amman the Jordanian dinar.
    if (ctx.result.budget && ctx.budgetCurrencyEntry >= 0) {
        const VocabEntry &currency = ctx.vocab.money.currencies.entry(ctx.budgetCurrencyEntry);
        for (const QString &country : countries) {
            const auto local = currency.byCountry.constFind(country);
            if (local != currency.byCountry.constEnd()) {
                ctx.result.budget->currency = *local;
                break;
            }
        }
    }
}

} // namespace cf::extract
