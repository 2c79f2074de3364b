#include "app/planning/parser/PhraseTable.h"

#include <algorithm>

namespace cf {

int editDistance(const QString &a, const QString &b, int max)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(n - m) > max)
        return max + 1;
    std::vector<std::vector<int>> d(std::size_t(n + 1), std::vector<int>(std::size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[std::size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][std::size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        int rowBest = max + 1;
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int v = std::min({d[std::size_t(i - 1)][std::size_t(j)] + 1, d[std::size_t(i)][std::size_t(j - 1)] + 1,
                              d[std::size_t(i - 1)][std::size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                v = std::min(v, d[std::size_t(i - 2)][std::size_t(j - 2)] + 1);
            d[std::size_t(i)][std::size_t(j)] = v;
            rowBest = std::min(rowBest, v);
        }
        if (rowBest > max)
            return max + 1;
    }
    return d[std::size_t(n)][std::size_t(m)];
}

int PhraseTable::addEntry(const VocabEntry &entry)
{
    m_entries.push_back(entry);
    return int(m_entries.size()) - 1;
}

void PhraseTable::addPhrase(int entry, const QString &phrase, bool ambiguous)
{
    const QStringList tokens = Tokenizer::phraseTokens(phrase);
    if (tokens.isEmpty())
        return;
    m_byFirst[tokens.first()].push_back(int(m_phrases.size()));
    m_longest = std::max(m_longest, int(tokens.size()));
    m_phrases.push_back({tokens, entry, ambiguous});
}

namespace {

bool tokenHasForm(const Token &token, const QString &form)
{
    return token.forms.isEmpty() ? token.text == form : token.forms.contains(form);
}

// Matches phrase tokens [k..] from token pos on; "*" stands for up to three
// words ("download * app" matches "download our new app"). Returns the last
// token matched, or -1.
int matchTail(const TokenList &tokens, const QStringList &phrase, qsizetype k, int pos,
              const std::vector<bool> &claimed)
{
    if (k == phrase.size())
        return pos - 1;
    if (phrase.at(k) == QLatin1String("*")) {
        for (int gap = 0; gap <= 3; ++gap) {
            if (gap > 0) {
                const int skipped = pos + gap - 1;
                if (skipped >= int(tokens.size()) || claimed[std::size_t(skipped)]
                    || !tokens[std::size_t(skipped)].isWord())
                    return -1;
            }
            const int last = matchTail(tokens, phrase, k + 1, pos + gap, claimed);
            if (last >= 0)
                return last;
        }
        return -1;
    }
    if (pos >= int(tokens.size()) || claimed[std::size_t(pos)] || !tokenHasForm(tokens[std::size_t(pos)], phrase.at(k)))
        return -1;
    return matchTail(tokens, phrase, k + 1, pos + 1, claimed);
}

} // namespace

std::optional<PhraseMatch> PhraseTable::matchAt(const TokenList &tokens, int at,
                                                const std::vector<bool> &claimed) const
{
    if (at < 0 || at >= int(tokens.size()) || claimed[std::size_t(at)])
        return std::nullopt;
    const Token &first = tokens[std::size_t(at)];
    std::optional<PhraseMatch> best;
    const QStringList firstForms = first.forms.isEmpty() ? QStringList{first.text} : first.forms;
    for (qsizetype f = 0; f < firstForms.size(); ++f) {
        const auto found = m_byFirst.constFind(firstForms.at(f));
        if (found == m_byFirst.constEnd())
            continue;
        for (const int index : *found) {
            const Phrase &phrase = m_phrases[std::size_t(index)];
            const int last = matchTail(tokens, phrase.tokens, 1, at + 1, claimed);
            if (last < 0)
                continue;
            const int length = last - at + 1;
            // Longer phrases win; at equal length the first form (least stripped) wins.
            if (!best || length > best->last - best->first + 1) {
                PhraseMatch match;
                match.entry = phrase.entry;
                match.first = at;
                match.last = last;
                match.ambiguous = phrase.ambiguous;
                match.prefix = f < qsizetype(first.prefixes.size()) ? first.prefixes[std::size_t(f)] : QString();
                best = match;
            }
        }
    }
    if (best || m_fuzzyMinLength <= 0 || !first.isWord())
        return best;
    // Small misspellings of long single words ("Instagarm", "Linkedn").
    for (qsizetype f = 0; f < firstForms.size(); ++f) {
        const QString &form = firstForms.at(f);
        if (form.size() < m_fuzzyMinLength)
            continue;
        // Arabic words are shorter and denser: one more letter before guessing.
        if (first.arabic && form.size() <= m_fuzzyMinLength)
            continue;
        const int allowed = form.size() >= 9 ? 2 : 1;
        int bestDistance = allowed + 1;
        for (const Phrase &phrase : m_phrases) {
            if (phrase.tokens.size() != 1 || phrase.ambiguous || !m_entries[std::size_t(phrase.entry)].fuzzy)
                continue;
            const QString &word = phrase.tokens.first();
            if (word.size() < m_fuzzyMinLength || word.at(0) != form.at(0))
                continue;
            const int distance = editDistance(form, word, allowed);
            if (distance < bestDistance) {
                bestDistance = distance;
                PhraseMatch match;
                match.entry = phrase.entry;
                match.first = match.last = at;
                match.fuzzy = true;
                match.prefix = f < qsizetype(first.prefixes.size()) ? first.prefixes[std::size_t(f)] : QString();
                best = match;
            }
        }
        if (best)
            return best;
    }
    return best;
}

std::vector<PhraseMatch> PhraseTable::findAll(const TokenList &tokens, const std::vector<bool> &claimed) const
{
    std::vector<PhraseMatch> matches;
    for (int i = 0; i < int(tokens.size());) {
        if (auto match = matchAt(tokens, i, claimed)) {
            matches.push_back(*match);
            i = match->last + 1;
        } else {
            ++i;
        }
    }
    return matches;
}

bool PhraseTable::containsWord(const Token &token) const
{
    const QStringList forms = token.forms.isEmpty() ? QStringList{token.text} : token.forms;
    for (const QString &form : forms) {
        const auto found = m_byFirst.constFind(form);
        if (found == m_byFirst.constEnd())
            continue;
        for (const int index : *found) {
            if (m_phrases[std::size_t(index)].tokens.size() == 1)
                return true;
        }
    }
    return false;
}

int PhraseTable::entryCovering(const TokenList &tokens, int first, int last) const
{
    if (first < 0 || last < first || last >= int(tokens.size()))
        return -1;
    const Token &token = tokens[std::size_t(first)];
    const QStringList forms = token.forms.isEmpty() ? QStringList{token.text} : token.forms;
    const int length = last - first + 1;
    for (const QString &form : forms) {
        const auto found = m_byFirst.constFind(form);
        if (found == m_byFirst.constEnd())
            continue;
        for (const int index : *found) {
            const Phrase &phrase = m_phrases[std::size_t(index)];
            if (phrase.tokens.size() != length)
                continue;
            bool ok = true;
            for (int k = 1; k < length && ok; ++k)
                ok = tokenHasForm(tokens[std::size_t(first + k)], phrase.tokens.at(k));
            if (ok)
                return phrase.entry;
        }
    }
    return -1;
}

bool PhraseTable::matchesExactly(const TokenList &tokens, int first, int last) const
{
    return entryCovering(tokens, first, last) >= 0;
}

bool PhraseTable::endsAt(const TokenList &tokens, int last) const
{
    for (int length = 1; length <= m_longest; ++length) {
        if (matchesExactly(tokens, last - length + 1, last))
            return true;
    }
    return false;
}

} // namespace cf
