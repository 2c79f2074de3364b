#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace cf::bench {

// Measures how long the thread's event loop goes without serving a 1 ms
// timer: every gap between two ticks is kept, so the worst stall and the
// 99th percentile can be read afterwards. Ticks arrive late only when the
// loop was busy (or the machine was), which is what the GUI would feel.
class StallMeter : public QObject
{
public:
    explicit StallMeter(QObject *parent = nullptr) : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gapsMs.push_back(double(now - m_last) / 1e6);
            m_last = now;
        });
    }

    void start()
    {
        m_gapsMs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    std::size_t ticks() const { return m_gapsMs.size(); }
    double worstMs() const { return m_gapsMs.empty() ? 0 : *std::max_element(m_gapsMs.begin(), m_gapsMs.end()); }
    // The gap that 99 % of the ticks stayed under.
    double percentileMs(double p) const
    {
        if (m_gapsMs.empty())
            return 0;
        std::vector<double> sorted = m_gapsMs;
        std::sort(sorted.begin(), sorted.end());
        const auto index = std::min(sorted.size() - 1, std::size_t(p / 100.0 * double(sorted.size())));
        return sorted[index];
    }
    std::size_t gapsOver(double ms) const
    {
        return std::size_t(std::count_if(m_gapsMs.begin(), m_gapsMs.end(), [ms](double g) { return g > ms; }));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gapsMs;
};

} // namespace cf::bench
