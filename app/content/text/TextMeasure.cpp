#include "app/content/text/TextMeasure.h"

#include <QRegularExpression>
#include <QStringView>
#include <QTextBoundaryFinder>
#include <QUrl>

namespace cf::textmeasure {

namespace {

bool isEmojiCodePoint(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF)
        || c == 0xFE0F || c == 0x200D || (c >= 0xE0020 && c <= 0xE007F) || c == 0x2934 || c == 0x2935
        || c == 0x3030 || c == 0x303D;
}

bool isCjk(char32_t c)
{
    return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x2FFFF);
}

int xWeightOf(char32_t c)
{
    const bool light = c <= 0x10FF || (c >= 0x2000 && c <= 0x200D) || (c >= 0x2010 && c <= 0x201F)
                    || (c >= 0x2032 && c <= 0x2037);
    return light ? 1 : 2;
}

const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(QStringLiteral("https?://[^\\s]+"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Calls f(cluster) for every grapheme cluster of text.
template <typename F>
void forEachGrapheme(const QString &text, F f)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        f(QStringView(text).mid(start, end - start));
        start = end;
    }
}

bool clusterIsEmoji(QStringView cluster)
{
    for (char32_t c : cluster.toUcs4()) {
        if (isEmojiCodePoint(c) || (c >= 0x1F1E6 && c <= 0x1F1FF))
            return true;
    }
    return false;
}

bool anyEmoji(const QString &text);

int xWeightedPlain(const QString &text)
{
    int total = 0;
    if (!anyEmoji(text)) { // the common case: no grapheme segmentation needed
        for (char32_t c : text.toUcs4())
            total += xWeightOf(c);
        return total;
    }
    forEachGrapheme(text, [&](QStringView cluster) {
        if (clusterIsEmoji(cluster)) {
            total += 2;
            return;
        }
        for (char32_t c : cluster.toUcs4())
            total += xWeightOf(c);
    });
    return total;
}

bool anyEmoji(const QString &text)
{
    for (char32_t c : text.toUcs4()) {
        if (isEmojiCodePoint(c) || (c >= 0x1F1E6 && c <= 0x1F1FF))
            return true;
    }
    return false;
}

} // namespace

bool parseCountMethod(const QString &name, CountMethod *out)
{
    static const std::pair<const char *, CountMethod> names[] = {
        {"utf16", CountMethod::Utf16},         {"code_points", CountMethod::CodePoints},
        {"graphemes", CountMethod::Graphemes}, {"utf8_bytes", CountMethod::Utf8Bytes},
        {"x_weighted", CountMethod::XWeighted}, {"tiktok_ad", CountMethod::TikTokAd},
        {"url_encoded", CountMethod::UrlEncoded}};
    for (const auto &[n, method] : names) {
        if (name == QLatin1String(n)) {
            *out = method;
            return true;
        }
    }
    return false;
}

int codePoints(const QString &text)
{
    return int(text.toUcs4().size());
}

int graphemes(const QString &text)
{
    int count = 0;
    forEachGrapheme(text, [&](QStringView) { ++count; });
    return count;
}

int utf8Bytes(const QString &text)
{
    return int(text.toUtf8().size());
}

int xWeighted(const QString &input)
{
    const QString text = input.normalized(QString::NormalizationForm_C);
    int total = 0;
    qsizetype last = 0;
    auto it = urlPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        total += xWeightedPlain(text.mid(last, m.capturedStart() - last)) + 23;
        last = m.capturedEnd();
    }
    return total + xWeightedPlain(text.mid(last));
}

int tiktokAd(const QString &text)
{
    int total = 0;
    for (char32_t c : text.toUcs4())
        total += isCjk(c) ? 2 : 1;
    return total;
}

int measure(const QString &text, CountMethod method)
{
    switch (method) {
    case CountMethod::Utf16: return int(text.size());
    case CountMethod::CodePoints: return codePoints(text);
    case CountMethod::Graphemes: return graphemes(text);
    case CountMethod::Utf8Bytes: return utf8Bytes(text);
    case CountMethod::XWeighted: return xWeighted(text);
    case CountMethod::TikTokAd: return tiktokAd(text);
    case CountMethod::UrlEncoded: return int(QUrl::toPercentEncoding(text).size());
    }
    return int(text.size());
}

bool containsEmoji(const QString &text)
{
    for (char32_t c : text.toUcs4()) {
        if (isEmojiCodePoint(c) && c != 0x200D)
            return true;
    }
    return false;
}

QString withoutEmoji(const QString &text)
{
    if (!anyEmoji(text))
        return text.trimmed();
    QString out;
    out.reserve(text.size());
    bool droppedLast = false;
    forEachGrapheme(text, [&](QStringView cluster) {
        if (clusterIsEmoji(cluster)) {
            droppedLast = true;
            return;
        }
        if (droppedLast && cluster == QLatin1String(" ") && (out.isEmpty() || out.endsWith(QLatin1Char(' ')))) {
            droppedLast = false;
            return;
        }
        droppedLast = false;
        out += cluster;
    });
    return out.trimmed();
}

QString truncateToFit(const QString &text, int max, CountMethod method)
{
    if (measure(text, method) <= max)
        return text;
    const QString ellipsis = QStringLiteral("…");
    // Grapheme boundaries keep letters and their marks, and emoji, whole.
    std::vector<qsizetype> ends;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    while (finder.toNextBoundary() != -1)
        ends.push_back(finder.position());
    qsizetype lo = 0, hi = qsizetype(ends.size());
    while (lo < hi) { // largest prefix that fits with the ellipsis
        const qsizetype mid = (lo + hi + 1) / 2;
        if (measure(text.left(ends[mid - 1]) + ellipsis, method) <= max)
            lo = mid;
        else
            hi = mid - 1;
    }
    if (lo == 0)
        return {};
    QString cut = text.left(ends[lo - 1]);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > cut.size() * 2 / 3)
        cut = cut.left(space);
    while (!cut.isEmpty() && (cut.back().isSpace() || cut.back().isPunct()))
        cut.chop(1);
    return cut + ellipsis;
}

} // namespace cf::textmeasure
