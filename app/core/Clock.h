#pragma once

#include <QDateTime>

namespace cf {

// Every time-dependent decision (scheduling, expiry, "is this date in the
// past?") asks a Clock instead of QDateTime directly, so tests can move time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate todayUtc() const { return nowUtc().date(); }
};

// The real clock.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to; for tests and for the CLI's --today.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace cf
