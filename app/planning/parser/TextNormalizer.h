#pragma once

#include <QString>

#include <vector>

namespace cf {

// A span of UTF-16 code units, end exclusive.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// The instruction folded for matching, with a map from every folded code
// unit back to the code units of the original text it came from. Matching
// happens on `text`; spans reported to people are mapped back with
// originalSpan() so they underline exactly what the person typed.
struct NormalizedText
{
    QString original;
    QString text;
    std::vector<qsizetype> sourceStart; // per code unit of text
    std::vector<qsizetype> sourceEnd;   // per code unit of text, exclusive

    // Maps [begin, end) of text to the original text. An empty range maps to
    // an empty range at the corresponding original position.
    TextSpan originalSpan(qsizetype begin, qsizetype end) const;
};

// Folds text so that the spellings people use for the same word compare
// equal: Arabic diacritics and tatweel removed; alef, hamza, teh marbuta,
// alef maksura and Persian letter variants unified; every script's decimal
// digits turned into ASCII digits; the Arabic decimal and thousands
// separators into "." and ","; compatibility forms (ligatures, presentation
// forms, full-width letters) decomposed; Latin accents dropped; case folded;
// all dashes to "-" and all spaces to " ".
class TextNormalizer
{
public:
    static NormalizedText normalize(const QString &original);
    // The folded text alone, for vocabulary phrases.
    static QString fold(const QString &text);
};

} // namespace cf
