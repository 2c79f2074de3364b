#include "ui/review/PlatformPreview.h"

#include "ui/review/DocumentPreview.h"
#include "ui/review/FeedPostPreview.h"
#include "ui/review/VerticalPreview.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace cf {

PlatformPreview::PlatformPreview(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void PlatformPreview::setContent(const PreviewContent &content)
{
    m_content = content;
    setLayoutDirection(content.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    QFont f = font();
    f.setFamilies({content.isRightToLeft() ? QStringLiteral("Noto Sans Arabic") : QStringLiteral("Noto Sans"),
                   QStringLiteral("Noto Sans"), QStringLiteral("Noto Color Emoji")});
    setFont(f);
    updateGeometry();
    update();
}

std::unique_ptr<PlatformPreview> PlatformPreview::create(Platform platform, ContentType type, QWidget *parent)
{
    switch (platform) {
    case Platform::Mailchimp:
    case Platform::Kit: return std::make_unique<EmailPreview>(parent);
    case Platform::WordPress: return std::make_unique<BlogPreview>(parent);
    case Platform::YouTube: return std::make_unique<YouTubePreview>(parent);
    case Platform::TikTok:
    case Platform::Snapchat: return std::make_unique<VerticalPreview>(parent);
    case Platform::Instagram:
        if (type == ContentType::Story || type == ContentType::ShortVideo || type == ContentType::Video)
            return std::make_unique<VerticalPreview>(parent);
        return std::make_unique<FeedPostPreview>(parent);
    case Platform::Facebook:
        if (type == ContentType::Story)
            return std::make_unique<VerticalPreview>(parent);
        return std::make_unique<FeedPostPreview>(parent);
    case Platform::X:
    case Platform::LinkedIn: return std::make_unique<FeedPostPreview>(parent);
    }
    return std::make_unique<FeedPostPreview>(parent);
}

int PlatformPreview::drawWrapped(QPainter &p, const QRect &rect, const QString &text, int maxLines, bool withMore) const
{
    if (text.isEmpty() || rect.width() <= 0)
        return 0;
    const QFontMetrics metrics(p.font());
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(Qt::AlignLeading);

    // Lay out once to see whether it fits; if not, cut the text where the
    // last visible line ends and append "… more".
    auto layoutText = [&](const QString &t, QTextLayout *layout) {
        layout->setText(t);
        layout->setFont(p.font());
        layout->setTextOption(option);
        layout->beginLayout();
        qreal y = 0;
        int lines = 0;
        while (true) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(rect.width());
            line.setPosition(QPointF(0, y));
            y += metrics.lineSpacing();
            ++lines;
        }
        layout->endLayout();
        return lines;
    };
    QString shown = text;
    QTextLayout layout;
    int lines = layoutText(shown, &layout);
    if (lines > maxLines) {
        const QString tail = QStringLiteral("… ") + (withMore ? previewchrome::more(m_content.language) : QString());
        const int cut = layout.lineAt(maxLines - 1).textStart() + layout.lineAt(maxLines - 1).textLength();
        int end = cut;
        do {
            end = qMax(0, end - 4);
            shown = text.left(end).trimmed() + tail;
            lines = layoutText(shown, &layout);
        } while (lines > maxLines && end > 0);
    }
    p.save();
    p.translate(rect.topLeft());
    // The layout's own alignment handles mirroring inside the width.
    for (int i = 0; i < layout.lineCount() && i < maxLines; ++i)
        layout.lineAt(i).draw(&p, QPointF(0, 0));
    p.restore();
    return qMin(lines, maxLines) * metrics.lineSpacing();
}

void PlatformPreview::drawAvatar(QPainter &p, const QRect &rect) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x0B, 0x4F, 0x4A));
    p.drawEllipse(rect);
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(rect.height() / 2);
    p.setFont(f);
    p.drawText(rect, Qt::AlignCenter, m_content.accountName.left(1).toUpper());
    p.restore();
}

void PlatformPreview::drawImage(QPainter &p, const QRect &rect) const
{
    p.save();
    p.setClipRect(rect);
    if (!m_content.image.isNull()) {
        const QSize scaled = m_content.image.size().scaled(rect.size(), Qt::KeepAspectRatioByExpanding);
        QRect target(QPoint(0, 0), scaled);
        target.moveCenter(rect.center());
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, m_content.image);
    } else {
        QLinearGradient gradient(rect.topLeft(), rect.bottomRight());
        gradient.setColorAt(0, QColor(0x0B, 0x4F, 0x4A));
        gradient.setColorAt(1, QColor(0xC8, 0x9B, 0x3C));
        p.fillRect(rect, gradient);
        p.setPen(Qt::white);
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(qMax(12, rect.height() / 10));
        p.setFont(f);
        p.drawText(rect.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_content.headline);
    }
    p.restore();
}

void PlatformPreview::drawButton(QPainter &p, const QRect &rect, const QString &text, const QColor &fill,
                                 const QColor &textColour) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(rect, 6, 6);
    p.setPen(textColour);
    QFont f = p.font();
    f.setBold(true);
    p.setFont(f);
    p.drawText(rect, Qt::AlignCenter, QFontMetrics(f).elidedText(text, Qt::ElideRight, rect.width() - 8));
    p.restore();
}

} // namespace cf
