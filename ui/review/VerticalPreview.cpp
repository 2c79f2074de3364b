#include "ui/review/VerticalPreview.h"

#include <QPainter>

namespace cf {

void VerticalPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setLayoutDirection(layoutDirection());
    p.fillRect(rect(), palette().window());
    // The largest 9:16 frame that fits, centred.
    QSize frameSize = QSize(9, 16).scaled(size(), Qt::KeepAspectRatio);
    QRect frame(QPoint(0, 0), frameSize);
    frame.moveCenter(rect().center());
    drawImage(p, frame);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int pad = 10;

    // Story progress bar and account on top.
    p.fillRect(QRect(frame.left() + pad, frame.top() + 6, frame.width() - 2 * pad, 2), QColor(255, 255, 255, 200));
    const QRect avatar(rtl ? frame.right() - pad - 28 : frame.left() + pad, frame.top() + 14, 28, 28);
    drawAvatar(p, avatar);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::white);
    const QRect nameRect = rtl ? QRect(frame.left() + pad, avatar.top(), avatar.left() - frame.left() - 2 * pad, 28)
                               : QRect(avatar.right() + 8, avatar.top(), frame.right() - avatar.right() - pad - 8, 28);
    const QString sponsored = m_content.isAd ? QStringLiteral(" · ") + previewchrome::sponsored(m_content.language) : QString();
    p.drawText(nameRect, Qt::AlignLeading | Qt::AlignVCenter, m_content.accountName + sponsored);

    // Caption and CTA at the bottom over a dark fade, inside the safe zone.
    const int ctaH = 40;
    const int captionH = 3 * QFontMetrics(font()).lineSpacing();
    const int bottom = frame.bottom() - pad - ctaH - 8;
    QLinearGradient fade(0, bottom - captionH - 20, 0, frame.bottom());
    fade.setColorAt(0, QColor(0, 0, 0, 0));
    fade.setColorAt(1, QColor(0, 0, 0, 170));
    p.fillRect(QRect(frame.left(), bottom - captionH - 20, frame.width(), frame.bottom() - bottom + captionH + 20), fade);
    p.setFont(font());
    p.setPen(Qt::white);
    const QString caption = m_content.platform == Platform::Snapchat ? m_content.headline : m_content.primaryText;
    drawWrapped(p, QRect(frame.left() + pad, bottom - captionH, frame.width() - 2 * pad, captionH), caption, 2, true);
    const QRect cta(frame.left() + pad, frame.bottom() - pad - ctaH, frame.width() - 2 * pad, ctaH);
    if (m_content.platform == Platform::Snapchat)
        drawButton(p, cta, m_content.callToAction.isEmpty() ? previewchrome::swipeUp(m_content.language) : m_content.callToAction,
                   QColor(255, 255, 255, 235), Qt::black);
    else if (m_content.platform == Platform::TikTok)
        drawButton(p, cta, m_content.callToAction, QColor(0xFE, 0x2C, 0x55), Qt::white);
    else if (!m_content.callToAction.isEmpty())
        drawButton(p, cta, m_content.callToAction, QColor(255, 255, 255, 235), QColor(0x26, 0x26, 0x26));
}

void YouTubePreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setLayoutDirection(layoutDirection());
    p.fillRect(rect(), Qt::white);
    const int w = width();
    const QRect thumb(0, 0, w, int(w * 9 / 16.0));
    drawImage(p, thumb);
    // Duration badge on the trailing bottom corner, as YouTube draws it.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QRect badge(rtl ? thumb.left() + 6 : thumb.right() - 46, thumb.bottom() - 24, 40, 18);
    p.fillRect(badge, QColor(0, 0, 0, 200));
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, QStringLiteral("0:30"));
    const QRect avatar(rtl ? w - 8 - 32 : 8, thumb.bottom() + 10, 32, 32);
    drawAvatar(p, avatar);
    const int textX = rtl ? 8 : avatar.right() + 10;
    const int textW = w - 8 - 32 - 18;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(QColor(0x0F, 0x0F, 0x0F));
    const int used = drawWrapped(p, QRect(textX, thumb.bottom() + 8, textW, 1000), m_content.headline, 2, false);
    p.setFont(font());
    p.setPen(QColor(0x60, 0x60, 0x60));
    p.drawText(QRect(textX, thumb.bottom() + 12 + used, textW, 20), Qt::AlignLeading | Qt::AlignVCenter, m_content.accountName);
}

} // namespace cf
