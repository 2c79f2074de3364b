#include "ui/review/CampaignAdsBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cf {

CampaignAdsBar::CampaignAdsBar(const Database &database, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_pause(new QPushButton(this)), m_resume(new QPushButton(this))
{
    setObjectName(QStringLiteral("campaignAdsBar"));
    m_control = std::make_unique<AdsControl>(database, clock, [this] { Q_EMIT adsDeliveryChanged(); });
    m_status->setObjectName(QStringLiteral("adsDeliveryStatus"));
    m_status->setWordWrap(true);
    m_pause->setObjectName(QStringLiteral("pauseAds"));
    m_resume->setObjectName(QStringLiteral("resumeAds"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_pause);
    layout->addWidget(m_resume);
    connect(m_pause, &QPushButton::clicked, this, &CampaignAdsBar::pauseAds);
    connect(m_resume, &QPushButton::clicked, this, &CampaignAdsBar::resumeAds);
    retranslateUi();
    setVisible(false);
}

CampaignAdsBar::~CampaignAdsBar() = default;

void CampaignAdsBar::setCampaign(qint64 campaignId)
{
    m_campaignId = campaignId;
    refresh();
}

void CampaignAdsBar::refresh()
{
    m_state = {};
    m_error.clear();
    if (m_campaignId > 0) {
        auto read = m_control->state(m_campaignId);
        if (read)
            m_state = std::move(*read);
        else
            m_error = read.error().fullText();
    }
    showState();
    Q_EMIT refreshed();
}

void CampaignAdsBar::pauseAds()
{
    if (m_campaignId > 0)
        apply(m_control->pauseAds(m_campaignId));
}

void CampaignAdsBar::resumeAds()
{
    if (m_campaignId > 0)
        apply(m_control->resumeAds(m_campaignId));
}

void CampaignAdsBar::apply(const StoreStatus &status)
{
    refresh();
    if (status.isError()) {
        m_error = status.message;
        showState();
    }
}

void CampaignAdsBar::showState()
{
    setVisible(m_state.exists() || !m_error.isEmpty());
    m_pause->setEnabled(m_state.exists() && !m_state.pausedByOwner);
    m_resume->setEnabled(m_state.exists() && m_state.pausedByOwner);
    QString text;
    if (m_state.pausedByOwner && m_state.delivering)
        text = tr("You paused these ads; they are being paused on the platforms.");
    else if (m_state.pausedByOwner)
        text = tr("You paused these ads. They stay paused on every platform until you resume them.");
    else if (m_state.delivering)
        text = tr("The ads are running on the platforms.");
    else if (m_state.exists())
        text = tr("The ads exist on the platforms and are paused. They start when all of them are published and the "
                  "campaign runs.");
    if (!m_error.isEmpty())
        text = text.isEmpty() ? m_error : tr("%1 %2").arg(m_error, text);
    m_status->setText(text);
}

void CampaignAdsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CampaignAdsBar::retranslateUi()
{
    m_pause->setText(tr("Pause ads"));
    m_pause->setToolTip(tr("Stop the spend: the campaign, its ad sets and ads are paused on every platform. Organic "
                           "posts are not affected."));
    m_resume->setText(tr("Resume ads"));
    m_resume->setToolTip(tr("Switch the ads paused here on again."));
    showState();
}

} // namespace cf
