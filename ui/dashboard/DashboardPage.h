#pragma once

#include "ui/dashboard/DashboardData.h"

#include <QFutureWatcher>
#include <QWidget>

#include <array>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace cf {

class Clock;
class Database;
class EmptyState;
class KpiTile;
class MessageBanner;

// Results: how a campaign is doing on each platform over time and against
// its plan. A campaign chooser, a platform filter (All and every platform
// with results) and a metric chooser drive a chart of what was added per day
// (per hour for the first two days) with one line per platform in its
// colour, a "predicted vs actual" chart for the whole campaign (the total so
// far by platform, the estimate prorated to today and the whole estimate),
// and tiles for impressions, reach, clicks, spend, click-through rate and
// cost per click. Until the first metrics sync the page says when results
// will appear. "Export CSV…" saves the campaign's samples.
//
// The database is read on a worker thread with its own connection whenever
// the page is shown, the campaign changes or refresh() is called (the
// tracking thread calls it after a pass); exports are written on a worker too.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    enum class Kpi { Impressions, Reach, Clicks, Spend, ClickThroughRate, CostPerClick };
    static constexpr int kKpiCount = 6;

    // database may be null (unavailable): the page then shows its empty state.
    DashboardPage(const Clock &clock, const Database *database, QWidget *parent = nullptr);
    ~DashboardPage() override;

    qint64 campaignId() const { return m_data.campaignId; }
    void setCampaign(qint64 campaignId);
    // nullopt: all platforms.
    void setPlatformFilter(std::optional<Platform> platform);
    std::optional<Platform> platformFilter() const;
    void setMetric(Metric metric);
    Metric metric() const;

    bool isLoading() const;
    bool isShowingEmptyState() const;
    QChart *timeChart() const { return m_timeChart; }
    QChart *predictedChart() const { return m_predictedChart; }
    QString kpiText(Kpi kpi) const;
    QString paceText() const;
    QString bannerText() const;
    QString exportStatusText() const;

    // Writes the chosen campaign's results to path on a worker thread;
    // exportFinished follows. The Export button asks for the path first.
    void exportCsvTo(const QString &path);

public Q_SLOTS:
    // Reads everything again (off the GUI thread); loaded() follows.
    void refresh();

Q_SIGNALS:
    void loaded(bool ok);
    void exportFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct ExportOutcome
    {
        bool ok = false;
        int rows = 0;
        QString path;
        QString error;
    };

    QWidget *buildToolbar();
    QWidget *buildContent();
    void retranslateUi();
    void onLoaded();
    void onExported();
    void fillCampaigns();
    void fillPlatforms();
    void fillMetrics();
    void updateResults();
    void updateKpis();
    void updateCharts();
    void updateEmptyState();
    void chooseExportFile();

    const Clock &m_clock;
    const Database *m_database;
    DashboardData m_data;
    qint64 m_requestedCampaign = 0;
    bool m_reloadAgain = false;
    QFutureWatcher<DashboardData> *m_watcher;
    QFutureWatcher<ExportOutcome> *m_exportWatcher;

    QLabel *m_campaignLabel = nullptr;
    QComboBox *m_campaignBox = nullptr;
    QLabel *m_platformLabel = nullptr;
    QComboBox *m_platformBox = nullptr;
    QLabel *m_metricLabel = nullptr;
    QComboBox *m_metricBox = nullptr;
    QLabel *m_updated = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_exportStatus = nullptr;
    MessageBanner *m_banner;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    std::array<KpiTile *, kKpiCount> m_tiles {};
    QChart *m_timeChart = nullptr;
    QChartView *m_timeView = nullptr;
    QChart *m_predictedChart = nullptr;
    QChartView *m_predictedView = nullptr;
    QLabel *m_pace = nullptr;
};

} // namespace cf
