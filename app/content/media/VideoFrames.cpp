#include "app/content/media/VideoFrames.h"

#include "app/content/media/TextBlock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QStringList>

namespace cf {

namespace {

// The share of the canvas height kept for captions.
constexpr double kCaptionReserve = 0.13;

TextBlock::Style captionStyle(const QString &language, const CreativeFonts &fonts, qreal unit)
{
    TextBlock::Style style;
    style.font = fonts.font(language, int(unit * 0.042), true);
    style.direction = QLocale(language).textDirection();
    style.maxLines = 2;
    style.lineSpacing = style.direction == Qt::RightToLeft ? 1.55 : 1.25;
    style.centred = true;
    return style;
}

// Splits spoken text into caption chunks that each fit two lines of the band.
QStringList captionChunks(const QString &text, const TextBlock::Style &style, qreal width)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList chunks;
    QStringList current;
    for (const QString &word : words) {
        QStringList candidate = current;
        candidate << word;
        if (!current.isEmpty() && !TextBlock::layout(candidate.join(QLatin1Char(' ')), style, width).fits()) {
            chunks << current.join(QLatin1Char(' '));
            current = {word};
        } else {
            current = candidate;
        }
    }
    if (!current.isEmpty())
        chunks << current.join(QLatin1Char(' '));
    return chunks;
}

} // namespace

void paintCaption(QImage &frame, const QRectF &band, const QString &text, const QString &language,
                  const CreativeFonts &fonts)
{
    const qreal unit = qMin(frame.width(), frame.height());
    const qreal padX = unit * 0.035;
    const qreal padY = unit * 0.022;
    const TextBlock::Style style = captionStyle(language, fonts, unit);
    const TextBlock block = TextBlock::fit(text, style, QSizeF(band.width() - 2 * padX, band.height() - 2 * padY),
                                           int(unit * 0.03), style.font.pixelSize());
    const qreal plateWidth = block.naturalWidth() + 2 * padX;
    const qreal plateHeight = block.height() + 2 * padY;
    const QRectF plate(band.center().x() - plateWidth / 2, band.bottom() - plateHeight, plateWidth, plateHeight);
    QPainter p(&frame);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p.setPen(Qt::NoPen);
    // 70 % black under white text: at least 7:1 on any background.
    p.setBrush(QColor(0, 0, 0, 180));
    p.drawRoundedRect(plate, unit * 0.02, unit * 0.02);
    block.draw(p, QPointF(band.center().x() - block.width() / 2, plate.top() + padY), Qt::white);
}

std::optional<std::vector<VideoSegment>> buildVideoSegments(const CreativeSpec &look, const VideoScript &script,
                                                            const std::vector<double> &sceneSeconds,
                                                            const CreativeRenderer &renderer, QString *error)
{
    if (script.scenes.empty() || sceneSeconds.size() != script.scenes.size()) {
        *error = QCoreApplication::translate("cf::VideoFrames", "The video script has no scenes.");
        return std::nullopt;
    }
    const auto images = loadCreativeImages(look, error);
    if (!images)
        return std::nullopt;
    std::vector<VideoSegment> segments;
    for (size_t i = 0; i < script.scenes.size(); ++i) {
        const VideoScene &scene = script.scenes[i];
        const bool last = i + 1 == script.scenes.size();
        CreativeSpec spec = look;
        spec.language = script.language;
        spec.reservedBottom = kCaptionReserve;
        if (!scene.onScreenText.trimmed().isEmpty())
            spec.headline = scene.onScreenText;
        if (!last) {
            spec.offer.clear();
            spec.callToAction.clear();
        }
        if (const QString problem = validateCreativeSpec(spec); !problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        const RenderedCreative base = renderer.render(spec, *images);
        const qreal unit = qMin(spec.size.width(), spec.size.height());
        const TextBlock::Style style = captionStyle(script.language, renderer.fonts(), unit);
        const QStringList chunks =
            captionChunks(scene.voiceOver, style, base.reservedBox.width() - 2 * unit * 0.035);
        if (chunks.isEmpty()) {
            segments.push_back({base.image, sceneSeconds[i]});
            continue;
        }
        qsizetype totalChars = 0;
        for (const QString &chunk : chunks)
            totalChars += chunk.size();
        for (const QString &chunk : chunks) {
            QImage frame = base.image.copy();
            paintCaption(frame, base.reservedBox, chunk, script.language, renderer.fonts());
            segments.push_back({frame, sceneSeconds[i] * double(chunk.size()) / double(qMax<qsizetype>(1, totalChars))});
        }
    }
    return segments;
}

} // namespace cf
