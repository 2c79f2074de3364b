#include "platforms/sandbox/SandboxControl.h"

namespace cf::sandbox {

namespace {
SandboxReply controlError(int status, const QString &message)
{
    return SandboxReply::json(status, Json{{"error", toStd(message)}});
}
} // namespace

SandboxReply SandboxControl::handle(const SandboxRequest &request)
{
    const QString &path = request.path;
    const QByteArray &method = request.method;
    if (path == QLatin1String("/health") && method == "GET")
        return SandboxReply::json(200, Json{{"ok", true}});
    if (path == QLatin1String("/requests")) {
        if (method == "GET") {
            const Json list = m_parts.recorder.toJson(request.queryValue(QStringLiteral("host")), request.queryValue(QStringLiteral("path_regex")),
                                                      request.queryValue(QStringLiteral("method")).toLatin1());
            return SandboxReply::json(200, Json{{"requests", list}});
        }
        if (method == "DELETE") {
            m_parts.recorder.clear();
            return SandboxReply::json(200, Json{{"ok", true}});
        }
    }
    if (path == QLatin1String("/reset") && method == "POST") {
        m_parts.resetAll();
        return SandboxReply::json(200, Json{{"ok", true}});
    }
    if (path == QLatin1String("/faults")) {
        if (method == "POST") {
            const auto json = request.json();
            if (!json)
                return controlError(400, QStringLiteral("the body must be a JSON fault description"));
            QString error;
            const auto id = m_parts.faults.add(*json, &error);
            if (!id)
                return controlError(400, error);
            return SandboxReply::json(201, Json{{"id", *id}});
        }
        if (method == "GET")
            return SandboxReply::json(200, Json{{"faults", m_parts.faults.toJson()}});
        if (method == "DELETE") {
            m_parts.faults.clear();
            return SandboxReply::json(200, Json{{"ok", true}});
        }
    }
    if (path == QLatin1String("/clock")) {
        if (method == "POST") {
            const auto json = request.json();
            if (!json || !json->is_object() || !json->contains("advance") || !(*json)["advance"].is_number_integer()
                || (*json)["advance"].get<qint64>() < 0)
                return controlError(400, QStringLiteral("send {\"advance\": seconds} with a non-negative integer"));
            m_parts.clock.advance((*json)["advance"].get<qint64>());
        } else if (method != "GET") {
            return controlError(405, QStringLiteral("use GET or POST"));
        }
        return SandboxReply::json(200, Json{{"offset", m_parts.clock.offset()}, {"now", m_parts.clock.nowSecs()}});
    }
    if (path == QLatin1String("/state") && method == "GET")
        return SandboxReply::json(200, m_parts.seed.toJson());
    if (path == QLatin1String("/seed") && method == "POST") {
        const auto json = request.json();
        QString error;
        if (!json || !m_parts.seed.apply(*json, &error))
            return controlError(400, error.isEmpty() ? QStringLiteral("the body must be a JSON seed") : error);
        return SandboxReply::json(200, m_parts.seed.toJson());
    }
    if (path == QLatin1String("/endpoints") && method == "GET")
        return SandboxReply::json(200, m_parts.endpoints());
    return controlError(404, QStringLiteral("unknown control endpoint %1 %2").arg(QString::fromLatin1(method), path));
}

} // namespace cf::sandbox
