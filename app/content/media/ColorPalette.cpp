#include "app/content/media/ColorPalette.h"

#include <cmath>

namespace cf {

namespace {

constexpr double kTextContrast = 4.5;  // WCAG AA for normal text
constexpr double kAccentSeparation = 1.6; // the badge must stand out from the background

const QColor kInk(0x11, 0x14, 0x18);
const QColor kWhite(0xff, 0xff, 0xff);
// A calm deep blue for workspaces without brand colours.
const QColor kDefaultPrimary(0x16, 0x42, 0x5b);

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor withLightness(const QColor &color, double lightness)
{
    const QColor hsl = color.toHsl();
    return QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), float(qBound(0.0, lightness, 1.0))).toRgb();
}

// An accent when the brand gives none. On dark backgrounds a warm gold,
// which sits well with most brand hues (teal, navy, plum, green, maroon), or
// the complementary hue when the background is itself warm yellow-orange; on
// light backgrounds a deep shade of the brand's own hue (a monochrome scheme).
QColor derivedAccent(const QColor &background, bool darkBackground)
{
    const QColor hsl = background.toHsl();
    const double hue = hsl.hslHueF() < 0 ? 0.0 : double(hsl.hslHueF());
    if (!darkBackground)
        return QColor::fromHslF(float(hue), qMax(0.5f, hsl.hslSaturationF()), 0.3f).toRgb();
    const bool warm = hsl.hslSaturationF() > 0.15f && hue > 20.0 / 360 && hue < 70.0 / 360;
    const double accentHue = warm ? std::fmod(hue + 0.5, 1.0) : 42.0 / 360;
    return QColor::fromHslF(float(accentHue), 0.9f, 0.6f).toRgb();
}

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor readableTextOn(const QColor &background)
{
    return contrastRatio(background, kWhite) >= contrastRatio(background, kInk) ? kWhite : kInk;
}

QColor withContrast(const QColor &background, const QColor &text, double minimumRatio)
{
    QColor adjusted = background.toRgb();
    const bool darken = relativeLuminance(text) > relativeLuminance(background);
    double lightness = adjusted.toHsl().lightnessF();
    for (int step = 0; step < 60 && contrastRatio(adjusted, text) < minimumRatio; ++step) {
        lightness += darken ? -0.02 : 0.02;
        adjusted = withLightness(background, lightness);
    }
    return adjusted;
}

CreativePalette makeCreativePalette(const QColor &primary, const QColor &secondary, const QColor &accent)
{
    CreativePalette p;
    const QColor base = primary.isValid() ? primary.toRgb() : kDefaultPrimary;
    p.text = readableTextOn(base);
    p.background = withContrast(base, p.text, kTextContrast);
    const bool dark = p.text == kWhite;
    // The gradient moves further from the text colour, never towards it.
    const double lightness = p.background.toHsl().lightnessF();
    p.backgroundDeep = withLightness(p.background, lightness + (dark ? -0.09 : 0.07));

    QColor chosen = accent.isValid() ? accent.toRgb() : secondary.isValid() ? secondary.toRgb() : QColor();
    if (!chosen.isValid() || contrastRatio(chosen, p.background) < kAccentSeparation)
        chosen = derivedAccent(p.background, dark);
    if (contrastRatio(chosen, p.background) < kAccentSeparation)
        chosen = p.text;
    p.onAccent = readableTextOn(chosen);
    p.accent = withContrast(chosen, p.onAccent, kTextContrast);

    // The button is the strongest contrast on the canvas: the text colour
    // filled, with the background colour as its label.
    p.button = p.text;
    p.onButton = p.background;
    return p;
}

} // namespace cf
