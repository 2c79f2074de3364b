#include "platforms/sandbox/MetaGraphSupport.h"

#include <QDateTime>

namespace cf::sandbox {

bool GraphParams::read(const SandboxRequest &request)
{
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        m_values[key] = toStd(value);
    if (request.body.isEmpty())
        return true;
    if (request.isForm()) {
        const auto formItems = request.form().queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : formItems)
            m_values[key] = toStd(value);
        return true;
    }
    if (request.contentType() == "multipart/form-data") {
        auto parts = parseMultipart(request);
        if (!parts)
            return false;
        for (MultipartPart &part : *parts) {
            if (part.fileName.isEmpty())
                m_values[QString::fromUtf8(part.name)] = std::string(part.data.constData(), size_t(part.data.size()));
            else
                m_files.push_back(std::move(part));
        }
        return true;
    }
    if (request.contentType() == "application/json") {
        const auto json = request.json();
        if (!json || !json->is_object())
            return false;
        for (const auto &[key, value] : json->items())
            m_values[fromStd(key)] = value;
        return true;
    }
    return true; // other bodies (raw uploads) carry no parameters
}

QString GraphParams::str(const char *key) const
{
    const auto it = m_values.find(QLatin1String(key));
    if (it == m_values.end())
        return {};
    if (it->second.is_string())
        return fromStd(it->second.get<std::string>());
    return fromStd(it->second.dump());
}

std::optional<Json> GraphParams::structured(const char *key) const
{
    const auto it = m_values.find(QLatin1String(key));
    if (it == m_values.end())
        return std::nullopt;
    if (!it->second.is_string())
        return it->second;
    const std::string &text = it->second.get_ref<const std::string &>();
    Json parsed = Json::parse(text, nullptr, false);
    if (parsed.is_discarded())
        return std::nullopt;
    return parsed;
}

std::optional<bool> GraphParams::boolean(const char *key, bool *valid) const
{
    const auto it = m_values.find(QLatin1String(key));
    if (it == m_values.end())
        return std::nullopt;
    if (it->second.is_boolean())
        return it->second.get<bool>();
    const QString text = str(key).toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    *valid = false;
    return std::nullopt;
}

std::optional<qint64> GraphParams::integer(const char *key, bool *valid) const
{
    const auto it = m_values.find(QLatin1String(key));
    if (it == m_values.end())
        return std::nullopt;
    if (it->second.is_number_integer())
        return it->second.get<qint64>();
    bool ok = false;
    const qint64 value = str(key).toLongLong(&ok);
    if (!ok) {
        *valid = false;
        return std::nullopt;
    }
    return value;
}

QStringList GraphParams::fields() const
{
    QStringList out;
    const QStringList raw = str("fields").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &field : raw)
        out.append(field.trimmed());
    return out;
}

SandboxReply graphError(int httpStatus, int code, const QString &message, int subcode, const QString &type, const Json &extra)
{
    Json error{{"message", toStd(message)}, {"type", toStd(type)}, {"code", code}, {"fbtrace_id", toStd(randomToken(9))}};
    if (subcode)
        error["error_subcode"] = subcode;
    for (const auto &[key, value] : extra.items())
        error[key] = value;
    SandboxReply reply = SandboxReply::json(httpStatus, Json{{"error", error}});
    if (code == 190 || code == 102)
        reply.withHeader("WWW-Authenticate", "OAuth \"Facebook Platform\" \"invalid_token\" \"" + message.toUtf8().replace('"', '\'') + '"');
    return reply;
}

SandboxReply graphTokenError(const TokenCheck &check, const QString &token, bool aboutMe, qint64 nowSecs)
{
    switch (check.state) {
    case TokenState::Missing:
        if (aboutMe)
            return graphError(400, 2500, QStringLiteral("An active access token must be used to query information about the current user."));
        return graphError(400, 104, QStringLiteral("An access token is required to request this resource."));
    case TokenState::Unknown:
        Q_UNUSED(token);
        return graphError(400, 190, QStringLiteral("Invalid OAuth access token - Cannot parse access token"));
    case TokenState::Expired: {
        const QString when = QDateTime::fromSecsSinceEpoch(check.grant.expiresAt, Qt::UTC).toString(QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'UTC'"));
        const QString current = QDateTime::fromSecsSinceEpoch(nowSecs, Qt::UTC).toString(QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'UTC'"));
        return graphError(400, 190, QStringLiteral("Error validating access token: Session has expired on %1. The current time is %2.").arg(when, current), 463);
    }
    case TokenState::Revoked:
        return graphError(400, 190, QStringLiteral("Error validating access token: The user has not authorized application %1.").arg(check.grant.clientId), 458);
    case TokenState::Valid:
        break;
    }
    return graphError(500, 1, QStringLiteral("An unknown error occurred"));
}

SandboxReply graphUnsupported(const QByteArray &method, const QString &objectId)
{
    const QString verb = method == "POST" ? QStringLiteral("post") : method == "DELETE" ? QStringLiteral("delete") : QStringLiteral("get");
    return graphError(400, 100, QStringLiteral("Unsupported %1 request. Object with ID '%2' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api")
                                    .arg(verb, objectId),
                      33, QStringLiteral("GraphMethodException"));
}

SandboxReply graphMissingPermission(const QString &permission)
{
    return graphError(403, 200, QStringLiteral("(#200) Requires %1 permission to manage the object").arg(permission));
}

SandboxReply graphInvalidParameter(const QString &message, int subcode)
{
    return graphError(400, 100, QStringLiteral("(#100) %1").arg(message), subcode);
}

bool graphIsHttpsUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

} // namespace cf::sandbox
