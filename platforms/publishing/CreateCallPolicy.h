#pragma once

// At-most-once sending for calls that create something on a platform (a
// post, a container, a media_publish, an ad entity).
//
// Why: QNetworkAccessManager silently sends an HTTP/1.1 request AGAIN when
// the connection closes before an answer arrives (RemoteHostClosedError),
// even on a brand-new connection and with "Connection: close" (measured with
// Qt 6.4: a POST dropped after the server applied it reached the server
// twice). For a create call that second copy is a duplicate post.
//
// How: the body goes out through a device that cannot rewind (sequential,
// reset() fails) with DoNotBufferUploadDataAttribute and a Content-Length,
// so Qt cannot replay it; instead of resending it ends the reply with
// QNetworkReply::ContentReSendError. HTTP/2 is switched off for these calls
// so the same HTTP/1.1 path (the one tested) is always taken.
// tests/app/publishing/tst_createcallpolicy proves it against the sandbox's
// drop_after_accept fault: exactly one request recorded.
//
// Use sendCreateCall() for every non-idempotent request, and
// createCallOutcomeUnknown() to decide whether a failed reply may have been
// applied (then the outcome is Unknown and must be reconciled, never resent).
// Bodies must be whole QByteArrays (serialise multipart bodies first).

#include <QByteArray>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstring>

namespace cf {

namespace createcall_detail {

// A read-once body: sequential and not resettable, so Qt can never replay it.
class SingleUseBody final : public QIODevice
{
public:
    SingleUseBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        QIODevice::open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool atEnd() const override { return m_position >= m_data.size() && QIODevice::atEnd(); }
    qint64 bytesAvailable() const override { return (m_data.size() - m_position) + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (n <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace createcall_detail

// Sends a create call (verb usually "POST") so that it reaches the server at
// most once. The request's other headers (auth, content type) are kept.
inline QNetworkReply *sendCreateCall(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &verb,
                                     const QByteArray &body)
{
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentLengthHeader, qint64(body.size()));
    auto *device = new createcall_detail::SingleUseBody(body, nullptr);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, device);
    device->setParent(reply);
    return reply;
}

// True when a create call ended in a way that proves nothing was applied:
// the connection was refused or the host not found, so the request never
// left. Everything else without an HTTP answer (reset, close, timeout,
// ContentReSendError, TLS failure after sending) may have been applied.
inline bool createCallNeverSent(const QNetworkReply &reply)
{
    if (reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return false;
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

// True when the create call's outcome is unknown: no HTTP answer and not
// provably unsent, or a 5xx answer (the platform may have applied it before
// failing). Such a target becomes Unknown and is only reconciled.
inline bool createCallOutcomeUnknown(const QNetworkReply &reply)
{
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid())
        return status.toInt() >= 500;
    return reply.error() != QNetworkReply::NoError && !createCallNeverSent(reply);
}

} // namespace cf
