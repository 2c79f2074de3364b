#pragma once

#include <QFrame>

class QLabel;
class QSvgWidget;

namespace cf {

// A coloured strip across the top of the window for a problem that affects
// the whole application (the database could not be opened, or is read-only),
// so the reason stays in sight instead of vanishing with a dialog.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Severity { Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void setMessage(Severity severity, const QString &text);
    QString text() const;
    Severity severity() const { return m_severity; }

private:
    Severity m_severity = Severity::Warning;
    QSvgWidget *m_icon;
    QLabel *m_text;
};

} // namespace cf
