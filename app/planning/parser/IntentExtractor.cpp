#include "app/planning/parser/Extractors.h"

namespace cf::extract {
namespace {

// The preferred match of a table: highest weight, then first in the text.
const PhraseMatch *best(const PhraseTable &table, const std::vector<PhraseMatch> &matches)
{
    const PhraseMatch *chosen = nullptr;
    for (const PhraseMatch &match : matches) {
        if (!chosen || table.entry(match.entry).weight > table.entry(chosen->entry).weight)
            chosen = &match;
    }
    return chosen;
}

bool blocked(const ParseContext &ctx, const VocabEntry &entry, const PhraseMatch &match)
{
    for (int i = match.last + 1; i <= match.last + 3 && ctx.valid(i); ++i) {
        for (const QString &form : ctx.at(i).forms) {
            if (entry.blockedBy.contains(form))
                return true;
        }
    }
    return false;
}

// A word just before the match that cancels it: "re-engagement" and
// "إعادة تفاعل" name the re-engagement type, not the engagement objective.
// A hyphen between the two ("re-engagement") is skipped.
bool blockedBefore(const ParseContext &ctx, const VocabEntry &entry, const PhraseMatch &match)
{
    if (entry.blockedAfter.isEmpty())
        return false;
    int i = match.first - 1;
    if (ctx.valid(i) && ctx.at(i).isSymbol(QLatin1Char('-')))
        --i;
    if (!ctx.valid(i))
        return false;
    for (const QString &form : ctx.at(i).forms) {
        if (entry.blockedAfter.contains(form))
            return true;
    }
    return entry.blockedAfter.contains(ctx.at(i).text);
}

} // namespace

void theme(ParseContext &ctx)
{
    const PhraseTable &table = ctx.vocab.themes;
    const std::vector<PhraseMatch> matches = table.findAll(ctx.tokens, ctx.claimed);
    for (const PhraseMatch &match : matches)
        ctx.claim(match.first, match.last);
    if (const PhraseMatch *chosen = best(table, matches))
        ctx.result.theme = table.entry(chosen->entry).value;
}

void intent(ParseContext &ctx)
{
    const PhraseTable &objectives = ctx.vocab.objectives;
    std::vector<PhraseMatch> objectiveMatches;
    for (const PhraseMatch &match : objectives.findAll(ctx.tokens, ctx.claimed)) {
        if (!blockedBefore(ctx, objectives.entry(match.entry), match))
            objectiveMatches.push_back(match);
    }
    if (const PhraseMatch *chosen = best(objectives, objectiveMatches))
        ctx.result.objective = objectives.entry(chosen->entry).value;

    const PhraseTable &types = ctx.vocab.campaignTypes;
    std::vector<PhraseMatch> typeMatches;
    for (const PhraseMatch &match : types.findAll(ctx.tokens, ctx.claimed)) {
        if (!blocked(ctx, types.entry(match.entry), match))
            typeMatches.push_back(match);
    }
    if (const PhraseMatch *chosen = best(types, typeMatches)) {
        const VocabEntry &entry = types.entry(chosen->entry);
        ctx.result.campaignType = entry.value;
        // "product launch" is a theme as well as a type; a named occasion wins.
        if (ctx.result.theme.isEmpty())
            ctx.result.theme = entry.theme;
    }
}

} // namespace cf::extract
