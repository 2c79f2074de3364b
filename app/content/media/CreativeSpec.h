#pragma once

#include <QColor>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace cf {

// Everything one image creative is drawn from. Plain inputs on purpose: the
// renderer does not know where the copy came from (generated text, the CLI,
// a test). Colours are optional: an invalid QColor means "not given" and the
// palette derives one. Image paths may be empty.
struct CreativeSpec
{
    QSize size{1080, 1080};
    QString language = QStringLiteral("en"); // "ar" or "en"; decides direction and fonts
    QString headline;
    QString offer;
    QString callToAction;
    QColor primaryColor;
    QColor secondaryColor;
    QColor accentColor;
    QString logoPath;
    QString photoPath;
    // Part of the canvas height kept free under the text column, for video
    // captions drawn afterwards (0 for image creatives).
    double reservedBottom = 0;
};

// The platform sizes creatives are drawn at: square and portrait feed,
// stories/reels, link ads and landscape video.
QList<QSize> standardCreativeSizes();
// "1080x1080" -> QSize; nullopt unless it is one of standardCreativeSizes().
std::optional<QSize> parseCreativeSize(const QString &text);
QString creativeSizeText(const QSize &size);

// A "#rrggbb" colour; nullopt when the text is not one.
std::optional<QColor> parseBrandColor(const QString &text);

// Empty when the spec can be drawn; otherwise a translated reason.
QString validateCreativeSpec(const CreativeSpec &spec);

// The cache identity of a creative: sha256 (hex) over every field that changes
// the pixels, the bytes of the logo and photo files (not their paths) and the
// renderer version. Empty with *error set when an image file cannot be read.
QString creativeCacheKey(const CreativeSpec &spec, int rendererVersion, QString *error);

} // namespace cf
