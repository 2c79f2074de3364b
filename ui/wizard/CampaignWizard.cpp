#include "ui/wizard/CampaignWizard.h"

#include "app/core/Clock.h"
#include "app/workflow/CampaignCreationService.h"
#include "ui/wizard/BrandPage.h"
#include "ui/wizard/BriefPage.h"
#include "ui/wizard/InstructionPage.h"
#include "ui/wizard/SummaryPage.h"

#include <QAbstractButton>
#include <QEvent>
#include <QMessageBox>
#include <QProgressDialog>

namespace cf {

CampaignWizard::CampaignWizard(const WizardServices &services, QWidget *parent)
    : QWizard(parent),
      m_services(services),
      m_instruction(new InstructionPage(m_services, this)),
      m_brief(new BriefPage(m_services, *m_instruction, this)),
      m_brand(new BrandPage(m_services, this)),
      m_summary(new SummaryPage(m_services, *m_brief, this)),
      m_service(new CampaignCreationService(m_services.database, m_services.clock, m_services.assetsDir,
                                            m_services.resources, this))
{
    setObjectName(QStringLiteral("campaignWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(InstructionStep, m_instruction);
    setPage(BriefStep, m_brief);
    setPage(BrandStep, m_brand);
    setPage(SummaryStep, m_summary);
    resize(820, 640);

    connect(m_service, &CampaignCreationService::progressChanged, this,
            [this](CampaignCreationService::Step step, int percent, const QString &detail) {
                const QString title = CampaignCreationService::stepTitle(step);
                onProgress(percent, detail.isEmpty() ? title : tr("%1: %2").arg(title, detail));
            });
    connect(m_service, &CampaignCreationService::finished, this, &CampaignWizard::onFinished);
    connect(m_service, &CampaignCreationService::cancelled, this, &CampaignWizard::onCancelled);
    connect(m_service, &CampaignCreationService::failed, this, &CampaignWizard::onFailed);
    retranslateUi();
}

CampaignWizard::~CampaignWizard() = default;

bool CampaignWizard::isGenerating() const
{
    return m_service->isRunning();
}

void CampaignWizard::accept()
{
    if (m_service->isRunning() || !m_summary->plan())
        return;
    CampaignCreationRequest request;
    request.brief = m_brief->editedBrief();
    request.referenceDate = m_services.clock.todayUtc();
    request.automation = m_brief->automationLevel();
    request.businessName = m_brand->businessName();
    request.tone = m_brand->tone();
    request.product = m_brand->product(m_summary->plan()->budget.currency);
    request.logoFile = m_brand->logoFile();
    request.productPhotoFile = m_brand->productPhotoFile();
    request.generateMedia = m_services.generateMedia;
    if (!m_service->start(request))
        return;

    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setObjectName(QStringLiteral("generationProgress"));
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(0);
        m_progress->setRange(0, 100);
        connect(m_progress, &QProgressDialog::canceled, m_service, &CampaignCreationService::cancel);
    }
    m_progress->setWindowTitle(tr("Creating the campaign"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setLabelText(CampaignCreationService::stepTitle(CampaignCreationService::Step::Planning));
    m_progress->setValue(0);
    // open(): window-modal without a nested event loop.
    m_progress->open();
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
}

void CampaignWizard::reject()
{
    if (m_service->isRunning()) {
        m_closeWhenStopped = true;
        m_service->cancel();
        return;
    }
    QWizard::reject();
}

void CampaignWizard::onProgress(int percent, const QString &text)
{
    if (!m_progress)
        return;
    m_progress->setValue(percent);
    m_progress->setLabelText(text);
}

void CampaignWizard::onFinished(qint64 campaignId)
{
    if (m_progress)
        m_progress->close();
    Q_EMIT campaignCreated(campaignId);
    QWizard::accept();
}

void CampaignWizard::onCancelled(qint64 campaignId)
{
    if (m_progress)
        m_progress->close();
    if (campaignId > 0)
        Q_EMIT draftKept(campaignId);
    if (m_closeWhenStopped || campaignId > 0) {
        QWizard::reject();
        return;
    }
    button(QWizard::FinishButton)->setEnabled(true);
    button(QWizard::BackButton)->setEnabled(true);
}

void CampaignWizard::onFailed(const QString &error)
{
    if (m_progress)
        m_progress->close();
    button(QWizard::FinishButton)->setEnabled(true);
    button(QWizard::BackButton)->setEnabled(true);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The campaign could not be created"), error, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("generationError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    if (m_closeWhenStopped)
        QWizard::reject();
}

void CampaignWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void CampaignWizard::retranslateUi()
{
    setWindowTitle(tr("New campaign"));
    setButtonText(QWizard::FinishButton, tr("&Generate"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace cf
