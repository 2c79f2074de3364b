#pragma once

#include "app/planning/plan/CampaignPlan.h"
#include "ui/wizard/WizardServices.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <optional>

class QTextBrowser;

namespace cf {

class BriefPage;

// Wizard step 4: the plan the corrected brief makes (strategy, budget split,
// ad structure, estimates, warnings such as too small a budget), planned on a
// worker each time the page is shown. Generate (the wizard's Finish button)
// is enabled once there is a plan.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    SummaryPage(const WizardServices &services, const BriefPage &brief, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    const std::optional<CampaignPlan> &plan() const { return m_plan; }
    QTextBrowser *summary() const { return m_summary; }

Q_SIGNALS:
    void planned();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onPlanned();
    void showOutcome(const PlanOutcome &outcome);
    void retranslateUi();

    const WizardServices &m_services;
    const BriefPage &m_brief;
    QTextBrowser *m_summary;
    QFutureWatcher<PlanOutcome> m_watcher;
    std::optional<PlanOutcome> m_outcome;
    std::optional<CampaignPlan> m_plan;
};

} // namespace cf
