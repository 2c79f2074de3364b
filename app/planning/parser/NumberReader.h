#pragma once

#include "app/planning/parser/PhraseTable.h"

#include <optional>
#include <vector>

namespace cf {

// A number written with digits, words or both: "2,500", "2.5k", "٥٠ ألف",
// "عشرة آلاف", "ألف ونص", "two and a half thousand", "half a million".
struct NumberExpression
{
    double value = 0;
    int first = 0; // tokens [first, last]
    int last = 0;
    bool negative = false; // written with a leading minus sign
    bool hasDigits = false;
};

// Reads number expressions from tokens with the number words of
// numbers.json. Words combine the usual way: units add ("twenty five",
// "خمسة وعشرين"), "hundred" multiplies, a scale multiplies everything before
// it, a fraction after "and"/"و" adds part of the scale before it.
class NumberReader
{
public:
    explicit NumberReader(const PhraseTable &words) : m_words(words) {}

    // The longest number expression starting exactly at token `at`.
    std::optional<NumberExpression> readAt(const TokenList &tokens, int at, const std::vector<bool> &claimed) const;
    // Every expression, left to right, without overlaps.
    std::vector<NumberExpression> readAll(const TokenList &tokens, const std::vector<bool> &claimed) const;

private:
    const PhraseTable &m_words;
};

} // namespace cf
