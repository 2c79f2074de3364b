#include "ui/dashboard/DashboardPage.h"

#include "app/core/Clock.h"
#include "app/tracking/MetricsCsvExport.h"
#include "models/store/Database.h"
#include "ui/UiLog.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/dashboard/MetricText.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageBanner.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cf {
namespace {

enum StackIndex { EmptyIndex, ContentIndex };

QChartView *makeChartView(QChart *chart, QWidget *parent)
{
    chart->setBackgroundRoundness(8);
    // A little room on the left so the value labels do not touch the frame.
    chart->setMargins(QMargins(14, 6, 10, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    // Charts are drawn left to right in both languages (see updateCharts);
    // the view's own direction must agree or Arabic axis labels are clipped.
    view->setLayoutDirection(Qt::LeftToRight);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

} // namespace

DashboardPage::DashboardPage(const Clock &clock, const Database *database, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_database(database),
      m_watcher(new QFutureWatcher<DashboardData>(this)),
      m_exportWatcher(new QFutureWatcher<ExportOutcome>(this)),
      m_banner(new MessageBanner(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(QStringLiteral(":/icons/empty-dashboard.svg"), this))
{
    m_banner->setObjectName(QStringLiteral("dashboardBanner"));
    m_banner->hide();
    m_stack->setObjectName(QStringLiteral("dashboardStack"));
    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(buildContent());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_watcher, &QFutureWatcher<DashboardData>::finished, this, &DashboardPage::onLoaded);
    connect(m_exportWatcher, &QFutureWatcher<ExportOutcome>::finished, this, &DashboardPage::onExported);
    retranslateUi();
    updateEmptyState();
}

DashboardPage::~DashboardPage()
{
    // The workers hold no pointer to the page, but their results are
    // delivered to it: wait rather than leave them running past it.
    m_watcher->waitForFinished();
    m_exportWatcher->waitForFinished();
}

QWidget *DashboardPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    m_campaignLabel = new QLabel(bar);
    m_campaignBox = new QComboBox(bar);
    m_platformLabel = new QLabel(bar);
    m_platformBox = new QComboBox(bar);
    m_metricLabel = new QLabel(bar);
    m_metricBox = new QComboBox(bar);
    m_updated = new QLabel(bar);
    m_exportButton = new QPushButton(bar);
    m_campaignBox->setObjectName(QStringLiteral("dashboardCampaign"));
    m_platformBox->setObjectName(QStringLiteral("dashboardPlatform"));
    m_metricBox->setObjectName(QStringLiteral("dashboardMetric"));
    m_updated->setObjectName(QStringLiteral("dashboardUpdated"));
    m_exportButton->setObjectName(QStringLiteral("dashboardExport"));
    m_campaignBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_campaignBox->setMinimumContentsLength(16);
    m_campaignLabel->setBuddy(m_campaignBox);
    m_platformLabel->setBuddy(m_platformBox);
    m_metricLabel->setBuddy(m_metricBox);
    m_updated->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_campaignLabel);
    layout->addWidget(m_campaignBox, 1);
    layout->addSpacing(12);
    layout->addWidget(m_platformLabel);
    layout->addWidget(m_platformBox);
    layout->addSpacing(12);
    layout->addWidget(m_metricLabel);
    layout->addWidget(m_metricBox);
    layout->addStretch(1);
    layout->addWidget(m_updated);
    layout->addWidget(m_exportButton);

    connect(m_campaignBox, &QComboBox::activated, this, [this](int index) {
        setCampaign(m_campaignBox->itemData(index).toLongLong());
    });
    connect(m_platformBox, &QComboBox::currentIndexChanged, this, [this] { updateResults(); });
    connect(m_metricBox, &QComboBox::currentIndexChanged, this, [this] { updateCharts(); });
    connect(m_exportButton, &QPushButton::clicked, this, &DashboardPage::chooseExportFile);
    return bar;
}

QWidget *DashboardPage::buildContent()
{
    auto *content = new QWidget(this);
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    for (int i = 0; i < kKpiCount; ++i) {
        m_tiles[size_t(i)] = new KpiTile(content);
        m_tiles[size_t(i)]->setObjectName(QStringLiteral("kpi%1").arg(i));
        tiles->addWidget(m_tiles[size_t(i)], 1);
    }
    m_timeChart = new QChart;
    m_timeView = makeChartView(m_timeChart, content);
    m_timeView->setObjectName(QStringLiteral("dashboardTimeChart"));
    m_predictedChart = new QChart;
    m_predictedView = makeChartView(m_predictedChart, content);
    m_predictedView->setObjectName(QStringLiteral("dashboardPredictedChart"));
    m_pace = new QLabel(content);
    m_pace->setObjectName(QStringLiteral("dashboardPace"));
    m_pace->setWordWrap(true);

    auto *predicted = new QVBoxLayout;
    predicted->addWidget(m_predictedView, 1);
    predicted->addWidget(m_pace);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_timeView, 3);
    charts->addLayout(predicted, 2);
    m_exportStatus = new QLabel(content);
    m_exportStatus->setObjectName(QStringLiteral("dashboardExportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->hide();

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tiles);
    layout->addLayout(charts, 1);
    layout->addWidget(m_exportStatus);
    return content;
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DashboardPage::retranslateUi()
{
    m_campaignLabel->setText(tr("&Campaign:"));
    m_platformLabel->setText(tr("&Platform:"));
    m_metricLabel->setText(tr("&Metric:"));
    m_exportButton->setText(tr("Export CSV…"));
    m_exportButton->setToolTip(tr("Save every measured value of this campaign as a spreadsheet file"));
    m_empty->setTitle(tr("No results yet"));
    m_empty->setExplanation(tr("Results appear here after the first sync, about an hour after publishing."));
    const QString captions[kKpiCount] = {tr("Impressions"), tr("Reach"), tr("Clicks"),
                                         tr("Spend"), tr("Click-through rate"), tr("Cost per click")};
    for (int i = 0; i < kKpiCount; ++i)
        m_tiles[size_t(i)]->setCaption(captions[i]);
    // Names, numbers and dates follow the language: rebuild what shows them.
    fillPlatforms();
    fillMetrics();
    updateResults();
}

void DashboardPage::refresh()
{
    if (!m_database || !m_database->isOpen()) {
        updateEmptyState();
        return;
    }
    if (m_watcher->isRunning()) {
        m_reloadAgain = true; // the running read may predate the change
        return;
    }
    m_watcher->setFuture(QtConcurrent::run(&DashboardData::load, m_database->filePath(), m_requestedCampaign));
}

bool DashboardPage::isLoading() const
{
    return m_watcher->isRunning();
}

void DashboardPage::setCampaign(qint64 campaignId)
{
    if (campaignId == m_requestedCampaign && campaignId == m_data.campaignId)
        return;
    m_requestedCampaign = campaignId;
    refresh();
}

void DashboardPage::onLoaded()
{
    DashboardData loadedData = m_watcher->result();
    const bool ok = loadedData.error.isEmpty();
    if (ok) {
        m_data = std::move(loadedData);
        m_requestedCampaign = m_data.campaignId;
        m_banner->hide();
    } else {
        qCWarning(lcUi) << "dashboard:" << loadedData.error;
        m_banner->setMessage(MessageBanner::Severity::Error, loadedData.error);
        m_banner->show();
    }
    fillCampaigns();
    fillPlatforms();
    fillMetrics();
    updateResults();
    if (m_reloadAgain) {
        m_reloadAgain = false;
        refresh();
    }
    Q_EMIT loaded(ok);
}

void DashboardPage::fillCampaigns()
{
    const QSignalBlocker block(m_campaignBox);
    m_campaignBox->clear();
    for (const DashboardCampaignChoice &choice : m_data.campaigns)
        m_campaignBox->addItem(choice.name, choice.id);
    m_campaignBox->setCurrentIndex(m_campaignBox->findData(m_data.campaignId));
    m_campaignBox->setEnabled(m_campaignBox->count() > 0);
}

void DashboardPage::fillPlatforms()
{
    const std::optional<Platform> before = platformFilter();
    const QSignalBlocker block(m_platformBox);
    m_platformBox->clear();
    m_platformBox->addItem(tr("All platforms"), QString());
    for (Platform platform : m_data.series.platforms())
        m_platformBox->addItem(platformDisplayName(platform), platformId(platform));
    const int index = before ? m_platformBox->findData(platformId(*before)) : 0;
    m_platformBox->setCurrentIndex(index < 0 ? 0 : index);
}

void DashboardPage::fillMetrics()
{
    // No optional here: GCC 12 at -O1 warns (wrongly) that it may be read uninitialised.
    const Metric before = m_metricBox->count() > 0 ? metric() : Metric::Impressions;
    const QSignalBlocker block(m_metricBox);
    m_metricBox->clear();
    std::vector<Metric> metrics = m_data.series.metrics();
    if (metrics.empty())
        metrics = {Metric::Impressions};
    for (Metric m : metrics)
        m_metricBox->addItem(metricDisplayName(m), enumId(m));
    int index = m_metricBox->findData(enumId(before));
    if (index < 0)
        index = m_metricBox->findData(enumId(Metric::Impressions));
    m_metricBox->setCurrentIndex(index < 0 ? 0 : index);
}

std::optional<Platform> DashboardPage::platformFilter() const
{
    return platformFromId(m_platformBox->currentData().toString());
}

void DashboardPage::setPlatformFilter(std::optional<Platform> platform)
{
    const int index = platform ? m_platformBox->findData(platformId(*platform)) : 0;
    if (index >= 0)
        m_platformBox->setCurrentIndex(index);
}

Metric DashboardPage::metric() const
{
    return enumFromId<Metric>(m_metricBox->currentData().toString()).value_or(Metric::Impressions);
}

void DashboardPage::setMetric(Metric metric)
{
    const int index = m_metricBox->findData(enumId(metric));
    if (index >= 0)
        m_metricBox->setCurrentIndex(index);
}

bool DashboardPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == EmptyIndex;
}

void DashboardPage::updateEmptyState()
{
    const bool empty = m_data.series.isEmpty();
    m_stack->setCurrentIndex(empty ? EmptyIndex : ContentIndex);
    m_platformBox->setEnabled(!empty);
    m_metricBox->setEnabled(!empty);
    m_exportButton->setEnabled(!empty && !m_exportWatcher->isRunning());
    m_empty->setDetail(m_data.campaignId == 0 ? tr("There are no campaigns yet.") : QString());
    m_updated->setText(m_data.lastSampledUtc.isValid()
                           ? tr("Updated %1").arg(QLocale().toString(m_data.lastSampledUtc.toLocalTime(),
                                                                      QLocale::ShortFormat))
                           : QString());
}

void DashboardPage::updateResults()
{
    updateEmptyState();
    updateKpis();
    updateCharts();
}

QString DashboardPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString DashboardPage::exportStatusText() const
{
    return m_exportStatus->isHidden() ? QString() : m_exportStatus->text();
}

void DashboardPage::chooseExportFile()
{
    const QString suggested = QDir::home().filePath(tr("results-%1.csv").arg(m_data.campaignId));
    auto *dialog = new QFileDialog(this, tr("Export results"), suggested, tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &DashboardPage::exportCsvTo);
    dialog->open();
}

void DashboardPage::exportCsvTo(const QString &path)
{
    if (!m_database || m_data.campaignId == 0 || m_exportWatcher->isRunning())
        return;
    m_exportButton->setEnabled(false);
    const QString dbPath = m_database->filePath();
    const qint64 campaign = m_data.campaignId;
    m_exportWatcher->setFuture(QtConcurrent::run([dbPath, campaign, path] {
        ExportOutcome outcome;
        outcome.path = path;
        Database db;
        DatabaseOptions options;
        options.createIfMissing = false;
        options.migrate = false;
        if (!db.open(dbPath, Database::connectionNameForCurrentThread(QStringLiteral("cf-dashboard-export")), options)) {
            outcome.error = db.error().fullText();
            return outcome;
        }
        auto rows = MetricsCsvExport::load(db, campaign);
        if (!rows) {
            outcome.error = rows.error().fullText();
            return outcome;
        }
        outcome.rows = int(rows->size());
        outcome.ok = MetricsCsvExport::writeFile(path, MetricsCsvExport::toCsv(rows.value()), &outcome.error);
        return outcome;
    }));
}

void DashboardPage::onExported()
{
    const ExportOutcome outcome = m_exportWatcher->result();
    updateEmptyState(); // enables the button again
    const QString message = outcome.ok
        ? tr("%n result row(s) saved to %1.", nullptr, outcome.rows).arg(QDir::toNativeSeparators(outcome.path))
        : tr("The results were not exported. %1").arg(outcome.error);
    m_exportStatus->setText(message);
    m_exportStatus->setStyleSheet(outcome.ok ? QStringLiteral("color: #0B4F4A;") : QStringLiteral("color: #B42318;"));
    m_exportStatus->show();
    Q_EMIT exportFinished(outcome.ok, message);
}

} // namespace cf
