#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <memory>

class QPainter;
class QTextLayout;

namespace cf {

// A paragraph laid out with QTextLayout (HarfBuzz shaping, bidi) into lines
// of a fixed width, aligned to its start edge: the right edge for
// right-to-left text, the left edge otherwise. Used for every text on a
// creative so that measuring and drawing always agree.
//
// The block's height is its visual extent, the way designers measure type:
// from the top of the tallest ordinary letters of the first line to the
// bottom of the descenders of the last, not the font's padded line box.
class TextBlock
{
public:
    struct Style
    {
        QFont font;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        int maxLines = 3;
        // Baseline-to-baseline distance in ems (font pixel sizes). Fonts'
        // own line heights are no guide: Noto Sans Arabic declares 2.1 em
        // (room for stacked marks), Noto Sans 1.36 em.
        qreal lineSpacing = 1.2;
        // Centre each line instead of aligning it to the start edge (captions).
        bool centred = false;
    };

    TextBlock();
    ~TextBlock();
    TextBlock(TextBlock &&) noexcept;
    TextBlock &operator=(TextBlock &&) noexcept;

    // Lays out `text` in lines of `width`. When it needs more than
    // style.maxLines lines, fits() is false and only maxLines are kept.
    static TextBlock layout(const QString &text, const Style &style, qreal width);

    // The largest pixel size between minPixels and maxPixels at which the
    // text fits box (width and height) in style.maxLines lines. At minPixels
    // a text that still does not fit is cut with an ellipsis.
    static TextBlock fit(const QString &text, Style style, QSizeF box, int minPixels, int maxPixels);

    bool fits() const { return m_fits; }
    int lineCount() const { return m_lineCount; }
    int pixelSize() const;
    qreal width() const { return m_width; }
    qreal height() const { return m_height; }
    // The widest line's natural width (the ink extent along the line).
    qreal naturalWidth() const { return m_naturalWidth; }
    // Distance from the top of the block to the first line's baseline.
    qreal firstBaseline() const { return m_firstBaseline; }

    // The height of `lines` lines of a font in a direction, as layout() counts it.
    static qreal heightOf(int lines, const Style &style);

    // Draws the block with its top-left corner (of the full layout width) at topLeft.
    void draw(QPainter &painter, const QPointF &topLeft, const QColor &color) const;

private:
    std::unique_ptr<QTextLayout> m_layout;
    bool m_fits = true;
    int m_lineCount = 0;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_naturalWidth = 0;
    qreal m_firstBaseline = 0;
};

} // namespace cf
