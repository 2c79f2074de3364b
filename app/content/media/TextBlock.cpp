#include "app/content/media/TextBlock.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace cf {

namespace {

using Style = TextBlock::Style;

QTextOption optionFor(Qt::LayoutDirection direction, bool centred)
{
    QTextOption option;
    option.setTextDirection(direction);
    // AlignAbsolute: "right" must mean the right edge for Arabic, not the
    // mirrored "leading" edge.
    option.setAlignment(centred ? Qt::Alignment(Qt::AlignHCenter)
                                : (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

// The visual ascent and descent of a line, in ems: Arabic letters reach
// higher and lower than Latin ones, marks included.
qreal visualAscent(const Style &style)
{
    return style.font.pixelSize() * (style.direction == Qt::RightToLeft ? 1.12 : 0.98);
}

qreal visualDescent(const Style &style)
{
    return style.font.pixelSize() * (style.direction == Qt::RightToLeft ? 0.58 : 0.26);
}

} // namespace

TextBlock::TextBlock() = default;
TextBlock::~TextBlock() = default;
TextBlock::TextBlock(TextBlock &&) noexcept = default;
TextBlock &TextBlock::operator=(TextBlock &&) noexcept = default;

int TextBlock::pixelSize() const
{
    return m_layout ? m_layout->font().pixelSize() : 0;
}

TextBlock TextBlock::layout(const QString &text, const Style &style, qreal width)
{
    TextBlock block;
    block.m_width = width;
    block.m_layout = std::make_unique<QTextLayout>(text.simplified(), style.font);
    block.m_layout->setTextOption(optionFor(style.direction, style.centred));
    block.m_layout->setCacheEnabled(true);
    const qreal ascent = visualAscent(style);
    const qreal advance = style.font.pixelSize() * style.lineSpacing;
    block.m_firstBaseline = ascent;
    block.m_layout->beginLayout();
    for (;;) {
        QTextLine line = block.m_layout->createLine();
        if (!line.isValid())
            break;
        if (block.m_lineCount == style.maxLines) {
            // One line too many: the text does not fit. Give the extra line
            // no characters and park it far away so nothing of it is drawn.
            block.m_fits = false;
            line.setNumColumns(0);
            line.setPosition(QPointF(0, -1e6));
            break;
        }
        line.setLineWidth(width);
        const qreal baseline = ascent + block.m_lineCount * advance;
        line.setPosition(QPointF(0, baseline - line.ascent()));
        block.m_naturalWidth = qMax(block.m_naturalWidth, line.naturalTextWidth());
        ++block.m_lineCount;
    }
    block.m_layout->endLayout();
    block.m_height = block.m_lineCount > 0 ? heightOf(block.m_lineCount, style) : 0;
    return block;
}

qreal TextBlock::heightOf(int lines, const Style &style)
{
    return visualAscent(style) + (lines - 1) * style.font.pixelSize() * style.lineSpacing + visualDescent(style);
}

TextBlock TextBlock::fit(const QString &text, Style style, QSizeF box, int minPixels, int maxPixels)
{
    // Binary search on the pixel size: layout cost is small, but a headline
    // is fitted once per creative and a video has a dozen frames.
    int low = minPixels;
    int high = qMax(minPixels, maxPixels);
    int best = -1;
    while (low <= high) {
        const int mid = (low + high) / 2;
        style.font.setPixelSize(mid);
        const TextBlock candidate = layout(text, style, box.width());
        if (candidate.fits() && candidate.height() <= box.height()) {
            best = mid;
            low = mid + 1;
        } else {
            high = mid - 1;
        }
    }
    if (best > 0) {
        style.font.setPixelSize(best);
        return layout(text, style, box.width());
    }
    // Nothing fits: smallest size, cut at the last line that fits the box.
    style.font.setPixelSize(minPixels);
    TextBlock probe = layout(text, style, box.width());
    const QFontMetricsF metrics(style.font);
    int linesInBox = style.maxLines;
    while (linesInBox > 1 && heightOf(linesInBox, style) > box.height())
        --linesInBox;
    style.maxLines = linesInBox;
    probe = layout(text, style, box.width());
    if (probe.fits())
        return probe;
    // Keep the words of the first maxLines-1 lines and squeeze the rest of the
    // text into the last line with an ellipsis.
    const QString simplified = text.simplified();
    int keep = 0;
    for (int i = 0; i < style.maxLines - 1 && i < probe.m_layout->lineCount(); ++i) {
        const QTextLine line = probe.m_layout->lineAt(i);
        keep = line.textStart() + line.textLength();
    }
    const QString rest = metrics.elidedText(simplified.mid(keep), Qt::ElideRight, box.width() * 0.98);
    TextBlock cut = layout(simplified.left(keep) + rest, style, box.width());
    cut.m_fits = false;
    return cut;
}

void TextBlock::draw(QPainter &painter, const QPointF &topLeft, const QColor &color) const
{
    if (!m_layout)
        return;
    painter.save();
    painter.setPen(color);
    m_layout->draw(&painter, topLeft);
    painter.restore();
}

} // namespace cf
