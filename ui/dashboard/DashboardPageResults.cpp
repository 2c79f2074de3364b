// DashboardPage: the tiles and the two charts, rebuilt from the loaded data
// whenever the platform, the metric or the language changes.
#include "app/core/Clock.h"
#include "app/tracking/ResultsComparison.h"
#include "models/domain/Money.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/dashboard/MetricText.h"
#include "ui/dashboard/ResultsCharts.h"

#include <QChart>
#include <QChartView>
#include <QLabel>

#include <cmath>

namespace cf {
namespace {

QTimeZone campaignZone(const Campaign &campaign)
{
    const QTimeZone zone(campaign.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

// Charts draw their own text: give them the page's direction and font so
// Arabic reads right to left in the legend and titles.
void styleChart(QChart *chart, const QWidget *page)
{
    chart->setFont(page->font());
    chart->legend()->setFont(page->font());
    QFont title = page->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.1);
    chart->setTitleFont(title);
}

} // namespace

QString DashboardPage::kpiText(Kpi kpi) const
{
    return m_tiles[size_t(kpi)]->value();
}

QString DashboardPage::paceText() const
{
    return m_pace->text();
}

void DashboardPage::updateKpis()
{
    const QLocale locale;
    const QString currency = m_data.campaign.budget.amount.currency;
    const ResultsKpis kpis = resultsKpis(m_data.series, platformFilter());
    const QString none = tr("—");
    auto set = [this](Kpi kpi, const QString &text) { m_tiles[size_t(kpi)]->setValue(text); };
    set(Kpi::Impressions, formatMetricValue(Metric::Impressions, kpis.impressions, currency, locale));
    set(Kpi::Reach, formatMetricValue(Metric::Reach, kpis.reach, currency, locale));
    set(Kpi::Clicks, formatMetricValue(Metric::Clicks, kpis.clicks, currency, locale));
    set(Kpi::Spend, formatMetricValue(Metric::SpendMinor, kpis.spendMinor, currency, locale));
    set(Kpi::ClickThroughRate,
        kpis.clickThroughRate ? tr("%1%").arg(locale.toString(*kpis.clickThroughRate * 100.0, 'f', 2)) : none);
    set(Kpi::CostPerClick, kpis.costPerClickMinor
                               ? formatMoney(Money{qint64(std::llround(*kpis.costPerClickMinor)), currency}, locale)
                               : none);
    m_tiles[size_t(Kpi::Reach)]->setToolTip(
        tr("Reach is added up across posts and ad sets; people reached by more than one count more than once."));
    m_tiles[size_t(Kpi::ClickThroughRate)]->setToolTip(tr("Clicks divided by impressions"));
    m_tiles[size_t(Kpi::CostPerClick)]->setToolTip(
        tr("Spend divided by clicks; shown when the platforms report spend (paid ads)"));
}

void DashboardPage::updateCharts()
{
    const QLocale locale;
    const Metric chosen = metric();
    const std::optional<Platform> platform = platformFilter();
    const QString currency = m_data.campaign.budget.amount.currency;
    const QTimeZone zone = campaignZone(m_data.campaign);
    styleChart(m_timeChart, this);
    styleChart(m_predictedChart, this);
    // Charts stay left to right in Arabic too: time runs from left to right
    // and the value axis stays on the left, the way number lines and most
    // Arabic analytics screens draw them. (Qt Charts does not mirror its
    // axes; a right-to-left chart only pushed the axis labels out of the
    // plot.) Labels, digits and dates still follow the language.
    m_timeChart->setLayoutDirection(Qt::LeftToRight);
    m_predictedChart->setLayoutDirection(Qt::LeftToRight);

    // From the campaign's first day (or the first sample, if earlier) to the
    // newest sample: the chart shows the quiet days before results too.
    MetricsSeriesOptions options;
    options.zone = zone;
    options.toUtc = m_data.series.lastSampleUtc();
    options.fromUtc = m_data.series.firstSampleUtc();
    if (m_data.campaign.startDate.isValid()) {
        const QDateTime start = QDateTime(m_data.campaign.startDate, QTime(0, 0), zone).toUTC();
        if (start < options.fromUtc)
            options.fromUtc = start;
    }
    const SeriesGranularity granularity = m_data.series.granularityFor(options);
    const auto lines = m_data.series.series(chosen, options, platform);
    fillTimeChart(m_timeChart, lines, granularity, zone, currency, locale);
    const QString name = metricDisplayName(chosen);
    QString title = granularity == SeriesGranularity::Hour ? tr("%1 per hour").arg(name) : tr("%1 per day").arg(name);
    if (chosen == Metric::SpendMinor && !currency.isEmpty())
        title = tr("%1 (%2)").arg(title, currency);
    m_timeChart->setTitle(title);

    PredictedChartInput input;
    input.currency = currency;
    for (Platform p : m_data.series.platforms()) {
        if (m_data.series.has(chosen, p))
            input.actualByPlatform.emplace_back(p, m_data.series.total(chosen, p));
    }
    std::optional<EstimateRange> estimate = estimateFor(m_data.campaign.estimated, chosen);
    if (chosen == Metric::SpendMinor) {
        const qint64 planned = plannedSpendMinor(m_data.campaign, m_data.adSets);
        if (planned > 0)
            estimate = EstimateRange{planned, planned};
    }
    const QDate today = m_clock.nowUtc().toTimeZone(zone).date();
    const CampaignProgress progress = campaignProgress(m_data.campaign.startDate, m_data.campaign.endDate, today);
    input.comparison = compareWithEstimate(chosen, m_data.series.total(chosen), estimate, progress);
    fillPredictedChart(m_predictedChart, input, locale);
    m_predictedChart->setTitle(tr("Predicted vs actual, whole campaign"));
    m_pace->setText(paceSentence(input, progress, locale));
}

} // namespace cf
