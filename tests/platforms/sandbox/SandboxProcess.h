#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <nlohmann/json.hpp>

namespace cf::test {

// A campaignforge-sandbox process on an ephemeral port, with blocking HTTP
// helpers for tests (they wait with QSignalSpy, which is fine in tests).
class SandboxProcess
{
public:
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        nlohmann::json json() const;
        QByteArray header(const QByteArray &name) const;
    };

    SandboxProcess();
    ~SandboxProcess();
    bool start();
    QString baseUrl() const { return m_baseUrl; }
    QString endpointsFile() const;
    QUrl url(const QString &hostAndPath) const; // "api.x.com/2/users/me?x=1"

    Reply get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000);
    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &contentType,
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000, bool freshConnection = false);
    Reply postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply postJson(const QUrl &url, const nlohmann::json &body, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply control(const QByteArray &verb, const QString &path, const nlohmann::json &body = nullptr);

    // Opens the consent page for authorizeUrl and answers it; returns the
    // redirect the sandbox sent (empty when no consent page was shown).
    QUrl consent(const QUrl &authorizeUrl, bool allow, Reply *page = nullptr);

private:
    QProcess m_process;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    QString m_baseUrl;
};

// The PKCE pair used by the suites: a fixed 43-character verifier.
QString testVerifier();
QString s256Challenge(const QString &verifier);
QString hexChallenge(const QString &verifier);

} // namespace cf::test
