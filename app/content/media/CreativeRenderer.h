#pragma once

#include "app/content/media/ColorPalette.h"
#include "app/content/media/CreativeSpec.h"
#include "app/content/media/FontRegistry.h"

#include <QImage>
#include <QRectF>

#include <optional>

namespace cf {

// The decoded logo and product photo of a spec (either may be null).
struct CreativeImages
{
    QImage logo;
    QImage photo;
};

// Reads the spec's logo and photo files. nullopt with a translated reason
// when a given file is missing or not an image.
std::optional<CreativeImages> loadCreativeImages(const CreativeSpec &spec, QString *error);

// A drawn creative and where its parts ended up (tests and the video frame
// renderer use the boxes).
struct RenderedCreative
{
    QImage image;
    CreativePalette palette;
    QRectF headlineBox; // the headline's full layout box (column width)
    QRectF offerBox;    // the offer badge; empty without an offer
    QRectF ctaBox;      // the call-to-action button; empty without one
    QRectF textColumn;
    QRectF reservedBox; // the space kept free for captions (spec.reservedBottom)
    bool headlineCut = false; // the headline did not fit and was shortened
};

// Draws image creatives with QPainter on a QImage: brand gradient and shapes,
// logo, product photo, a kicker line, the headline fitted to its box, the
// offer on an accent badge and the call to action as a button. Text is shaped
// by HarfBuzz and Arabic is laid out right to left, mirrored as a whole.
//
// Thread-safe: render() touches no shared state, so many creatives render in
// parallel on a thread pool (QImage only, never QPixmap).
class CreativeRenderer
{
public:
    // Bump when the drawing changes, so cached creatives are redrawn.
    static constexpr int kVersion = 1;

    explicit CreativeRenderer(CreativeFonts fonts) : m_fonts(std::move(fonts)) {}

    // Validates the spec and loads its images; nullopt with a reason on bad input.
    std::optional<RenderedCreative> render(const CreativeSpec &spec, QString *error) const;
    // Draws a valid spec with already loaded images.
    RenderedCreative render(const CreativeSpec &spec, const CreativeImages &images) const;

    const CreativeFonts &fonts() const { return m_fonts; }

private:
    CreativeFonts m_fonts;
};

} // namespace cf
