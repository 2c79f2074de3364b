#include "ui/pages/ConnectionsPage.h"

#include "models/domain/Platform.h"
#include "ui/widgets/EmptyState.h"

#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>

namespace cf {

ConnectionsPage::ConnectionsPage(QWidget *parent)
    : QWidget(parent), m_empty(new EmptyState(QStringLiteral(":/icons/empty-connections.svg"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    retranslateUi();
}

void ConnectionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionsPage::retranslateUi()
{
    // Brand names are not translated; the list separators follow the language.
    QStringList names;
    for (Platform platform : kAllPlatforms)
        names << platformDisplayName(platform);

    m_empty->setTitle(tr("No accounts connected"));
    m_empty->setExplanation(
        tr("Connect the accounts CampaignForge publishes to: %1. You sign in on each platform's own page, and "
           "the access it grants is kept in your system's keychain, never in the campaign database. Until an "
           "account is connected, campaigns can still be planned, generated, reviewed and exported.")
            .arg(QLocale().createSeparatedList(names)));
}

} // namespace cf
