#pragma once

#include "app/tracking/MetricsSeries.h"
#include "app/tracking/ResultsComparison.h"

#include <QLocale>
#include <QTimeZone>

#include <utility>
#include <vector>

class QChart;

namespace cf {

// Fills a chart with one line per platform (in the platform's colour) of
// what was added each hour or day. Times along the bottom are bucket starts
// in the campaign's time zone, written in the locale's language and digits;
// the value axis starts at zero and uses the locale's digits too. Spend is
// charted in major units of the currency.
void fillTimeChart(QChart *chart, const std::vector<PlatformMetricSeries> &lines, SeriesGranularity granularity,
                   const QTimeZone &zone, const QString &currency, const QLocale &locale);

// What the "predicted vs actual" chart shows for one metric.
struct PredictedChartInput
{
    PredictedVsActual comparison;
    std::vector<std::pair<Platform, double>> actualByPlatform; // stored units
    QString currency;
};

// Fills a chart with three stacked bars: the measured total so far (one
// segment per platform, in platform colours), the range expected by today
// (the estimate prorated over the elapsed days) and the whole campaign's
// estimate. A range is drawn as a band from low to high over an invisible
// base; a range whose ends are equal (planned spend) is a full bar.
void fillPredictedChart(QChart *chart, const PredictedChartInput &input, const QLocale &locale);

// The sentence under the predicted chart: how the total compares with
// what was expected by today, or why there is nothing to compare.
QString paceSentence(const PredictedChartInput &input, const CampaignProgress &progress, const QLocale &locale);

} // namespace cf
