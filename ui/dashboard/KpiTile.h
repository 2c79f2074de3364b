#pragma once

#include <QFrame>

class QLabel;

namespace cf {

// One number on the dashboard with its caption ("Clicks" over "1,234"), and a
// tooltip that says how it was worked out.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value);
    QString caption() const;
    QString value() const;

private:
    QLabel *m_caption;
    QLabel *m_value;
};

} // namespace cf
