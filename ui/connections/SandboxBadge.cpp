#include "ui/connections/SandboxBadge.h"

#include <QEvent>

namespace cf {

SandboxBadge::SandboxBadge(const QString &sandboxAddress, QWidget *parent) : QLabel(parent), m_address(sandboxAddress)
{
    setObjectName(QStringLiteral("sandboxBadge"));
    setStyleSheet(QStringLiteral("QLabel { background: #FDE68A; color: #713F12; font-weight: bold; "
                                 "border-radius: 4px; padding: 1px 8px; }"));
    retranslateUi();
}

void SandboxBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

void SandboxBadge::retranslateUi()
{
    setText(tr("SANDBOX"));
    setToolTip(m_address.isEmpty()
                   ? tr("Sandbox mode: platform calls go to the local platform emulator; nothing is published.")
                   : tr("Sandbox mode: platform calls go to the local platform emulator at %1; nothing is published.")
                         .arg(m_address));
}

} // namespace cf
