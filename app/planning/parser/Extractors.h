#pragma once

#include "app/planning/parser/ParseContext.h"

// The extractors InstructionParser runs, one per kind of fact, each in its
// own file. Each reads ctx.tokens, skips tokens an earlier extractor claimed,
// claims what it explains and writes its part of ctx.result.
namespace cf::extract {

// Themes and occasions (occasions.json); claims them first so their words
// ("اليوم الوطني", "UAE National Day") are not read as dates or places.
void theme(ParseContext &ctx);
// Platforms, platform groups ("Meta") and unsupported networks.
void platforms(ParseContext &ctx);
// Start date and an end date that sets the duration ("from 1 to 7 December").
void dates(ParseContext &ctx);
// Age range.
void ages(ParseContext &ctx);
// Duration ("for two weeks", "لمدة أسبوعين").
void duration(ParseContext &ctx);
// Budget amount, currency and period.
void budget(ParseContext &ctx);
// Places; also settles a currency word shared by several countries.
void places(ParseContext &ctx);
// Genders.
void genders(ParseContext &ctx);
// Objective and campaign type (intents.json); a type may also name a theme.
void intent(ParseContext &ctx);

} // namespace cf::extract
