#pragma once

#include "platforms/sandbox/SandboxHttp.h"

#include <vector>

namespace cf::sandbox {

// Keeps every request the sandbox received, in order, with the answer it
// gave, so tests can assert exactly what a client sent. Authorization headers
// are kept verbatim: the sandbox only ever runs in tests.
class RequestRecorder
{
public:
    struct Entry
    {
        qint64 sequence = 0;
        QString receivedAt; // ISO UTC, sandbox clock
        QByteArray method;
        QString host;
        QString path;
        QString query;
        HeaderList headers;
        QByteArray body;
        int status = 0;      // 0 when no answer was sent (dropped connection)
        QString fault;       // fault kind applied, empty when none
    };

    // Appends an entry and returns its sequence number.
    qint64 record(const SandboxRequest &request, const QString &receivedAt);
    void setOutcome(qint64 sequence, int status, const QString &fault);
    void clear();
    // Entries as JSON; filters are optional (empty = any).
    Json toJson(const QString &host, const QString &pathRegex, const QByteArray &method) const;
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
    std::vector<Entry> m_entries;
    qint64 m_nextSequence = 1;
};

} // namespace cf::sandbox
