#include "ui/widgets/ElidingLabel.h"

#include <QFontMetrics>
#include <QResizeEvent>

namespace cf {

ElidingLabel::ElidingLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidingLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setToolTip(text);
    updateElidedText();
}

QSize ElidingLabel::minimumSizeHint() const
{
    return { 0, QLabel::minimumSizeHint().height() };
}

void ElidingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElidedText();
}

void ElidingLabel::updateElidedText()
{
    // elidedText cuts at the end in reading order, so Arabic loses its left end.
    setText(fontMetrics().elidedText(m_fullText, Qt::ElideRight, qMax(0, contentsRect().width())));
}

} // namespace cf
