#include "platforms/publishing/SigV4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>

namespace cf::sigv4 {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray scopeOf(const QDateTime &nowUtc, const Credentials &credentials)
{
    return amzDate(nowUtc).left(8) + '/' + credentials.region.toUtf8() + '/' + credentials.service.toUtf8() + "/aws4_request";
}

// Canonical query: every name and value encoded, sorted by name then value.
QByteArray canonicalQuery(const QUrl &url)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        pairs.append({uriEncode(name.toUtf8(), false), uriEncode(value.toUtf8(), false)});
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &[name, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

QByteArray hostOf(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    const int port = url.port();
    if (port != -1 && !(url.scheme() == QLatin1String("https") && port == 443) && !(url.scheme() == QLatin1String("http") && port == 80))
        host += ':' + QByteArray::number(port);
    return host;
}

QByteArray signature(const QByteArray &verb, const QUrl &url, Headers headers, const QByteArray &payloadHash, const QDateTime &nowUtc,
                     const Credentials &credentials, QByteArray *signedHeaders)
{
    headers.append({"host", hostOf(url)});
    for (auto &[name, value] : headers) {
        name = name.toLower();
        value = value.simplified();
    }
    std::sort(headers.begin(), headers.end());
    QByteArray canonicalHeaders;
    signedHeaders->clear();
    for (const auto &[name, value] : headers) {
        canonicalHeaders += name + ':' + value + '\n';
        *signedHeaders += (signedHeaders->isEmpty() ? QByteArray() : QByteArray(";")) + name;
    }
    const QByteArray path = url.path(QUrl::FullyDecoded).isEmpty() ? QByteArray("/") : uriEncode(url.path(QUrl::FullyDecoded).toUtf8(), true);
    const QByteArray canonicalRequest = verb + '\n' + path + '\n' + canonicalQuery(url) + '\n' + canonicalHeaders + '\n' + *signedHeaders + '\n' + payloadHash;
    const QByteArray stringToSign = "AWS4-HMAC-SHA256\n" + amzDate(nowUtc) + '\n' + scopeOf(nowUtc, credentials) + '\n' + sha256Hex(canonicalRequest);
    QByteArray key = hmac("AWS4" + credentials.secretAccessKey.toUtf8(), amzDate(nowUtc).left(8));
    key = hmac(key, credentials.region.toUtf8());
    key = hmac(key, credentials.service.toUtf8());
    key = hmac(key, "aws4_request");
    return hmac(key, stringToSign).toHex();
}

} // namespace

QByteArray amzDate(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray uriEncode(const QByteArray &text, bool keepSlash)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(text), keepSlash ? QByteArray("/~") : QByteArray("~"));
}

QByteArray authorization(const QByteArray &verb, const QUrl &url, const Headers &headers, const QByteArray &payloadHash,
                         const QDateTime &nowUtc, const Credentials &credentials)
{
    QByteArray signedHeaders;
    const QByteArray sig = signature(verb, url, headers, payloadHash, nowUtc, credentials, &signedHeaders);
    return "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() + '/' + scopeOf(nowUtc, credentials)
         + ",SignedHeaders=" + signedHeaders + ",Signature=" + sig;
}

QUrl presign(const QByteArray &verb, const QUrl &url, int expiresSeconds, const QDateTime &nowUtc, const Credentials &credentials)
{
    QUrl signedUrl = url;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("X-Amz-Algorithm"), QStringLiteral("AWS4-HMAC-SHA256"));
    query.addQueryItem(QStringLiteral("X-Amz-Credential"), credentials.accessKeyId + QLatin1Char('/') + QString::fromUtf8(scopeOf(nowUtc, credentials)));
    query.addQueryItem(QStringLiteral("X-Amz-Date"), QString::fromLatin1(amzDate(nowUtc)));
    query.addQueryItem(QStringLiteral("X-Amz-Expires"), QString::number(std::clamp(expiresSeconds, 1, 7 * 24 * 3600)));
    query.addQueryItem(QStringLiteral("X-Amz-SignedHeaders"), QStringLiteral("host"));
    signedUrl.setQuery(query);
    QByteArray signedHeaders;
    const QByteArray sig = signature(verb, signedUrl, {}, "UNSIGNED-PAYLOAD", nowUtc, credentials, &signedHeaders);
    // Rebuild the query fully encoded in canonical form, then add the signature.
    signedUrl.setQuery(QString::fromLatin1(canonicalQuery(signedUrl) + "&X-Amz-Signature=" + sig), QUrl::StrictMode);
    return signedUrl;
}

} // namespace cf::sigv4
