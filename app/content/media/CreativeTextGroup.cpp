#include "app/content/media/CreativeTextGroup.h"

#include "app/content/media/TextBlock.h"

#include <QPainter>
#include <QPainterPath>

namespace cf {

namespace {

// Spacing of the group, as fractions of the layout unit.
constexpr qreal kKickerHeight = 0.012;
constexpr qreal kKickerWidth = 0.1;
constexpr qreal kKickerGap = 0.035;
constexpr qreal kOfferGap = 0.045;
constexpr qreal kCtaGap = 0.05;
constexpr qreal kBadgePadX = 0.032;
constexpr qreal kBadgePadY = 0.024;

// Baseline distances in ems: display type is set tight, Arabic needs more
// room between lines than Latin for its ascenders, descenders and marks.
qreal headlineSpacing(Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? 1.5 : 1.12;
}

qreal textSpacing(Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? 1.55 : 1.22;
}

// A chevron pointing in the reading direction, centred in `box`.
void paintArrow(QPainter &p, const QRectF &box, bool rightToLeft, const QColor &color, qreal stroke)
{
    const qreal half = box.height() / 2;
    const qreal tip = rightToLeft ? box.left() : box.right();
    const qreal back = rightToLeft ? box.left() + half : box.right() - half;
    QPainterPath path;
    path.moveTo(back, box.center().y() - half);
    path.lineTo(tip, box.center().y());
    path.lineTo(back, box.center().y() + half);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(color, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
}

} // namespace

CreativeTextGroup::CreativeTextGroup(const CreativeSpec &spec, const CreativeFonts &fonts, const CreativeLayout &layout)
    : m_spec(spec), m_fonts(fonts), m_layout(layout),
      m_direction(layout.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight)
{
}

QFont CreativeTextGroup::font(qreal unitFraction) const
{
    return m_fonts.font(m_spec.language, int(m_layout.u(unitFraction)), true);
}

qreal CreativeTextGroup::ctaHeight() const
{
    return m_spec.callToAction.trimmed().isEmpty() ? 0 : m_layout.u(m_layout.landscape ? 0.11 : 0.095);
}

TextGroupBoxes CreativeTextGroup::paint(QPainter &p, const QRectF &column, bool centred, const CreativePalette &palette) const
{
    const CreativeLayout &l = m_layout;
    const bool rtl = m_direction == Qt::RightToLeft;
    TextGroupBoxes boxes;
    const bool hasOffer = !m_spec.offer.trimmed().isEmpty();
    const qreal buttonHeight = ctaHeight();
    const qreal regionBottom = buttonHeight > 0 ? column.bottom() - buttonHeight - l.u(kCtaGap) : column.bottom();

    // The offer is set first (one line if it can be, else two); the headline
    // then takes every pixel that is left.
    const qreal padX = l.u(kBadgePadX);
    const qreal padY = l.u(kBadgePadY);
    TextBlock offer;
    qreal badgeHeight = 0;
    if (hasOffer) {
        const QSizeF box(column.width() - 2 * padX, l.u(0.2));
        TextBlock::Style style{font(0.046), m_direction, 1, textSpacing(m_direction)};
        offer = TextBlock::fit(m_spec.offer, style, box, int(l.u(0.034)), style.font.pixelSize());
        if (!offer.fits()) {
            style.maxLines = 2;
            offer = TextBlock::fit(m_spec.offer, style, box, int(l.u(0.03)), style.font.pixelSize());
        }
        badgeHeight = offer.height() + 2 * padY;
    }
    const qreal kicker = l.u(kKickerHeight);
    const qreal kickerGap = l.u(kKickerGap);
    const qreal offerGap = hasOffer ? l.u(kOfferGap) : 0;
    const qreal headlineRoom = regionBottom - column.top() - kicker - kickerGap - offerGap - badgeHeight;

    const TextBlock::Style headlineStyle{m_fonts.font(m_spec.language, l.headlineMaxPixels, true), m_direction,
                                         l.headlineMaxLines, headlineSpacing(m_direction)};
    const TextBlock headline = TextBlock::fit(m_spec.headline, headlineStyle, QSizeF(column.width(), headlineRoom),
                                              l.headlineMinPixels, l.headlineMaxPixels);
    boxes.headlineCut = !headline.fits();

    const qreal groupHeight = kicker + kickerGap + headline.height() + offerGap + badgeHeight;
    // A centred group sits slightly above the middle, where the eye expects it.
    qreal y = centred ? column.top() + qMax(0.0, (regionBottom - column.top() - groupHeight) * 0.42) : column.top();

    p.setPen(Qt::NoPen);
    p.setBrush(palette.accent);
    const qreal kickerWidth = l.u(kKickerWidth);
    p.drawRoundedRect(QRectF(l.startX(column, kickerWidth), y, kickerWidth, kicker), kicker / 2, kicker / 2);
    y += kicker + kickerGap;

    boxes.headline = QRectF(column.left(), y, column.width(), headline.height());
    headline.draw(p, boxes.headline.topLeft(), palette.text);
    y += headline.height() + offerGap;

    if (hasOffer) {
        const qreal badgeWidth = offer.naturalWidth() + 2 * padX;
        boxes.offer = QRectF(l.startX(column, badgeWidth), y, badgeWidth, badgeHeight);
        p.setPen(Qt::NoPen);
        p.setBrush(palette.accent);
        p.drawRoundedRect(boxes.offer, l.u(0.02), l.u(0.02));
        const qreal left = rtl ? boxes.offer.right() - padX - offer.width() : boxes.offer.left() + padX;
        offer.draw(p, QPointF(left, y + padY), palette.onAccent);
    }

    if (buttonHeight > 0) {
        const qreal pad = l.u(0.045);
        const qreal arrowHeight = l.u(0.024);
        const qreal arrowGap = l.u(0.022);
        TextBlock::Style style{font(0.04), m_direction, 1, textSpacing(m_direction)};
        const qreal labelRoom = column.width() - 2 * pad - arrowGap - arrowHeight;
        const TextBlock label = TextBlock::fit(m_spec.callToAction, style, QSizeF(labelRoom, buttonHeight),
                                               int(l.u(0.028)), style.font.pixelSize());
        const qreal width = label.naturalWidth() + 2 * pad + arrowGap + arrowHeight * 0.6;
        boxes.cta = QRectF(l.startX(column, width), column.bottom() - buttonHeight, width, buttonHeight);
        p.setPen(Qt::NoPen);
        p.setBrush(palette.button);
        p.drawRoundedRect(boxes.cta, buttonHeight / 2, buttonHeight / 2);
        const qreal labelLeft = rtl ? boxes.cta.right() - pad - label.width() : boxes.cta.left() + pad;
        label.draw(p, QPointF(labelLeft, boxes.cta.center().y() - label.height() / 2), palette.onButton);
        const qreal arrowLeft = rtl ? boxes.cta.left() + pad : boxes.cta.right() - pad - arrowHeight * 0.6;
        paintArrow(p, QRectF(arrowLeft, boxes.cta.center().y() - arrowHeight / 2, arrowHeight * 0.6, arrowHeight), rtl,
                   palette.onButton, l.u(0.0065));
    }
    return boxes;
}

} // namespace cf
