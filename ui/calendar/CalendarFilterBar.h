#pragma once

#include <QWidget>

class QComboBox;
class QMenu;
class QToolButton;

namespace cf {

class ContentCalendarModelFilter;
class ElidingLabel;

// The calendar's filters: a campaign (or all), platforms and statuses as
// checkable menus whose button says how many are shown. It writes straight
// into the filter model; the campaign list follows the loaded items.
class CalendarFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarFilterBar(ContentCalendarModelFilter *filter, QWidget *parent = nullptr);

    // Re-reads the campaigns present in the model, keeping the selection when
    // that campaign is still there.
    void refreshCampaigns();
    void setZoneText(const QString &text);
    QString zoneText() const;

Q_SIGNALS:
    void campaignChanged(qint64 campaignId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslateUi();
    void updateButtonTexts();

    ContentCalendarModelFilter *m_filter;
    QComboBox *m_campaign;
    QToolButton *m_platforms;
    QToolButton *m_statuses;
    QMenu *m_platformMenu;
    QMenu *m_statusMenu;
    ElidingLabel *m_zone;
};

} // namespace cf
