#pragma once

#include "app/content/media/ColorPalette.h"
#include "app/content/media/CreativeLayout.h"
#include "app/content/media/CreativeSpec.h"
#include "app/content/media/FontRegistry.h"

#include <QRectF>

class QPainter;

namespace cf {

// Where the text group's parts were drawn.
struct TextGroupBoxes
{
    QRectF headline; // full layout box of the headline (column width)
    QRectF offer;    // the offer badge; empty without an offer
    QRectF cta;      // the button; empty without a call to action
    bool headlineCut = false;
};

// The typographic hierarchy of a creative, set in a column: a short accent
// kicker line, the headline (the largest size that fits), the offer on an
// accent badge, and the call to action as a pill button anchored to the
// column's bottom. Everything is aligned to the column's start edge.
class CreativeTextGroup
{
public:
    CreativeTextGroup(const CreativeSpec &spec, const CreativeFonts &fonts, const CreativeLayout &layout);

    TextGroupBoxes paint(QPainter &painter, const QRectF &column, bool centred, const CreativePalette &palette) const;

private:
    qreal ctaHeight() const;
    QFont font(qreal unitFraction) const;

    const CreativeSpec &m_spec;
    const CreativeFonts &m_fonts;
    const CreativeLayout &m_layout;
    Qt::LayoutDirection m_direction;
};

} // namespace cf
