#pragma once

#include "app/automation/OptimiserLimits.h"
#include "models/domain/AutomationLog.h"
#include "models/domain/Campaign.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace cf {
class AppSettings;
class Clock;
class Database;

// What the activity list shows, read off the GUI thread.
struct AutomationActivity
{
    std::optional<Campaign> campaign;
    std::vector<AutomationLog> logs; // oldest first
    QString error;                   // translated, when the read failed
};

// "Automation activity" of one campaign (issue #7, AI-optimised level),
// opened from the Campaigns page: everything the automation did or declined
// to do, newest first, with time and reason; Undo for a schedule move or
// budget shift of the optimiser (refused with the reason when the post or
// budget changed since); and the owner's optimiser limits for this campaign
// (move posts on/off, shift budget on/off, largest budget change per day),
// saved as they are changed. The log is read on a worker thread with its own
// database connection; an undo is a small write on the GUI thread's.
class AutomationActivityDialog : public QDialog
{
    Q_OBJECT

public:
    AutomationActivityDialog(const Database &database, const Clock &clock, AppSettings &settings, qint64 campaignId,
                             QWidget *parent = nullptr);
    ~AutomationActivityDialog() override;

    // Reads the log again in the background; loaded() follows.
    void reload();
    // Undoes the selected entry; the outcome shows in the status line.
    void undoSelected();
    // The log entry of the current row, 0 when none.
    qint64 selectedLogId() const;

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void onLoaded();
    void fillList();
    void updateUndo();
    void saveLimits();
    static AutomationActivity read(const QString &path, qint64 campaignId);

    const Database &m_database;
    const Clock &m_clock;
    AppSettings &m_settings;
    qint64 m_campaignId;
    AutomationActivity m_activity;
    QFutureWatcher<AutomationActivity> m_watcher;

    QLabel *m_intro = nullptr;
    QLabel *m_limitsTitle = nullptr;
    QCheckBox *m_moveSchedule = nullptr;
    QCheckBox *m_shiftBudget = nullptr;
    QLabel *m_maxChangeLabel = nullptr;
    QSpinBox *m_maxChange = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_detail = nullptr; // the whole text of the selected entry
    QLabel *m_status = nullptr;
};

} // namespace cf
