#pragma once

// Starts campaignforge-sandbox on an ephemeral port for the end-to-end auth
// suites and plays the user's browser on its consent pages.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

namespace cf::test {

class SandboxRunner
{
public:
    ~SandboxRunner()
    {
        m_process.kill();
        m_process.waitForFinished(3000);
    }

    bool start()
    {
        m_process.setProgram(QStringLiteral(CF_SANDBOX_PATH));
        m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--endpoints-out"), endpointsFile()});
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(10000))
                return false;
        m_base = QString::fromUtf8(m_process.readLine()).trimmed();
        return m_base.startsWith(QLatin1String("http://127.0.0.1:"));
    }
    QString base() const { return m_base; }
    QString endpointsFile() const { return m_dir.filePath(QStringLiteral("endpoints.json")); }

    struct Answer
    {
        int status = 0;
        QByteArray body;
        QUrl location;
    };
    // One request without following redirects.
    Answer request(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                   const QByteArray &contentType = {}, const QByteArray &authorization = {})
    {
        QNetworkRequest r(url);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!contentType.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!authorization.isEmpty())
            r.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_network.sendCustomRequest(r, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                 QUrl(QString::fromUtf8(reply->rawHeader("Location")))};
        if (a.location.isRelative())
            a.location = url.resolved(a.location);
        reply->deleteLater();
        return a;
    }

    // Opens the consent page at authorizeUrl and presses Allow (or Deny);
    // returns where the sandbox redirects the browser.
    QUrl consent(const QUrl &authorizeUrl, bool allow)
    {
        const Answer page = request("GET", authorizeUrl);
        const auto match = QRegularExpression(QStringLiteral("name=\"consent_id\" value=\"([^\"]+)\"")).match(QString::fromUtf8(page.body));
        if (!match.hasMatch()) {
            qWarning("no consent page (HTTP %d): %s", page.status, page.body.left(300).constData());
            return {};
        }
        const QByteArray form = "consent_id=" + QUrl::toPercentEncoding(match.captured(1)) + "&decision="
                                + (allow ? "allow" : "deny");
        return request("POST", authorizeUrl, form, "application/x-www-form-urlencoded").location;
    }

private:
    QProcess m_process;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    QString m_base;
};

} // namespace cf::test
