#include "app/planning/parser/NumberReader.h"

#include <cmath>

namespace cf {
namespace {

enum class Part { None, Value, Tens, Hundred, Scale, Fraction };

} // namespace

std::optional<NumberExpression> NumberReader::readAt(const TokenList &tokens, int at,
                                                     const std::vector<bool> &claimed) const
{
    const int n = int(tokens.size());
    if (at < 0 || at >= n || claimed[std::size_t(at)])
        return std::nullopt;
    NumberExpression out;
    out.first = at;
    int i = at;
    const Token &start = tokens[std::size_t(at)];
    // A minus sign glued to the digits and not joining two numbers ("25-40").
    if (start.isSymbol(QLatin1Char('-')) && i + 1 < n && tokens[std::size_t(i + 1)].isNumber()
        && !tokens[std::size_t(i + 1)].spaceBefore && !claimed[std::size_t(i + 1)]
        && (i == 0 || start.spaceBefore || !tokens[std::size_t(i - 1)].isNumber())) {
        out.negative = true;
        ++i;
    }

    double total = 0, current = 0, lastScale = 0;
    bool any = false, pendingConnector = false, sawDigits = false, onlyFraction = false;
    Part previous = Part::None;
    int lastGood = -1;
    while (i < n && !claimed[std::size_t(i)]) {
        const Token &token = tokens[std::size_t(i)];
        if (token.isNumber()) {
            if (any)
                break;
            current = token.value;
            any = sawDigits = true;
            previous = Part::Value;
            lastGood = i++;
            continue;
        }
        if (!token.isWord())
            break;
        const auto match = m_words.matchAt(tokens, i, claimed);
        if (!match)
            break;
        const VocabEntry &entry = m_words.entry(match->entry);
        const bool joined = pendingConnector || match->prefix == QStringLiteral("\u0648");
        const QString &kind = entry.kind;
        if (kind == QLatin1String("connector")) {
            if (!any)
                break;
            pendingConnector = true;
            i = match->last + 1;
            continue;
        }
        if (kind == QLatin1String("article")) {
            // "a"/"an" only count before a scale, hundred or fraction.
            const auto next = m_words.matchAt(tokens, match->last + 1, claimed);
            const QString nextKind = next ? m_words.entry(next->entry).kind : QString();
            if (nextKind != QLatin1String("scale") && nextKind != QLatin1String("hundred")
                && nextKind != QLatin1String("fraction"))
                break;
            i = match->last + 1;
            continue;
        }
        const double v = entry.number;
        if (kind == QLatin1String("value")) {
            if (sawDigits && previous != Part::Scale)
                break;
            if (previous == Part::Value || previous == Part::Fraction) {
                break;
            } else if (previous == Part::Tens) {
                if (!(joined || v < 10))
                    break;
            } else if (previous == Part::Hundred) {
                if (v >= 100)
                    break;
            } else if (previous == Part::Scale) {
                if (v >= lastScale)
                    break;
            }
            current += v;
            previous = (v >= 20 && v < 100 && std::fmod(v, 10) == 0) ? Part::Tens : (v >= 100 ? Part::Hundred : Part::Value);
            if (joined && previous == Part::Tens)
                previous = Part::Value; // "خمسة وعشرين": complete
        } else if (kind == QLatin1String("hundred")) {
            if (previous == Part::Hundred || previous == Part::Fraction)
                break;
            current = (current == 0 ? 1 : current) * v;
            previous = Part::Hundred;
        } else if (kind == QLatin1String("scale")) {
            // Letter scales ("k", "m", "ك") only follow digits: "5k", not a lone "k".
            if ((token.text.size() == 1 || (!token.arabic && token.text.size() <= 3)) && !sawDigits && entry.count == 0)
                break;
            if (previous == Part::Scale && current == 0)
                break;
            if (entry.count > 0) {
                if (current != 0)
                    break;
                total += entry.count * v;
            } else {
                total += (current == 0 ? 1 : current) * v;
            }
            current = 0;
            lastScale = v;
            onlyFraction = false;
            previous = Part::Scale;
        } else if (kind == QLatin1String("fraction")) {
            if (joined && previous == Part::Scale) {
                total += v * lastScale; // "ألف ونص" = 1500
            } else if (joined && (previous == Part::Value || previous == Part::Tens)) {
                current += v; // "two and a half thousand"
            } else if (!any) {
                current = v; // "half a million", "نص مليون"
                onlyFraction = true;
            } else {
                break;
            }
            previous = Part::Fraction;
        } else {
            break;
        }
        any = true;
        pendingConnector = false;
        lastGood = match->last;
        i = match->last + 1;
    }
    if (!any || lastGood < 0)
        return std::nullopt;
    // A fraction needs a scale after it: "نص" alone is not a number here.
    if (onlyFraction && total == 0)
        return std::nullopt;
    out.last = lastGood;
    out.value = total + current;
    out.hasDigits = sawDigits;
    if (out.negative)
        out.value = -out.value;
    return out;
}

std::vector<NumberExpression> NumberReader::readAll(const TokenList &tokens, const std::vector<bool> &claimed) const
{
    std::vector<NumberExpression> out;
    for (int i = 0; i < int(tokens.size());) {
        if (auto number = readAt(tokens, i, claimed)) {
            out.push_back(*number);
            i = number->last + 1;
        } else {
            ++i;
        }
    }
    return out;
}

} // namespace cf
