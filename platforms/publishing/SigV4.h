#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace cf::sigv4 {

// AWS Signature Version 4, as S3-compatible stores (AWS, R2, MinIO, Wasabi...) take it.
struct Credentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString region = QStringLiteral("us-east-1");
    QString service = QStringLiteral("s3");
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// The Authorization header for a request to url whose signed headers (names
// in any case; "host" is added from url) include x-amz-date = nowUtc and
// x-amz-content-sha256 = payloadHash.
QByteArray authorization(const QByteArray &verb, const QUrl &url, const Headers &headers, const QByteArray &payloadHash,
                         const QDateTime &nowUtc, const Credentials &credentials);

// url with query-string authentication valid for expiresSeconds (1 s - 7 days).
QUrl presign(const QByteArray &verb, const QUrl &url, int expiresSeconds, const QDateTime &nowUtc, const Credentials &credentials);

QByteArray amzDate(const QDateTime &nowUtc); // 20130524T000000Z
QByteArray sha256Hex(const QByteArray &data);
// RFC 3986 encoding of everything but unreserved characters ('/' kept when keepSlash).
QByteArray uriEncode(const QByteArray &text, bool keepSlash);

} // namespace cf::sigv4
