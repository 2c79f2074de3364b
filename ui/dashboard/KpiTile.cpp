#include "ui/dashboard/KpiTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cf {

KpiTile::KpiTile(QWidget *parent) : QFrame(parent), m_caption(new QLabel(this)), m_value(new QLabel(this))
{
    // By class, so pages may give each tile its own object name.
    setStyleSheet(QStringLiteral("cf--KpiTile { background: palette(base); border: 1px solid #D5DEE3; border-radius: 8px; }"));
    m_caption->setObjectName(QStringLiteral("kpiCaption"));
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_caption->setStyleSheet(QStringLiteral("color: #4A5A68;"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void KpiTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void KpiTile::setValue(const QString &value)
{
    m_value->setText(value);
}

QString KpiTile::caption() const
{
    return m_caption->text();
}

QString KpiTile::value() const
{
    return m_value->text();
}

} // namespace cf
