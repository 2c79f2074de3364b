#include "ui/dashboard/ResultsCharts.h"

#include "models/domain/Money.h"
#include "ui/calendar/PlatformPalette.h"
#include "ui/dashboard/MetricText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cf {
namespace {

constexpr int kMaxTimeLabels = 8;
constexpr int kMaxMarkedPoints = 31;

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A value axis from zero to a round number above `max`, in the locale's digits.
QValueAxis *valueAxis(double max, Metric metric)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max * 1.08 : 1.0);
    axis->applyNiceNumbers();
    // Whole numbers, except spend in a currency where the range is small.
    axis->setLabelFormat(metric == Metric::SpendMinor && max < 10 ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    axis->setMinorTickCount(0);
    axis->setTruncateLabels(false);
    return axis;
}

QString bucketLabel(const QDateTime &startUtc, SeriesGranularity granularity, const QTimeZone &zone,
                    const QLocale &locale)
{
    const QDateTime local = startUtc.toTimeZone(zone);
    if (granularity == SeriesGranularity::Day)
        return locale.toString(local.date(), QStringLiteral("d MMM"));
    return locale.toString(local, QStringLiteral("d MMM HH:mm"));
}

} // namespace

void fillTimeChart(QChart *chart, const std::vector<PlatformMetricSeries> &lines, SeriesGranularity granularity,
                   const QTimeZone &zone, const QString &currency, const QLocale &locale)
{
    clearChart(chart);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    if (lines.empty() || lines.front().buckets.empty())
        return;
    const Metric metric = lines.front().metric;
    const double scale = chartScale(metric, currency);
    const qsizetype count = qsizetype(lines.front().buckets.size());

    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype step = std::max<qsizetype>(1, (count + kMaxTimeLabels - 1) / kMaxTimeLabels);
    for (qsizetype i = 0; i < count; i += step)
        xAxis->append(bucketLabel(lines.front().buckets[size_t(i)].startUtc, granularity, zone, locale), double(i));
    // Half a step of room at both ends, so the first and last labels are not cut.
    xAxis->setRange(-0.5, double(count) - 0.5);
    xAxis->setGridLineVisible(false);
    xAxis->setTruncateLabels(false);

    double max = 0;
    chart->addAxis(xAxis, Qt::AlignBottom);
    std::vector<QLineSeries *> added;
    for (const PlatformMetricSeries &line : lines) {
        auto *series = new QLineSeries;
        series->setName(platformDisplayName(line.platform));
        QPen pen(platformColor(line.platform));
        pen.setWidthF(2.5);
        series->setPen(pen);
        series->setPointsVisible(count <= kMaxMarkedPoints);
        for (size_t i = 0; i < line.buckets.size(); ++i) {
            const double y = line.buckets[i].value * scale;
            max = std::max(max, y);
            series->append(double(i), y);
        }
        chart->addSeries(series);
        series->attachAxis(xAxis);
        added.push_back(series);
    }
    QValueAxis *yAxis = valueAxis(max, metric);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QLineSeries *series : added)
        series->attachAxis(yAxis);
}

void fillPredictedChart(QChart *chart, const PredictedChartInput &input, const QLocale &locale)
{
    clearChart(chart);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    const PredictedVsActual &c = input.comparison;
    const double scale = chartScale(c.metric, input.currency);
    const bool hasEstimate = c.estimate.low != 0 || c.estimate.high != 0;

    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.6);
    double max = 0;
    double actual = 0;
    for (const auto &[platform, value] : input.actualByPlatform) {
        auto *set = new QBarSet(platformDisplayName(platform));
        set->setColor(platformColor(platform));
        set->setBorderColor(platformColor(platform));
        *set << value * scale << 0 << 0;
        actual += value * scale;
        series->append(set);
    }
    max = std::max(max, actual);
    if (hasEstimate) {
        const double low = double(std::min(c.estimate.low, c.estimate.high)) * scale;
        const double high = double(std::max(c.estimate.low, c.estimate.high)) * scale;
        const double pacedLow = c.pacedLow * scale;
        const double pacedHigh = c.pacedHigh * scale;
        // Equal ends (a planned amount) draw as a full bar, not a hairline.
        const bool point = low == high;
        auto *base = new QBarSet(QStringLiteral("base"));
        base->setColor(Qt::transparent);
        base->setBorderColor(Qt::transparent);
        *base << 0 << (point ? 0 : pacedLow) << (point ? 0 : low);
        auto *band = new QBarSet(point ? QCoreApplication::translate("cf::ResultsCharts", "Planned") : QCoreApplication::translate("cf::ResultsCharts", "Estimate range"));
        band->setColor(QColor(0x0F, 0x76, 0x6E, 90));
        band->setBorderColor(QColor(0x0F, 0x76, 0x6E));
        *band << 0 << (point ? pacedHigh : pacedHigh - pacedLow) << (point ? high : high - low);
        series->append(base);
        series->append(band);
        max = std::max(max, high);
    }
    chart->addSeries(series);
    // The invisible base is not something to explain in the legend.
    for (QLegendMarker *marker : chart->legend()->markers(series)) {
        if (marker->label() == QLatin1String("base"))
            marker->setVisible(false);
    }
    auto *xAxis = new QBarCategoryAxis;
    // Qt Charts would cut these to a width it guesses before the final layout.
    xAxis->setTruncateLabels(false);
    xAxis->append({QCoreApplication::translate("cf::ResultsCharts", "So far"),
                   QCoreApplication::translate("cf::ResultsCharts", "Due by today"),
                   QCoreApplication::translate("cf::ResultsCharts", "Whole plan")});
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    QValueAxis *yAxis = valueAxis(max, c.metric);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
}

QString paceSentence(const PredictedChartInput &input, const CampaignProgress &progress, const QLocale &locale)
{
    const PredictedVsActual &c = input.comparison;
    const QString actual = formatMetricValue(c.metric, c.actual, input.currency, locale);
    const bool hasEstimate = c.estimate.low != 0 || c.estimate.high != 0;
    if (!hasEstimate)
        return QCoreApplication::translate("cf::ResultsCharts", "%1 so far. The plan has no estimate for %2.").arg(actual, metricDisplayName(c.metric).toLower());
    if (progress.elapsedDays == 0)
        return QCoreApplication::translate("cf::ResultsCharts", "%1 so far. The campaign has not started yet, so nothing is expected by now.").arg(actual);
    const QString low = formatMetricValue(c.metric, c.pacedLow, input.currency, locale);
    const QString high = formatMetricValue(c.metric, c.pacedHigh, input.currency, locale);
    const QString expected = low == high ? low : QCoreApplication::translate("cf::ResultsCharts", "%1 to %2").arg(low, high);
    const QString day = locale.toString(progress.elapsedDays);
    const QString days = locale.toString(progress.totalDays);
    switch (c.verdict) {
    case PaceVerdict::Behind:
        return QCoreApplication::translate("cf::ResultsCharts", "Behind plan: %1 so far; %2 expected by day %3 of %4.").arg(actual, expected, day, days);
    case PaceVerdict::Ahead:
        return QCoreApplication::translate("cf::ResultsCharts", "Ahead of plan: %1 so far; %2 expected by day %3 of %4.").arg(actual, expected, day, days);
    case PaceVerdict::OnTrack:
        return QCoreApplication::translate("cf::ResultsCharts", "On track: %1 so far; %2 expected by day %3 of %4.").arg(actual, expected, day, days);
    case PaceVerdict::NoEstimate: break;
    }
    return QCoreApplication::translate("cf::ResultsCharts", "%1 so far.").arg(actual);
}

} // namespace cf
