#include "app/planning/parser/InstructionParser.h"

#include "app/planning/parser/Extractors.h"
#include "app/planning/parser/ParseErrors.h"
#include "app/planning/parser/TextNormalizer.h"
#include "app/planning/parser/Tokenizer.h"

#include <algorithm>

namespace cf {

InstructionParser::InstructionParser(const ParserVocabulary &vocabulary) : m_vocab(vocabulary) {}

ParsedInstruction InstructionParser::parse(const QString &text, QDate referenceDate) const
{
    ParsedInstruction result;
    result.text = text;
    const NormalizedText normalized = TextNormalizer::normalize(text);
    const TokenList tokens = Tokenizer::tokenize(normalized);
    bool hasContent = false;
    for (const Token &token : tokens)
        hasContent = hasContent || token.isWord() || token.isNumber();
    if (!hasContent) {
        // Errors about the instruction as a whole span the whole text.
        result.errors.push_back({parse_errors::kEmptyInstruction, parse_errors::emptyInstruction(), 0, text.size()});
        return result;
    }

    ParseContext ctx(normalized, tokens, m_vocab, referenceDate.isValid() ? referenceDate : QDate(2000, 1, 1), result);
    // Order matters: each extractor claims the words it explains, so later
    // ones do not read them again. Themes first ("اليوم الوطني" is no date,
    // "UAE National Day" no place), numbers with a clear role (dates, ages,
    // durations) before the budget, places after the budget so that currency
    // words ("ريال قطري") are not read as places.
    extract::theme(ctx);
    extract::platforms(ctx);
    extract::dates(ctx);
    extract::ages(ctx);
    extract::duration(ctx);
    extract::budget(ctx);
    extract::places(ctx);
    extract::genders(ctx);
    extract::intent(ctx);

    if (result.platforms.isEmpty())
        result.errors.push_back({parse_errors::kNoPlatform, parse_errors::noPlatform(), 0, text.size()});
    std::stable_sort(result.errors.begin(), result.errors.end(), [](const ParseError &a, const ParseError &b) {
        return a.start != b.start ? a.start < b.start : a.code < b.code;
    });
    return result;
}

} // namespace cf
