#include "ui/wizard/SummaryPage.h"

#include "app/core/Clock.h"
#include "app/planning/CampaignPlanner.h"
#include "ui/wizard/BriefPage.h"
#include "ui/wizard/PlanSummaryHtml.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cf {

SummaryPage::SummaryPage(const WizardServices &services, const BriefPage &brief, QWidget *parent)
    : QWizardPage(parent), m_services(services), m_brief(brief), m_summary(new QTextBrowser(this))
{
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    connect(&m_watcher, &QFutureWatcher<PlanOutcome>::finished, this, &SummaryPage::onPlanned);
    retranslateUi();
}

void SummaryPage::initializePage()
{
    m_plan.reset();
    m_outcome.reset();
    m_summary->setPlainText(tr("Planning…"));
    Q_EMIT completeChanged();
    if (!m_services.resources)
        return;
    // A plan still running for an earlier visit is dropped by setFuture().
    m_watcher.setFuture(QtConcurrent::run([resources = m_services.resources, brief = m_brief.editedBrief(),
                                           today = m_services.clock.todayUtc()] {
        return CampaignPlanner(resources->data).plan(brief, today);
    }));
}

void SummaryPage::onPlanned()
{
    m_outcome = m_watcher.result();
    m_plan = m_outcome->plan;
    showOutcome(*m_outcome);
    Q_EMIT completeChanged();
    Q_EMIT planned();
}

void SummaryPage::showOutcome(const PlanOutcome &outcome)
{
    const QString language = layoutDirection() == Qt::RightToLeft ? QStringLiteral("ar") : QStringLiteral("en");
    const QString body = outcome.plan ? PlanSummaryHtml::plan(*outcome.plan, language) : PlanSummaryHtml::errors(outcome.errors);
    m_summary->setHtml(body);
}

bool SummaryPage::isComplete() const
{
    return m_plan.has_value() && !m_watcher.isRunning();
}

void SummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_outcome)
            showOutcome(*m_outcome);
    }
    QWizardPage::changeEvent(event);
}

void SummaryPage::retranslateUi()
{
    setTitle(tr("Your plan"));
    setSubTitle(tr("Check the plan, then press Generate to write the copy and make the images and videos."));
}

} // namespace cf
