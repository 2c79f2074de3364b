#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace cf::bench {

// Times `repeat` runs of `body` after one untimed warm-up (first-use costs
// such as lazy tables and page faults must not skew the minimum), and
// prints "min … median … max" in milliseconds. Returns false, with the
// reason in *error, as soon as a run fails.
inline bool timeRuns(int repeat, const std::function<bool(QString *)> &body, QTextStream &out, QString *error)
{
    if (!body(error))
        return false;
    std::vector<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!body(error))
            return false;
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    out << QStringLiteral("min %1 ms  median %2 ms  max %3 ms")
               .arg(ms.front(), 0, 'f', 2)
               .arg(median, 0, 'f', 2)
               .arg(ms.back(), 0, 'f', 2)
        << Qt::endl;
    return true;
}

} // namespace cf::bench
