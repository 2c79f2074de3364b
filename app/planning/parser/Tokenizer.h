#pragma once

#include "app/planning/parser/TextNormalizer.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cf {

// One word, number or symbol of the folded instruction.
struct Token
{
    enum class Kind { Word, Number, Symbol };
    Kind kind = Kind::Word;
    QString text;         // folded; numbers keep their digits ("08", "2,500")
    qsizetype start = 0;  // offsets into NormalizedText::text, end exclusive
    qsizetype end = 0;
    double value = 0;     // numbers only
    int digitCount = 0;   // numbers only: digits in a plain integer, 0 otherwise
    bool arabic = false;  // word written in Arabic script
    bool capitalized = false; // first letter upper case in the original
    bool spaceBefore = true;  // separated from the previous token
    // Arabic words: the word with attached conjunctions and prepositions
    // removed ("وبالرياض" -> "بالرياض", "الرياض"); the text itself first.
    QStringList forms;
    // Parallel to forms: which prefixes were removed to get each form.
    std::vector<QString> prefixes;

    bool isWord() const { return kind == Kind::Word; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isSymbol(QChar c) const { return kind == Kind::Symbol && text.size() == 1 && text.at(0) == c; }
};

using TokenList = std::vector<Token>;

// Splits folded text into tokens. Words break at spaces, punctuation and
// changes of script (Arabic letters glued to Latin ones); digits split from
// letters ("5k" -> "5", "k"); a hyphen or apostrophe inside a Latin word is
// dropped ("e-mail" -> "e", "mail"; "mother's" -> "mothers"); digit groups
// with "," every three digits or a single "." form one number.
class Tokenizer
{
public:
    static TokenList tokenize(const NormalizedText &text);
    // Tokens of a vocabulary phrase, for matching against instruction tokens.
    static QStringList phraseTokens(const QString &phrase);
};

} // namespace cf
