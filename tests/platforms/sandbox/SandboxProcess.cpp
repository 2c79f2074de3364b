#include "SandboxProcess.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

namespace cf::test {

nlohmann::json SandboxProcess::Reply::json() const
{
    return nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

QByteArray SandboxProcess::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SandboxProcess::endpointsFile() const
{
    return m_dir.filePath(QStringLiteral("endpoints.json"));
}

bool SandboxProcess::start()
{
    m_process.setProgram(QStringLiteral(CF_SANDBOX_PATH));
    m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--endpoints-out"), endpointsFile()});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(10000))
            return false;
    }
    m_baseUrl = QString::fromUtf8(m_process.readLine().trimmed());
    return m_baseUrl.startsWith(QLatin1String("http://127.0.0.1:"));
}

QUrl SandboxProcess::url(const QString &hostAndPath) const
{
    return QUrl(m_baseUrl + QLatin1Char('/') + hostAndPath);
}

SandboxProcess::Reply SandboxProcess::send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                                           const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs, bool freshConnection)
{
    // QNetworkAccessManager resends a request once when a reused keep-alive
    // connection closes before any answer; a fresh manager means a fresh
    // connection, so a dropped connection is seen as it happened.
    QNetworkAccessManager fresh;
    QNetworkAccessManager &network = freshConnection ? fresh : m_network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 2000);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    delete reply;
    return out;
}

SandboxProcess::Reply SandboxProcess::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    return send("GET", url, QByteArray(), QByteArray(), headers, timeoutMs);
}

SandboxProcess::Reply SandboxProcess::postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields,
                                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrlQuery form;
    for (const auto &[key, value] : fields)
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return send("POST", url, form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded", headers);
}

SandboxProcess::Reply SandboxProcess::postJson(const QUrl &url, const nlohmann::json &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("POST", url, QByteArray::fromStdString(body.dump()), "application/json", headers);
}

SandboxProcess::Reply SandboxProcess::control(const QByteArray &verb, const QString &path, const nlohmann::json &body)
{
    return send(verb, url(QStringLiteral("_sandbox/") + path), body.is_null() ? QByteArray() : QByteArray::fromStdString(body.dump()),
                body.is_null() ? QByteArray() : QByteArray("application/json"));
}

QUrl SandboxProcess::consent(const QUrl &authorizeUrl, bool allow, Reply *page)
{
    const Reply shown = get(authorizeUrl);
    if (page)
        *page = shown;
    static const QRegularExpression consentId(QStringLiteral("name=\"consent_id\" value=\"([^\"]+)\""));
    const auto match = consentId.match(QString::fromUtf8(shown.body));
    if (shown.status != 200 || !match.hasMatch())
        return QUrl(QString::fromUtf8(shown.header("Location")));
    QUrl action = authorizeUrl;
    const Reply decided = postForm(action, {{QStringLiteral("consent_id"), match.captured(1)},
                                            {QStringLiteral("decision"), allow ? QStringLiteral("allow") : QStringLiteral("deny")}});
    return QUrl(QString::fromUtf8(decided.header("Location")));
}

QString testVerifier()
{
    return QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-sandbox");
}

QString s256Challenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hexChallenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256).toHex());
}

} // namespace cf::test
