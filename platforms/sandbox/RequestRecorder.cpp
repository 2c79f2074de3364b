#include "platforms/sandbox/RequestRecorder.h"

#include <QRegularExpression>

namespace cf::sandbox {

qint64 RequestRecorder::record(const SandboxRequest &request, const QString &receivedAt)
{
    Entry entry;
    entry.sequence = m_nextSequence++;
    entry.receivedAt = receivedAt;
    entry.method = request.method;
    entry.host = request.host;
    entry.path = request.path;
    entry.query = request.query.toString(QUrl::FullyEncoded);
    entry.headers = request.headers;
    entry.body = request.body;
    m_entries.push_back(std::move(entry));
    return m_entries.back().sequence;
}

void RequestRecorder::setOutcome(qint64 sequence, int status, const QString &fault)
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->sequence == sequence) {
            it->status = status;
            it->fault = fault;
            return;
        }
    }
}

void RequestRecorder::clear()
{
    m_entries.clear();
}

Json RequestRecorder::toJson(const QString &host, const QString &pathRegex, const QByteArray &method) const
{
    const QRegularExpression pathFilter(pathRegex);
    Json out = Json::array();
    for (const Entry &entry : m_entries) {
        if (!host.isEmpty() && entry.host != host)
            continue;
        if (!method.isEmpty() && entry.method != method.toUpper())
            continue;
        if (!pathRegex.isEmpty() && !pathFilter.match(entry.path).hasMatch())
            continue;
        Json headers = Json::object();
        for (const auto &[name, value] : entry.headers)
            headers[name.toLower().toStdString()] = std::string(value.constData(), size_t(value.size()));
        Json item{{"sequence", entry.sequence},
                  {"received_at", toStd(entry.receivedAt)},
                  {"method", entry.method.toStdString()},
                  {"host", toStd(entry.host)},
                  {"path", toStd(entry.path)},
                  {"query", toStd(entry.query)},
                  {"headers", headers},
                  {"body_size", entry.body.size()},
                  {"status", entry.status},
                  {"fault", toStd(entry.fault)}};
        // Text bodies as text; anything that is not UTF-8 as base64.
        const QByteArray kept = entry.body.left(kMaxBodyBytes);
        const QString text = QString::fromUtf8(kept);
        if (text.toUtf8() == kept)
            item["body"] = toStd(text);
        else
            item["body_base64"] = kept.toBase64().toStdString();
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace cf::sandbox
