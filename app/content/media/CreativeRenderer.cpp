#include "app/content/media/CreativeRenderer.h"

#include "app/content/media/CreativeLayout.h"
#include "app/content/media/CreativeTextGroup.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace cf {

namespace {

QImage readImage(const QString &path, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        *error = QCoreApplication::translate("cf::CreativeRenderer", "Cannot read the image \"%1\": %2")
                     .arg(path, reader.errorString());
    return image;
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

void paintBackground(QPainter &p, const CreativeLayout &l, const CreativePalette &palette)
{
    const qreal w = l.canvas.width();
    const qreal h = l.canvas.height();
    QLinearGradient gradient(l.rightToLeft ? QPointF(w, 0) : QPointF(0, 0), l.rightToLeft ? QPointF(0, h) : QPointF(w, h));
    gradient.setColorAt(0, palette.background);
    gradient.setColorAt(1, palette.backgroundDeep);
    p.fillRect(QRectF(0, 0, w, h), gradient);

    // Two quiet shapes at the end side, away from the logo and the text start:
    // a large soft disc at the top and a ring at the bottom.
    const qreal endX = l.rightToLeft ? 0 : w;
    const qreal towardsStart = l.rightToLeft ? 1 : -1;
    p.setPen(Qt::NoPen);
    p.setBrush(withAlpha(palette.text, 16));
    p.drawEllipse(QPointF(endX - towardsStart * l.u(0.08), -l.u(0.12)), l.u(0.5), l.u(0.5));
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(withAlpha(palette.accent, 110), l.u(0.012)));
    p.drawEllipse(QPointF(endX + towardsStart * l.u(0.1), h + l.u(0.04)), l.u(0.22), l.u(0.22));
}

// The average colour of the logo's opaque pixels, to decide whether it needs
// a backing chip to stand out from the background (WCAG asks 3:1 for
// graphics that carry meaning).
QColor averageOpaqueColor(const QImage &image)
{
    const QImage small = image.scaled(24, 24, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_ARGB32);
    double r = 0, g = 0, b = 0, weight = 0;
    for (int y = 0; y < small.height(); ++y) {
        const QRgb *row = reinterpret_cast<const QRgb *>(small.constScanLine(y));
        for (int x = 0; x < small.width(); ++x) {
            const double a = qAlpha(row[x]) / 255.0;
            r += qRed(row[x]) * a;
            g += qGreen(row[x]) * a;
            b += qBlue(row[x]) * a;
            weight += a;
        }
    }
    if (weight <= 0)
        return {};
    return QColor(int(r / weight), int(g / weight), int(b / weight));
}

// Logos often come with transparent padding; the grid aligns the visible
// mark, so the padding is cut off first.
QImage trimmedLogo(const QImage &logo)
{
    if (!logo.hasAlphaChannel())
        return logo;
    const QImage argb = logo.convertToFormat(QImage::Format_ARGB32);
    int left = argb.width(), right = -1, top = argb.height(), bottom = -1;
    for (int y = 0; y < argb.height(); ++y) {
        const QRgb *row = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(row[x]) > 8) {
                left = qMin(left, x);
                right = qMax(right, x);
                top = qMin(top, y);
                bottom = qMax(bottom, y);
            }
        }
    }
    if (right < left)
        return logo; // fully transparent: nothing to trim to
    return argb.copy(QRect(QPoint(left, top), QPoint(right, bottom)));
}

void paintLogo(QPainter &p, const CreativeLayout &l, const CreativePalette &palette, const QImage &original)
{
    if (original.isNull())
        return;
    const QImage logo = trimmedLogo(original);
    const QSize scaled = logo.size().scaled(l.logo.size().toSize(), Qt::KeepAspectRatio);
    const QImage image = logo.scaled(scaled, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QRectF target(l.startX(l.logo, scaled.width()), l.logo.top(), scaled.width(), scaled.height());
    const QColor average = averageOpaqueColor(image);
    const bool onPhoto = l.photoFullBleed;
    if (average.isValid() && (onPhoto || contrastRatio(average, palette.background) < 3.0)) {
        const QColor chip = relativeLuminance(average) < 0.35 ? QColor(Qt::white) : QColor(0x11, 0x14, 0x18);
        const qreal pad = l.u(0.018);
        p.setPen(Qt::NoPen);
        p.setBrush(chip);
        p.drawRoundedRect(target.adjusted(-pad, -pad, pad, pad), l.u(0.02), l.u(0.02));
    }
    p.drawImage(target, image);
}

void paintPhoto(QPainter &p, const CreativeLayout &l, const QImage &photo)
{
    if (photo.isNull() || l.photo.isEmpty())
        return;
    const QSize box = l.photo.size().toSize();
    // Cover the box and crop the centre, scaled once with a good filter.
    const QImage cover = photo.scaled(box, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    const QRect source((cover.width() - box.width()) / 2, (cover.height() - box.height()) / 2, box.width(), box.height());
    if (l.photoFullBleed) {
        // Fade the lower part of the photo out (an alpha mask) so it melts
        // into the background gradient and the text below starts on a calm
        // surface instead of a hard edge.
        QImage layer = cover.copy(source).convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QPainter mask(&layer);
        QLinearGradient fade(QPointF(0, layer.height() * 0.6), QPointF(0, layer.height()));
        fade.setColorAt(0, QColor(0, 0, 0, 255));
        fade.setColorAt(1, QColor(0, 0, 0, 0));
        mask.setCompositionMode(QPainter::CompositionMode_DestinationIn);
        mask.fillRect(layer.rect(), fade);
        mask.end();
        p.drawImage(l.photo.topLeft(), layer);
        return;
    }
    QPainterPath clip;
    clip.addRoundedRect(l.photo, l.u(0.035), l.u(0.035));
    p.save();
    p.setClipPath(clip);
    p.drawImage(l.photo, cover, source);
    p.restore();
}

} // namespace

std::optional<CreativeImages> loadCreativeImages(const CreativeSpec &spec, QString *error)
{
    CreativeImages images;
    if (!spec.logoPath.isEmpty()) {
        images.logo = readImage(spec.logoPath, error);
        if (images.logo.isNull())
            return std::nullopt;
    }
    if (!spec.photoPath.isEmpty()) {
        images.photo = readImage(spec.photoPath, error);
        if (images.photo.isNull())
            return std::nullopt;
    }
    return images;
}

std::optional<RenderedCreative> CreativeRenderer::render(const CreativeSpec &spec, QString *error) const
{
    if (const QString problem = validateCreativeSpec(spec); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const auto images = loadCreativeImages(spec, error);
    if (!images)
        return std::nullopt;
    return render(spec, *images);
}

RenderedCreative CreativeRenderer::render(const CreativeSpec &spec, const CreativeImages &images) const
{
    RenderedCreative out;
    const Qt::LayoutDirection direction = QLocale(spec.language).textDirection();
    const bool rtl = direction == Qt::RightToLeft;
    const CreativeLayout l = computeCreativeLayout(spec.size, rtl, !images.photo.isNull(), spec.reservedBottom);
    out.palette = makeCreativePalette(spec.primaryColor, spec.secondaryColor, spec.accentColor);
    const CreativePalette &palette = out.palette;

    // Opaque canvas: RGB32 paints fast and encodes to a three-channel PNG.
    out.image = QImage(spec.size, QImage::Format_RGB32);
    QPainter p(&out.image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    paintBackground(p, l, palette);
    paintPhoto(p, l, images.photo);
    paintLogo(p, l, palette, images.logo);

    const CreativeTextGroup group(spec, m_fonts, l);
    const TextGroupBoxes boxes = group.paint(p, l.text, l.centreTextGroup, palette);
    out.textColumn = l.text;
    out.reservedBox = l.reserved;
    out.headlineBox = boxes.headline;
    out.offerBox = boxes.offer;
    out.ctaBox = boxes.cta;
    out.headlineCut = boxes.headlineCut;
    p.end();
    return out;
}

} // namespace cf
