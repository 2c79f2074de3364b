#include "app/planning/parser/TextNormalizer.h"

#include <QChar>
#include <QList>

#include <algorithm>

namespace cf {
namespace {

bool isArabicMark(char32_t c)
{
    return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670
           || (c >= 0x06D6 && c <= 0x06ED);
}

bool isInvisible(char32_t c)
{
    return c == 0x0640 /* tatweel */ || c == 0x00AD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
           || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF || c == 0x061C;
}

// Folds one code point that needs no compatibility decomposition. Returns
// 0 when the code point disappears, or the replacement.
char32_t foldSimple(char32_t c)
{
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            return c + ('a' - 'A');
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
            return ' ';
        return c;
    }
    if (isInvisible(c) || isArabicMark(c))
        return 0;
    switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
        return 0x0627; // alef variants -> bare alef
    case 0x0624: return 0x0648; // waw with hamza
    case 0x0626: case 0x0649: case 0x06CC: case 0x06D2: case 0x064A: return 0x064A; // yeh forms
    case 0x0629: case 0x06C0: case 0x06C1: case 0x06BE: case 0x06D5: return 0x0647; // teh marbuta, heh forms
    case 0x06A9: case 0x06AF: case 0x06AA: return 0x0643; // keheh, gaf -> kaf
    case 0x06A4: case 0x06A5: return 0x0641; // veh -> feh
    case 0x067E: return 0x0628; // peh -> beh
    case 0x0686: return 0x062C; // tcheh -> jeem
    case 0x0698: return 0x0632; // jeh -> zain
    case 0x066B: return '.'; // Arabic decimal separator
    case 0x066C: return ','; // Arabic thousands separator
    case 0x060C: return ','; // Arabic comma
    case 0x061B: return ';';
    case 0x061F: return '?';
    case 0x066A: return '%';
    case 0x06D4: return '.';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xFE63:
    case 0xFF0D:
        return '-';
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: return '\'';
    case 0x201C: case 0x201D: case 0x00AB: case 0x00BB: return '"';
    default: break;
    }
    if (QChar::isSpace(c))
        return ' ';
    if (QChar::category(c) == QChar::Number_DecimalDigit) {
        const int digit = QChar::digitValue(c);
        if (digit >= 0 && digit <= 9)
            return char32_t('0' + digit);
    }
    return c;
}

bool needsDecomposition(char32_t c)
{
    if (c < 0xC0)
        return false;
    // Basic Arabic letters are handled by foldSimple directly.
    if (c >= 0x0600 && c <= 0x06FF)
        return false;
    return true;
}

void appendFolded(char32_t c, qsizetype from, qsizetype to, NormalizedText &out)
{
    auto push = [&](char32_t folded) {
        if (folded == 0)
            return;
        if (QChar::requiresSurrogates(folded)) {
            out.text.append(QChar(QChar::highSurrogate(folded)));
            out.text.append(QChar(QChar::lowSurrogate(folded)));
            out.sourceStart.push_back(from);
            out.sourceStart.push_back(from);
            out.sourceEnd.push_back(to);
            out.sourceEnd.push_back(to);
        } else {
            out.text.append(QChar(char16_t(folded)));
            out.sourceStart.push_back(from);
            out.sourceEnd.push_back(to);
        }
    };
    if (!needsDecomposition(c)) {
        push(foldSimple(c));
        return;
    }
    // Compatibility decomposition of this one code point, marks dropped,
    // then case folding: "é" -> "e", "ﻻ" -> "لا", "Ｉ" -> "i".
    const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD).toCaseFolded();
    for (const uint codePoint : decomposed.toUcs4()) {
        const char32_t part = codePoint;
        if (QChar::category(part) == QChar::Mark_NonSpacing || QChar::category(part) == QChar::Mark_Enclosing)
            continue;
        push(foldSimple(part));
    }
}

} // namespace

TextSpan NormalizedText::originalSpan(qsizetype begin, qsizetype end) const
{
    const auto size = qsizetype(sourceStart.size());
    begin = std::clamp<qsizetype>(begin, 0, size);
    end = std::clamp<qsizetype>(end, begin, size);
    if (begin == end) {
        const qsizetype at = begin < size ? sourceStart[std::size_t(begin)] : original.size();
        return {at, at};
    }
    return {sourceStart[std::size_t(begin)], sourceEnd[std::size_t(end - 1)]};
}

NormalizedText TextNormalizer::normalize(const QString &original)
{
    NormalizedText out;
    out.original = original;
    out.text.reserve(original.size());
    out.sourceStart.reserve(std::size_t(original.size()));
    out.sourceEnd.reserve(std::size_t(original.size()));
    const qsizetype size = original.size();
    for (qsizetype i = 0; i < size;) {
        char32_t c = original.at(i).unicode();
        qsizetype next = i + 1;
        if (QChar::isHighSurrogate(c) && next < size && original.at(next).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(original.at(i), original.at(next));
            ++next;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD; // a lone surrogate is noise, never a letter
        }
        appendFolded(c, i, next, out);
        i = next;
    }
    return out;
}

QString TextNormalizer::fold(const QString &text)
{
    return normalize(text).text;
}

} // namespace cf
