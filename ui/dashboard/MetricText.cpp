#include "ui/dashboard/MetricText.h"

#include "models/domain/Money.h"

#include <QCoreApplication>

#include <cmath>

namespace cf {

QString metricDisplayName(Metric metric)
{
    switch (metric) {
    case Metric::Impressions: return QCoreApplication::translate("cf::MetricText", "Impressions");
    case Metric::Reach: return QCoreApplication::translate("cf::MetricText", "Reach");
    case Metric::Clicks: return QCoreApplication::translate("cf::MetricText", "Clicks");
    case Metric::Engagements: return QCoreApplication::translate("cf::MetricText", "Engagements");
    case Metric::Conversions: return QCoreApplication::translate("cf::MetricText", "Conversions");
    case Metric::VideoViews: return QCoreApplication::translate("cf::MetricText", "Video views");
    case Metric::SpendMinor: return QCoreApplication::translate("cf::MetricText", "Spend");
    case Metric::Followers: return QCoreApplication::translate("cf::MetricText", "New followers");
    }
    return {};
}

QString formatMetricValue(Metric metric, double value, const QString &currency, const QLocale &locale)
{
    if (metric == Metric::SpendMinor)
        return formatMoney(Money{qint64(std::llround(value)), currency}, locale);
    return locale.toString(qint64(std::llround(value)));
}

double chartScale(Metric metric, const QString &currency)
{
    return metric == Metric::SpendMinor ? 1.0 / double(minorUnitsPerMajor(currency)) : 1.0;
}

} // namespace cf
