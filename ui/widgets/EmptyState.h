#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSvgWidget;

namespace cf {

// What a screen shows while it has nothing to show yet: an illustration, a
// title, one paragraph saying what will appear here and how to get there, an
// optional detail line and an optional action. The owning page sets every
// text (in its retranslateUi) and connects the action, so this widget holds
// no strings of its own; the action button stays hidden until given a text.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    // illustration: a resource path such as ":/icons/empty-calendar.svg".
    explicit EmptyState(const QString &illustration, QWidget *parent = nullptr);

    void setIllustration(const QString &illustration);
    void setTitle(const QString &title);
    void setExplanation(const QString &explanation);
    // A second, smaller line (e.g. today's date); hidden when empty.
    void setDetail(const QString &detail);
    // Shows the action button with this text; an empty text hides it.
    void setActionText(const QString &text);

    QString title() const;
    QString explanation() const;
    QString detail() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

private:
    QSvgWidget *m_illustration;
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_detail;
    QPushButton *m_action;
};

} // namespace cf
