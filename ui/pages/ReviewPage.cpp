#include "ui/pages/ReviewPage.h"

#include "ui/widgets/EmptyState.h"

#include <QEvent>
#include <QVBoxLayout>

namespace cf {

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent), m_empty(new EmptyState(QStringLiteral(":/icons/empty-review.svg"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    connect(m_empty, &EmptyState::actionTriggered, this, &ReviewPage::showCampaignsRequested);
    retranslateUi();
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReviewPage::retranslateUi()
{
    m_empty->setTitle(tr("Nothing to review"));
    m_empty->setExplanation(
        tr("Posts, ads and emails generated for your campaigns wait here for your approval, with their Arabic "
           "and English text and a preview for each platform. You can approve them, edit them or ask for "
           "changes; nothing is published before it is approved. Create a campaign to generate its content."));
    m_empty->setActionText(tr("Show campaigns"));
}

} // namespace cf
