#include "platforms/auth/AuthTypes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cf {

namespace {

QString instantText(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime instantFrom(const QJsonValue &v)
{
    const QString text = v.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QJsonObject objectFrom(const QByteArray &text, bool *ok)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

} // namespace

QByteArray TokenSet::toJson() const
{
    QJsonObject o{{QStringLiteral("access_token"), accessToken},
                  {QStringLiteral("refresh_token"), refreshToken},
                  {QStringLiteral("token_type"), tokenType},
                  {QStringLiteral("expires_at"), instantText(expiresAt)},
                  {QStringLiteral("refresh_expires_at"), instantText(refreshExpiresAt)},
                  {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                  {QStringLiteral("extra"), extra}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool TokenSet::fromJson(const QByteArray &text)
{
    bool ok = false;
    const QJsonObject o = objectFrom(text, &ok);
    if (!ok || !o.value(QStringLiteral("access_token")).isString())
        return false;
    TokenSet t;
    t.accessToken = o.value(QStringLiteral("access_token")).toString();
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    t.tokenType = o.value(QStringLiteral("token_type")).toString();
    t.expiresAt = instantFrom(o.value(QStringLiteral("expires_at")));
    t.refreshExpiresAt = instantFrom(o.value(QStringLiteral("refresh_expires_at")));
    for (const QJsonValue &s : o.value(QStringLiteral("scopes")).toArray())
        t.scopes << s.toString();
    t.extra = o.value(QStringLiteral("extra")).toObject();
    *this = t;
    return true;
}

QByteArray AppCredentials::toJson() const
{
    QJsonObject o{{QStringLiteral("client_id"), clientId},
                  {QStringLiteral("client_secret"), clientSecret},
                  {QStringLiteral("redirect_uri"), redirectUri},
                  {QStringLiteral("redirect_kind"), redirectKind}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool AppCredentials::fromJson(const QByteArray &text)
{
    bool ok = false;
    const QJsonObject o = objectFrom(text, &ok);
    if (!ok || !o.value(QStringLiteral("client_id")).isString())
        return false;
    clientId = o.value(QStringLiteral("client_id")).toString();
    clientSecret = o.value(QStringLiteral("client_secret")).toString();
    redirectUri = o.value(QStringLiteral("redirect_uri")).toString();
    redirectKind = o.value(QStringLiteral("redirect_kind")).toString();
    return true;
}

} // namespace cf
