#pragma once

#include <QDateTime>

namespace cf::sandbox {

// The sandbox's notion of now: wall-clock time plus an offset that tests move
// forward through POST /_sandbox/clock, so code, token and container expiry
// can be exercised without waiting.
class SandboxClock
{
public:
    qint64 nowSecs() const { return QDateTime::currentSecsSinceEpoch() + m_offsetSecs; }
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSecs); }
    void advance(qint64 seconds) { m_offsetSecs += seconds; }
    qint64 offset() const { return m_offsetSecs; }
    void reset() { m_offsetSecs = 0; }

private:
    qint64 m_offsetSecs = 0;
};

} // namespace cf::sandbox
