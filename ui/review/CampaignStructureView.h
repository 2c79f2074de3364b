#pragma once

#include "models/domain/AdSet.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QUndoStack;

namespace cf {

class CampaignAdsBar;
class Clock;
class Database;
class ReviewService;

// The paid structure of a campaign: campaign → ad sets (Meta), ad groups
// (TikTok) or ad squads (Snapchat) → ads, each ad set with its budget and
// targeting. The selected ad set's budget, age range, genders and places
// can be edited; "Save" writes through ReviewService as one undo step.
// With enableAdsControl(), once the campaign has ads on a platform, the
// "On the platform" column shows each level's platform id and delivery and
// CampaignAdsBar offers Pause ads / Resume ads.
class CampaignStructureView : public QWidget
{
    Q_OBJECT
public:
    CampaignStructureView(ReviewService *service, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setCampaign(qint64 campaignId);
    void refresh();
    QTreeWidget *tree() const { return m_tree; }
    // Reads and controls the campaign's paid ads through `database` (the GUI's connection).
    void enableAdsControl(const Database &database, const Clock &clock);
    CampaignAdsBar *adsBar() const { return m_adsBar; }
    // The platform's own name for the middle level ("Ad set", "Ad group", "Ad squad").
    static QString levelName(Platform platform);

Q_SIGNALS:
    void changed();
    // The owner paused or resumed the ads: the publishing thread should run a pass.
    void adsDeliveryChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSelectionChanged();
    void showPlatformState();
    void saveCurrent();
    void retranslateUi();
    const AdSet *currentAdSet() const;

    ReviewService *m_service;
    QUndoStack *m_undoStack;
    qint64 m_campaignId = 0;
    std::vector<AdSet> m_adSets;
    QLabel *m_hint;
    QTreeWidget *m_tree;
    QGroupBox *m_form;
    QLabel *m_budgetLabel;
    QDoubleSpinBox *m_budget;
    QLabel *m_ageLabel;
    QSpinBox *m_ageMin;
    QSpinBox *m_ageMax;
    QLabel *m_gendersLabel;
    QComboBox *m_genders;
    QLabel *m_placesLabel;
    QLineEdit *m_places;
    QPushButton *m_save;
    CampaignAdsBar *m_adsBar = nullptr;
};

} // namespace cf
