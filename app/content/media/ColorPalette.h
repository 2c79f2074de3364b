#pragma once

#include <QColor>

namespace cf {

// WCAG 2.x relative luminance (0 black .. 1 white) and contrast ratio
// (1 .. 21). Normal text needs 4.5:1 for AA, large text 3:1.
double relativeLuminance(const QColor &color);
double contrastRatio(const QColor &a, const QColor &b);

// White or near-black, whichever reads better on `background`.
QColor readableTextOn(const QColor &background);

// `background` made lighter or darker (away from `text`) until the pair
// reaches `minimumRatio`, keeping its hue; unchanged when it already does.
QColor withContrast(const QColor &background, const QColor &text, double minimumRatio);

// The colours of one creative, derived from the brand colours so that every
// text sits on a background it contrasts with at AA level (4.5:1) at least.
struct CreativePalette
{
    QColor background;     // brand primary, adjusted for contrast if needed
    QColor backgroundDeep; // the far end of the background gradient
    QColor text;           // headline and body text on the background
    QColor accent;         // offer badge and kicker line
    QColor onAccent;       // offer text on the accent
    QColor button;         // call-to-action fill
    QColor onButton;       // call-to-action label
};

// primary, secondary and accent may be invalid (not given).
CreativePalette makeCreativePalette(const QColor &primary, const QColor &secondary, const QColor &accent);

} // namespace cf
