#pragma once

#include "app/publishing/PublishStatusReport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace cf {
class Clock;
class Database;

// The publishing queue as `campaignforge-cli status` shows it: one row per
// target with its campaign, platform, account, time, state and the error
// with what to do. The owner can retry an item's failed targets and settle
// a target whose outcome is unknown after checking on the platform
// ("Mark as published" / "not published"). Rows are read on a worker
// thread with a connection of its own; actions are short writes through
// PublishQueue on the GUI's connection, after which the queue is re-read
// and queueChanged() lets the publishing thread wake.
class PublishingStatusDialog : public QDialog
{
    Q_OBJECT
public:
    PublishingStatusDialog(const Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~PublishingStatusDialog() override;

    // Reads the queue again in the background; loaded() follows.
    void reload();
    const std::vector<TargetStatusRow> &rows() const { return m_rows; }
    QTreeWidget *table() const { return m_table; }
    // Selects the row of this target (tests, links from notifications).
    bool selectTarget(qint64 targetId);

    void retryFailed();
    void markPublished();
    void markNotPublished();

    // Translated name of a target state.
    static QString stateText(TargetState state);

Q_SIGNALS:
    void loaded();
    void queueChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Loaded
    {
        std::vector<TargetStatusRow> rows;
        QString error;
    };
    static Loaded loadIn(const QString &databaseFile);
    void onLoaded();
    void fill();
    void retranslateUi();
    void updateActions();
    const TargetStatusRow *selectedRow() const;
    void afterAction(const QString &error);

    const Database &m_database;
    const Clock &m_clock;
    QFutureWatcher<Loaded> m_watcher;
    bool m_reloadAgain = false;
    std::vector<TargetStatusRow> m_rows;
    QString m_error;
    QLabel *m_summary;
    QTreeWidget *m_table;
    QPushButton *m_retry;
    QLineEdit *m_permalink;
    QPushButton *m_markPublished;
    QPushButton *m_markNotPublished;
    QPushButton *m_refresh;
    QPushButton *m_close;
};

} // namespace cf
