#pragma once

#include "platforms/sandbox/OAuthEmulator.h"
#include "platforms/sandbox/SandboxHttp.h"

#include <map>

namespace cf::sandbox {

// Parameters of one Graph API call. Graph accepts them in the query string,
// a form body, multipart fields or a JSON body, and object parameters
// (targeting, attached_media) as JSON text inside form fields.
class GraphParams
{
public:
    // False when a body is present but cannot be read (malformed JSON or multipart).
    bool read(const SandboxRequest &request);
    bool has(const char *key) const { return m_values.count(QLatin1String(key)) > 0; }
    QString str(const char *key) const;
    std::optional<Json> structured(const char *key) const;
    // nullopt when absent; *valid false when present but not a boolean.
    std::optional<bool> boolean(const char *key, bool *valid) const;
    std::optional<qint64> integer(const char *key, bool *valid) const;
    const std::vector<MultipartPart> &files() const { return m_files; }
    QStringList fields() const; // the "fields" parameter split on commas

private:
    std::map<QString, Json> m_values;
    std::vector<MultipartPart> m_files;
};

// One Graph call after routing: path segments below the version, parameters
// and the state of the access token that came with it.
struct MetaCall
{
    const SandboxRequest &request;
    GraphParams params;
    QStringList segments;
    int version = 0; // 0 = unversioned path
    QString rawToken;
    TokenCheck token;
};

// The Graph error envelope {"error":{message,type,code,error_subcode,fbtrace_id,...}}.
SandboxReply graphError(int httpStatus, int code, const QString &message, int subcode = 0,
                        const QString &type = QStringLiteral("OAuthException"), const Json &extra = Json::object());
// The answer for a missing, unknown, expired or revoked token.
SandboxReply graphTokenError(const TokenCheck &check, const QString &token, bool aboutMe, qint64 nowSecs);
// Code 100 subcode 33: unknown object or unsupported edge.
SandboxReply graphUnsupported(const QByteArray &method, const QString &objectId);
// Code 200 (permission) naming the missing permission.
SandboxReply graphMissingPermission(const QString &permission);
SandboxReply graphInvalidParameter(const QString &message, int subcode = 0);
bool graphIsHttpsUrl(const QString &text);

} // namespace cf::sandbox
