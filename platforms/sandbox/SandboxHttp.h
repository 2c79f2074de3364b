#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace cf::sandbox {

using Json = nlohmann::json;
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as an emulator sees it: the real host it was addressed to
// (taken from the first path segment, which is how EndpointMap rewrites
// real URLs onto the sandbox) and the path below that host.
struct SandboxRequest
{
    QByteArray method;  // upper case, "GET"
    QString host;       // "graph.facebook.com", or a fixed prefix such as "mailchimp"
    QString path;       // decoded path below the host, starting with '/'
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QString baseUrl;    // "http://127.0.0.1:PORT", for links back into the sandbox

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
    bool hasHeader(const QByteArray &name) const;
    QString queryValue(const QString &key) const;     // fully decoded
    bool hasQuery(const QString &key) const;
    QByteArray contentType() const;                   // lower case, no parameters
    bool isForm() const;
    QUrlQuery form() const;                           // application/x-www-form-urlencoded body
    QString formValue(const QString &key) const;
    std::optional<Json> json() const;                 // nullopt when the body is not a JSON document
    QString bearerToken() const;                      // token of "Authorization: Bearer x", else empty
    QString hostUrl() const;                          // baseUrl + "/" + host
};

// What an emulator answers: status, headers and body.
struct SandboxReply
{
    int status = 200;
    QByteArray contentType;
    HeaderList headers;
    QByteArray body;

    static SandboxReply json(int status, const Json &body);
    static SandboxReply jsonWithType(int status, const Json &body, const QByteArray &contentType);
    static SandboxReply html(int status, const QString &html);
    static SandboxReply text(int status, const QByteArray &text);
    static SandboxReply redirect(const QUrl &location);
    static SandboxReply empty(int status);
    SandboxReply &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

// One part of a multipart/form-data body.
struct MultipartPart
{
    QByteArray name;
    QByteArray fileName;
    QByteArray contentType;
    QByteArray data;
};

// Parses a multipart/form-data body; nullopt when the request is not
// multipart or the body does not follow its boundary.
std::optional<std::vector<MultipartPart>> parseMultipart(const SandboxRequest &request);
const MultipartPart *findPart(const std::vector<MultipartPart> &parts, const QByteArray &name);

// Helpers for emulators.
QString randomToken(int bytes);          // url-safe random text
QByteArray toBytes(const Json &value);   // compact JSON text
QString jsonString(const Json &object, const char *key); // string member or empty
std::string toStd(const QString &text);
QString fromStd(const std::string &text);
// Counts characters as UTF-16 code units (what TikTok and Meta document).
int utf16Length(const QString &text);
// Counts code points (what most "N characters" limits mean).
int codePointLength(const QString &text);

} // namespace cf::sandbox
