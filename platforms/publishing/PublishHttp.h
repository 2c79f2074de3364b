#pragma once

#include "platforms/publishing/PublishTypes.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QUrl>

#include <functional>
#include <utility>
#include <vector>

class QNetworkAccessManager;
class QObject;

namespace cf {

class EndpointMap;

// One HTTP call an adapter makes, addressed to the platform's real URL.
struct HttpCall
{
    static constexpr int kDefaultTimeoutMs = 60000;

    QByteArray verb = "GET";
    QUrl url; // the platform's own URL; PublishHttp rewrites it through the EndpointMap
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    int timeoutMs = kDefaultTimeoutMs;
    // True when the call applies something on the platform (a post, a
    // container, an upload). Such a call goes out through CreateCallPolicy,
    // so the transport never re-sends it, and a timeout or lost answer
    // makes its outcome Unknown.
    bool creates = false;

    HttpCall &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

// What came back for one HttpCall.
struct HttpResult
{
    int status = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;    // our own per-request timeout fired
    bool requestSent = false; // the request left this machine completely
    QByteArray body;
    QJsonDocument json; // null when the body is not JSON
    QList<QNetworkReply::RawHeaderPair> headers;

    bool transportFailed() const { return status == 0; }
    bool ok() const { return status >= 200 && status < 300; }
    QJsonObject object() const { return json.object(); }
    // The value of a header (name compared case-insensitively); empty when absent.
    QByteArray header(const QByteArray &name) const;
};

// A part of a multipart/form-data body.
struct MultipartField
{
    QByteArray name;
    QByteArray value;
    QByteArray fileName;    // set for file parts
    QByteArray contentType; // set for file parts
};

// The HTTP plumbing every adapter shares: rewrites URLs through the
// EndpointMap (sandbox, proxies), applies per-request timeouts, keeps create
// calls from being silently re-sent, and tells "nothing reached the
// platform" apart from "it may have been applied".
class PublishHttp
{
public:
    PublishHttp(QNetworkAccessManager &network, const EndpointMap &endpoints);

    // Sends call; done is called once on context's thread, never after
    // context is destroyed.
    void send(const HttpCall &call, QObject *context, std::function<void(const HttpResult &)> done) const;

    QUrl rewrite(const QUrl &url) const;

    static HttpCall jsonCall(const QByteArray &verb, const QUrl &url, const QJsonObject &body);
    static HttpCall formCall(const QByteArray &verb, const QUrl &url, const QList<std::pair<QString, QString>> &fields);
    static HttpCall multipartCall(const QByteArray &verb, const QUrl &url, const std::vector<MultipartField> &fields);
    static QByteArray multipartBody(const std::vector<MultipartField> &fields, const QByteArray &boundary);
    static QByteArray bearer(const QString &token);

private:
    QNetworkAccessManager &m_network;
    const EndpointMap &m_endpoints;
};

// The outcome of a call that failed below HTTP (no status), or of a 5xx:
// refused or unresolved before sending → FailedRetryable; a timeout, a reset
// after sending or a 5xx on a create call → Unknown; a 5xx on a read →
// FailedRetryable.
PublishOutcome transportOutcome(const HttpResult &result, bool creates);

} // namespace cf

namespace cf {

// Reads a media file for upload. On failure fills *failure with a permanent
// MediaRejected outcome naming the file (translated) and returns false.
bool readMediaFile(const PublishMedia &media, QByteArray *data, PublishOutcome *failure);

} // namespace cf
