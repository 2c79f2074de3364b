#include "platforms/publishing/PublishHttp.h"

#include "platforms/net/EndpointMap.h"
#include "platforms/publishing/CreateCallPolicy.h"
#include "platforms/publishing/PublishLog.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace cf {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

PublishHttp::PublishHttp(QNetworkAccessManager &network, const EndpointMap &endpoints)
    : m_network(network)
    , m_endpoints(endpoints)
{
}

QUrl PublishHttp::rewrite(const QUrl &url) const
{
    return m_endpoints.rewrite(url);
}

namespace {

// State of one call in flight, shared by the reply's signal handlers and the timer.
struct CallState
{
    QPointer<QNetworkReply> reply;
    QTimer timer;
    bool requestSent = false;
    bool timedOut = false;
    bool finished = false;
};

} // namespace

void PublishHttp::send(const HttpCall &call, QObject *context, std::function<void(const HttpResult &)> done) const
{
    QNetworkRequest request(m_endpoints.rewrite(call.url));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!call.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    for (const auto &[name, value] : call.headers)
        request.setRawHeader(name, value);

    auto state = std::make_shared<CallState>();
    // A create call's body cannot be replayed (CreateCallPolicy.h): Qt would
    // otherwise silently send it again when the connection closes before an
    // answer, applying the create twice.
    state->reply = call.creates ? sendCreateCall(m_network, request, call.verb, call.body)
                                : m_network.sendCustomRequest(request, call.verb, call.body);
    QNetworkReply *reply = state->reply;
    const QByteArray verb = call.verb;
    const QString path = call.url.path();
    QObject::connect(reply, &QNetworkReply::requestSent, context, [state] { state->requestSent = true; });
    state->timer.setSingleShot(true);
    // A weak reference: the timer lives inside the state, so a strong one
    // would keep the state alive for as long as the context lives.
    QObject::connect(&state->timer, &QTimer::timeout, context, [weak = std::weak_ptr<CallState>(state)] {
        const std::shared_ptr<CallState> alive = weak.lock();
        if (!alive)
            return;
        alive->timedOut = true;
        if (alive->reply)
            alive->reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, context, [state, done = std::move(done), verb, path] {
        if (state->finished)
            return;
        state->finished = true;
        state->timer.stop();
        QNetworkReply *finishedReply = state->reply;
        if (!finishedReply)
            return;
        finishedReply->deleteLater();
        HttpResult result;
        result.status = finishedReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.networkError = finishedReply->error();
        result.timedOut = state->timedOut;
        result.requestSent = state->requestSent || result.status != 0;
        result.body = finishedReply->readAll();
        result.headers = finishedReply->rawHeaderPairs();
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            result.json = document;
        qCDebug(lcPublish) << verb << path << "->" << result.status << result.networkError;
        done(result);
    });
    // The reply is owned by the manager; abort it when the caller goes away.
    QObject::connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    state->timer.start(call.timeoutMs);
}

HttpCall PublishHttp::jsonCall(const QByteArray &verb, const QUrl &url, const QJsonObject &body)
{
    HttpCall call;
    call.verb = verb;
    call.url = url;
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.contentType = "application/json";
    return call;
}

HttpCall PublishHttp::formCall(const QByteArray &verb, const QUrl &url, const QList<std::pair<QString, QString>> &fields)
{
    HttpCall call;
    call.verb = verb;
    call.url = url;
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    call.body = body;
    call.contentType = "application/x-www-form-urlencoded";
    return call;
}

HttpCall PublishHttp::multipartCall(const QByteArray &verb, const QUrl &url, const std::vector<MultipartField> &fields)
{
    const QByteArray boundary = "cf-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16)
                                + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    HttpCall call;
    call.verb = verb;
    call.url = url;
    call.body = multipartBody(fields, boundary);
    call.contentType = "multipart/form-data; boundary=" + boundary;
    return call;
}

QByteArray PublishHttp::multipartBody(const std::vector<MultipartField> &fields, const QByteArray &boundary)
{
    QByteArray body;
    for (const MultipartField &field : fields) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.name + '"';
        if (!field.fileName.isEmpty())
            body += "; filename=\"" + field.fileName + '"';
        body += "\r\n";
        if (!field.contentType.isEmpty())
            body += "Content-Type: " + field.contentType + "\r\n";
        body += "\r\n" + field.value + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

QByteArray PublishHttp::bearer(const QString &token)
{
    return "Bearer " + token.toUtf8();
}

PublishOutcome transportOutcome(const HttpResult &result, bool creates)
{
    PublishOutcome outcome;
    if (result.status != 0)
        outcome.httpStatus = result.status;
    outcome.error = PublishErrorKind::PlatformUnavailable;
    if (result.status >= 500) {
        // A create that failed with 5xx may have been applied before the error.
        outcome.status = creates ? PublishStatus::Unknown : PublishStatus::FailedRetryable;
        return outcome;
    }
    switch (result.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        // These happen while connecting, before a byte of the request was sent.
        outcome.status = result.requestSent && creates ? PublishStatus::Unknown : PublishStatus::FailedRetryable;
        return outcome;
    default:
        break;
    }
    if (!creates) {
        outcome.status = PublishStatus::FailedRetryable;
        return outcome;
    }
    // Timed out, reset or closed after (part of) the request went out.
    outcome.status = PublishStatus::Unknown;
    outcome.error = PublishErrorKind::Unknown;
    return outcome;
}

} // namespace cf

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cf {

bool readMediaFile(const PublishMedia &media, QByteArray *data, PublishOutcome *failure)
{
    QFile file(media.path);
    if (file.open(QIODevice::ReadOnly)) {
        *data = file.readAll();
        if (!data->isEmpty())
            return true;
    }
    failure->status = PublishStatus::FailedPermanent;
    failure->error = PublishErrorKind::MediaRejected;
    failure->platformMessage = QCoreApplication::translate("cf::PublishHttp", "The media file %1 cannot be read or is empty.")
                                   .arg(QFileInfo(media.path).fileName());
    return false;
}

} // namespace cf
