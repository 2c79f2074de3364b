#pragma once

#include "models/domain/MetricSample.h"

#include <QLocale>
#include <QString>

namespace cf {

// The dashboard's words and numbers for metrics: a translated name per
// metric, and values formatted in the current locale (Arabic-Indic digits in
// Arabic); spend, stored in minor units, shown as money in the campaign
// currency.
QString metricDisplayName(Metric metric);
// A whole count ("12,345") or, for spend, money ("123.45 SAR").
QString formatMetricValue(Metric metric, double value, const QString &currency, const QLocale &locale = QLocale());
// How many of the metric's chart units one stored unit is: spend is charted in
// major units (riyals, not halalas), everything else as stored.
double chartScale(Metric metric, const QString &currency);

} // namespace cf
