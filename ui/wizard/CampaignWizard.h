#pragma once

#include "ui/wizard/WizardServices.h"

#include <QWizard>

class QProgressDialog;

namespace cf {

class BrandPage;
class BriefPage;
class CampaignCreationService;
class InstructionPage;
class SummaryPage;

// The four-step campaign wizard (instruction, details, brand and product,
// plan) and the generation that follows: Generate starts the
// CampaignCreationService and shows a cancellable progress dialog (opened
// with open(), never exec()). A finished campaign is announced with
// campaignCreated(); a cancelled one that left a draft with draftKept().
class CampaignWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { InstructionStep, BriefStep, BrandStep, SummaryStep };

    explicit CampaignWizard(const WizardServices &services, QWidget *parent = nullptr);
    ~CampaignWizard() override;

    InstructionPage *instructionPage() const { return m_instruction; }
    BriefPage *briefPage() const { return m_brief; }
    BrandPage *brandPage() const { return m_brand; }
    SummaryPage *summaryPage() const { return m_summary; }
    CampaignCreationService *service() const { return m_service; }
    QProgressDialog *progressDialog() const { return m_progress; }
    bool isGenerating() const;

    // Generate: starts the run (the Finish button calls this).
    void accept() override;
    // While generating, asks the run to stop and closes once it has.
    void reject() override;

Q_SIGNALS:
    void campaignCreated(qint64 campaignId);
    void draftKept(qint64 campaignId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onProgress(int percent, const QString &text);
    void onFinished(qint64 campaignId);
    void onCancelled(qint64 campaignId);
    void onFailed(const QString &error);
    void retranslateUi();

    WizardServices m_services;
    InstructionPage *m_instruction;
    BriefPage *m_brief;
    BrandPage *m_brand;
    SummaryPage *m_summary;
    CampaignCreationService *m_service;
    QProgressDialog *m_progress = nullptr;
    bool m_closeWhenStopped = false;
};

} // namespace cf
