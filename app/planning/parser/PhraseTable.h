#pragma once

#include "app/planning/parser/Tokenizer.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cf {

// One vocabulary item: a canonical value and what comes with it. Tables use
// the fields they need (a place has a country and a zone, a duration unit has
// days, an objective has a weight).
struct VocabEntry
{
    QString value;
    QStringList values;     // several values at once ("Meta" -> facebook, instagram)
    double number = 0;      // numbers, days of a unit, month index
    int count = 0;          // a count built into the word (Arabic duals: "أسبوعين")
    int weight = 1;         // preference when several entries of a table match
    QString country;        // places: ISO 3166 alpha-2
    QString zone;           // places: IANA time zone
    QString theme;          // campaign types that also name a theme
    QString kind;           // free classifier used by some tables
    QHash<QString, QString> byCountry; // currencies: country -> ISO 4217
    QStringList blockedBy;  // folded words that, just after the match, cancel it
    QStringList blockedAfter; // folded words that, just before the match, cancel it
    int ageMin = -1;        // age groups: the bracket a word names ("teens" = 13-19); -1 = open
    int ageMax = -1;
    bool fuzzy = true;      // may be matched by a small misspelling (tables with fuzzy matching)
    QStringList marked;     // places: spellings whose diacritics decide the place
};

// A match of one phrase: tokens [first, last], with the prefix removed from
// the first token ("ب" in "بالرياض").
struct PhraseMatch
{
    int entry = -1;
    int first = 0;
    int last = 0;
    bool ambiguous = false; // matched a spelling that needs a context cue
    bool fuzzy = false;     // matched by a small spelling mistake
    QString prefix;
};

// A list of vocabulary phrases, each a sequence of folded tokens, with fast
// lookup by first token. Matching tries every prefix-stripped form of an
// Arabic word, prefers the longest phrase at each position and, for tables
// that allow it, accepts small misspellings of long single words.
class PhraseTable
{
public:
    int addEntry(const VocabEntry &entry);
    void addPhrase(int entry, const QString &phrase, bool ambiguous = false);
    // Edit distance 1 for words of at least minLength letters, 2 from 9 letters.
    void enableFuzzy(int minLength) { m_fuzzyMinLength = minLength; }

    const VocabEntry &entry(int index) const { return m_entries[std::size_t(index)]; }
    VocabEntry &mutableEntry(int index) { return m_entries[std::size_t(index)]; }
    int entryCount() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }

    // The longest match starting at token `at`, skipping claimed tokens.
    std::optional<PhraseMatch> matchAt(const TokenList &tokens, int at, const std::vector<bool> &claimed) const;
    // All non-overlapping matches, left to right.
    std::vector<PhraseMatch> findAll(const TokenList &tokens, const std::vector<bool> &claimed) const;
    // True if token `at` (any of its forms) is one whole single-word phrase.
    bool containsWord(const Token &token) const;
    // True if some phrase covers exactly tokens [first, last].
    bool matchesExactly(const TokenList &tokens, int first, int last) const;
    // True if some phrase ends exactly at token `last` (a cue before a value).
    bool endsAt(const TokenList &tokens, int last) const;
    // The entry of a phrase covering exactly [first, last], or -1.
    int entryCovering(const TokenList &tokens, int first, int last) const;

private:
    struct Phrase
    {
        QStringList tokens;
        int entry = 0;
        bool ambiguous = false;
    };
    std::vector<VocabEntry> m_entries;
    std::vector<Phrase> m_phrases;
    QHash<QString, std::vector<int>> m_byFirst;
    int m_fuzzyMinLength = 0;
    int m_longest = 0;
};

// Damerau (optimal string alignment) edit distance, stopping early above max.
int editDistance(const QString &a, const QString &b, int max);

} // namespace cf
