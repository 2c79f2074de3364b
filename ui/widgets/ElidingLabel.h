#pragma once

#include <QLabel>

namespace cf {

// A one-line label that shortens its text with "…" to the width it is given
// instead of pushing the window wider or painting over its neighbours (the
// status bar's long messages); the whole text stays in the tooltip.
class ElidingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElidedText();

    QString m_fullText;
};

} // namespace cf
