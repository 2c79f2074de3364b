#include "platforms/metrics/MetricsReadSupport.h"

#include <QCoreApplication>

#include <cmath>

namespace cf::metricsread {

PublishOutcome unreadableAnswer(const QString &what)
{
    PublishOutcome o;
    o.status = PublishStatus::FailedRetryable;
    o.error = PublishErrorKind::Unknown;
    o.httpStatus = 200;
    o.platformCode = what;
    o.platformMessage = QCoreApplication::translate("cf::MetricsReader",
                                                    "The platform's answer could not be read (%1 missing or malformed).")
                            .arg(what);
    return o;
}

std::optional<qint64> majorTextToMicros(const QString &text)
{
    bool ok = false;
    const double major = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(major) || major < 0)
        return std::nullopt;
    return qint64(std::llround(major * 1000000.0));
}

} // namespace cf::metricsread
