#pragma once

#include "app/publishing/AdsControl.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace cf {
class Clock;
class Database;

// Above the campaign structure once a campaign has ads on a platform:
// whether they deliver, and the owner's "Pause ads" / "Resume ads"
// (AdsControl records the wish; adsDeliveryChanged() asks the publishing
// thread to apply it). Hidden while nothing exists on a platform.
class CampaignAdsBar : public QWidget
{
    Q_OBJECT
public:
    CampaignAdsBar(const Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~CampaignAdsBar() override;

    void setCampaign(qint64 campaignId);
    // Reads the campaign's ad entities again (one small read).
    void refresh();
    const CampaignAdsState &state() const { return m_state; }

    void pauseAds();
    void resumeAds();
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    // The state was read again (the structure view shows ids and delivery from it).
    void refreshed();
    // A wish was recorded: the publishing thread should run a pass.
    void adsDeliveryChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply(const StoreStatus &status);
    void retranslateUi();
    void showState();

    std::unique_ptr<AdsControl> m_control;
    qint64 m_campaignId = 0;
    CampaignAdsState m_state;
    QString m_error;
    QLabel *m_status;
    QPushButton *m_pause;
    QPushButton *m_resume;
};

} // namespace cf
