#pragma once

#include "app/planning/ParsedInstruction.h"
#include "app/planning/parser/NumberReader.h"
#include "app/planning/parser/ParserVocabulary.h"
#include "app/planning/parser/Tokenizer.h"

#include <QDate>

#include <vector>

namespace cf {

// The state one parse shares between the extractors: the tokens, which of
// them an earlier extractor already explained (claimed), and the result being
// filled. Extractors run in a fixed order (see InstructionParser.cpp) so that
// a phrase like "اليوم الوطني" is a theme before "اليوم" can be a date.
struct ParseContext
{
    ParseContext(const NormalizedText &normalized, const TokenList &tokenList, const ParserVocabulary &vocabulary,
                 QDate reference, ParsedInstruction &out)
        : text(normalized), tokens(tokenList), vocab(vocabulary), numbers(vocabulary.numbers),
          referenceDate(reference), result(out), claimed(tokenList.size(), false), noClaims(tokenList.size(), false)
    {
    }

    const NormalizedText &text;
    const TokenList &tokens;
    const ParserVocabulary &vocab;
    NumberReader numbers;
    QDate referenceDate;
    ParsedInstruction &result;
    std::vector<bool> claimed;
    const std::vector<bool> noClaims;
    int budgetCurrencyEntry = -1; // money.currencies entry of the budget, for places()

    int size() const { return int(tokens.size()); }
    const Token &at(int i) const { return tokens[std::size_t(i)]; }
    bool valid(int i) const { return i >= 0 && i < size(); }
    bool isClaimed(int i) const { return valid(i) && claimed[std::size_t(i)]; }
    void claim(int first, int last)
    {
        for (int i = std::max(0, first); i <= last && i < size(); ++i)
            claimed[std::size_t(i)] = true;
    }
    // A phrase of `table` ends right before token `index`.
    bool cueBefore(const PhraseTable &table, int index) const { return index > 0 && table.endsAt(tokens, index - 1); }
    // A phrase of `table` starts at token `index`; returns its last token or -1.
    int cueAt(const PhraseTable &table, int index) const
    {
        const auto match = table.matchAt(tokens, index, noClaims);
        return match ? match->last : -1;
    }
    // Two matches side by side in a list: "LinkedIn + X", "دبي والعين", "Kit, Mailchimp".
    // Platforms and places both use it to accept an ambiguous name next to a certain one.
    bool listNeighbours(const PhraseMatch &left, const PhraseMatch &right) const
    {
        if (right.first == left.last + 1)
            return true;
        if (right.first != left.last + 2)
            return false;
        static const QStringList joiners{QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("+"),
                                         QStringLiteral("&"),   QStringLiteral("/"),  QStringLiteral(","),
                                         QStringLiteral("\u0648"), QStringLiteral("\u0627\u0648")}; // و، او
        return joiners.contains(at(left.last + 1).text);
    }
    // Original-text span of tokens [first, last].
    TextSpan span(int first, int last) const
    {
        return text.originalSpan(at(first).start, at(last).end);
    }
    void addError(const QString &code, const QString &message, int first, int last)
    {
        const TextSpan s = span(first, last);
        result.errors.push_back({code, message, s.start, s.end});
    }
    void addWholeTextError(const QString &code, const QString &message)
    {
        result.errors.push_back({code, message, 0, text.original.size()});
    }
};

} // namespace cf
