#include "ui/review/FeedPostPreview.h"

#include <QImage>
#include <QPainter>

namespace cf {
namespace {

constexpr int kPad = 12;
constexpr int kAvatar = 36;

// How many lines of post text a feed shows before "… more".
int visibleLines(Platform platform)
{
    switch (platform) {
    case Platform::Instagram: return 2;
    case Platform::LinkedIn: return 3;
    case Platform::Facebook: return 4;
    default: return 12; // X shows the whole post
    }
}

QColor ctaColour(Platform platform)
{
    switch (platform) {
    case Platform::LinkedIn: return QColor(0x0A, 0x66, 0xC2);
    case Platform::X: return QColor(0x0F, 0x14, 0x19);
    case Platform::Instagram: return QColor(0x00, 0x95, 0xF6);
    default: return QColor(0x08, 0x66, 0xFF);
    }
}

} // namespace

int FeedPostPreview::imageHeight(int width) const
{
    if (m_content.image.isNull() && m_content.contentType == ContentType::TextPost)
        return 0;
    // Instagram feed is square; the others show a 1.91:1 link/photo card.
    return m_content.platform == Platform::Instagram ? width : int(width / 1.91);
}

QSize FeedPostPreview::sizeHint() const
{
    return QSize(340, heightForWidth(340));
}

int FeedPostPreview::heightForWidth(int width) const
{
    QImage scratch(1, 1, QImage::Format_RGB32);
    QPainter p(&scratch);
    p.setFont(font());
    return paintPost(&p, width);
}

void FeedPostPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setLayoutDirection(layoutDirection());
    p.fillRect(rect(), Qt::white);
    p.setPen(QColor(0xDD, 0xDD, 0xDD));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    paintPost(&p, width());
}

int FeedPostPreview::paintPost(QPainter *p, int width) const
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QFont base = font();
    auto leadingRect = [&](int x, int y, int w, int h) {
        // x is measured from the leading edge; mirror it in RTL.
        return rtl ? QRect(width - x - w, y, w, h) : QRect(x, y, w, h);
    };
    int y = kPad;
    drawAvatar(*p, leadingRect(kPad, y, kAvatar, kAvatar));
    QFont bold = base;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(QColor(0x1C, 0x1E, 0x21));
    const int textX = kPad + kAvatar + 8;
    const int textWidth = width - textX - kPad;
    const Qt::Alignment leading = Qt::AlignLeading | Qt::AlignVCenter;
    p->drawText(leadingRect(textX, y, textWidth, kAvatar / 2), leading, m_content.accountName);
    p->setFont(base);
    p->setPen(QColor(0x65, 0x67, 0x6B));
    const QString handle = m_content.platform == Platform::X
        ? QStringLiteral("@") + m_content.accountName.toLower().remove(QLatin1Char(' '))
        : (m_content.isAd ? previewchrome::sponsored(m_content.language) : platformDisplayName(m_content.platform));
    p->drawText(leadingRect(textX, y + kAvatar / 2, textWidth, kAvatar / 2), leading, handle);
    y += kAvatar + 8;

    const int lines = visibleLines(m_content.platform);
    const QRect textArea = leadingRect(kPad, y, width - 2 * kPad, 10000);
    p->setPen(QColor(0x1C, 0x1E, 0x21));
    const bool captionBelow = m_content.platform == Platform::Instagram;
    if (!captionBelow) {
        y += drawWrapped(*p, textArea, m_content.primaryText, lines, true) + 8;
    }
    const int imageH = imageHeight(width);
    if (imageH > 0) {
        drawImage(*p, QRect(0, y, width, imageH));
        y += imageH;
    }
    if (m_content.isAd || (!m_content.callToAction.isEmpty() && m_content.platform != Platform::X)) {
        // The ad's link bar: headline on the leading side, CTA button trailing.
        p->fillRect(QRect(0, y, width, 48), QColor(0xF0, 0xF2, 0xF5));
        const int buttonW = qMin(130, width / 3);
        p->setFont(bold);
        p->setPen(QColor(0x1C, 0x1E, 0x21));
        p->drawText(leadingRect(kPad, y, width - buttonW - 3 * kPad, 48), leading,
                    QFontMetrics(bold).elidedText(m_content.headline, Qt::ElideRight, width - buttonW - 3 * kPad));
        p->setFont(base);
        drawButton(*p, leadingRect(width - kPad - buttonW, y + 8, buttonW, 32), m_content.callToAction, ctaColour(m_content.platform),
                   Qt::white);
        y += 48;
    }
    if (captionBelow) {
        y += 8;
        p->setPen(QColor(0x26, 0x26, 0x26));
        const QString caption = m_content.accountName + QLatin1Char(' ') + m_content.primaryText;
        y += drawWrapped(*p, leadingRect(kPad, y, width - 2 * kPad, 10000), caption, lines, true);
    }
    return y + kPad;
}

} // namespace cf
