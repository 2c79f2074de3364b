#pragma once

#include <QString>

namespace cf {

// How a platform counts the length of a text (resources/data/platform_limits.json
// names them; docs/content.md explains which platform uses which and why).
enum class CountMethod {
    Utf16,      // UTF-16 code units (JavaScript length)
    CodePoints, // Unicode scalar values: an Arabic letter with a shadda is 2
    Graphemes,  // user-perceived characters
    Utf8Bytes,
    XWeighted,  // twitter-text v3 weighting, URLs 23
    TikTokAd,   // code points, CJK ideographs 2
    UrlEncoded, // length once percent-encoded (WordPress slugs)
};

// Text measurement as the platforms count it. All functions are pure.
namespace textmeasure {

// Parses "utf16", "code_points", ...; false for an unknown name.
bool parseCountMethod(const QString &name, CountMethod *out);
int measure(const QString &text, CountMethod method);

int codePoints(const QString &text);
int graphemes(const QString &text);
int utf8Bytes(const QString &text);
// twitter-text v3: after NFC, code points in U+0000-U+10FF, U+2000-U+200D,
// U+2010-U+201F and U+2032-U+2037 weigh 1, others 2; an emoji sequence
// (with joiners and modifiers) weighs 2 as a whole; every http(s) URL 23.
int xWeighted(const QString &text);
int tiktokAd(const QString &text);

bool containsEmoji(const QString &text);
// Drops emoji sequences (and the space after them), for fields that refuse them.
QString withoutEmoji(const QString &text);
// Cuts text to at most max units of method, at a word boundary when one is
// near, and ends it with an ellipsis. Returns text unchanged when it fits.
QString truncateToFit(const QString &text, int max, CountMethod method);

} // namespace textmeasure
} // namespace cf
