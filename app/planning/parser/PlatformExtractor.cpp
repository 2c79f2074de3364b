#include "app/planning/parser/Extractors.h"
#include "app/planning/parser/ParseErrors.h"

namespace cf::extract {
namespace {

// An ambiguous spelling ("x", "kit", "threads") counts only in a context
// that makes it a platform: a cue word next to it ("on X", "Kit newsletter"),
// an attached Arabic prefix, or another platform right beside it.
bool hasPlatformContext(const ParseContext &ctx, const PhraseMatch &match, const std::vector<PhraseMatch> &all)
{
    const auto &p = ctx.vocab.platforms;
    if (!match.prefix.isEmpty())
        return true;
    if (ctx.cueBefore(p.cuesBefore, match.first) || ctx.cueAt(p.cuesAfter, match.last + 1) >= 0)
        return true;
    for (const PhraseMatch &other : all) {
        if (&other == &match || other.ambiguous)
            continue;
        if (ctx.listNeighbours(other, match) || ctx.listNeighbours(match, other))
            return true;
    }
    return false;
}

bool nextToNumber(const ParseContext &ctx, const PhraseMatch &match)
{
    return (ctx.valid(match.first - 1) && ctx.at(match.first - 1).isNumber())
           || (ctx.valid(match.last + 1) && ctx.at(match.last + 1).isNumber());
}

} // namespace

void platforms(ParseContext &ctx)
{
    const PhraseTable &table = ctx.vocab.platforms.names;
    const std::vector<PhraseMatch> matches = table.findAll(ctx.tokens, ctx.claimed);
    QStringList found;
    QStringList unknownNames;
    for (const PhraseMatch &match : matches) {
        const VocabEntry &entry = table.entry(match.entry);
        const bool unsupported = entry.kind == QLatin1String("unsupported");
        if (match.ambiguous) {
            if (!hasPlatformContext(ctx, match, matches) || nextToNumber(ctx, match))
                continue;
            // "Twitter threads" are posts on X, not the Threads app.
            if (unsupported && (!ctx.at(match.first).capitalized
                                || (ctx.valid(match.first - 1) && table.containsWord(ctx.at(match.first - 1)))))
                continue;
        }
        ctx.claim(match.first, match.last);
        if (unsupported) {
            if (!unknownNames.contains(entry.value)) {
                unknownNames.append(entry.value);
                ctx.addError(parse_errors::kUnknownPlatform, parse_errors::unknownPlatform(entry.value), match.first,
                             match.last);
            }
            continue;
        }
        for (const QString &id : entry.values) {
            if (!found.contains(id))
                found.append(id);
        }
    }
    found.sort();
    ctx.result.platforms = found;
}

} // namespace cf::extract
