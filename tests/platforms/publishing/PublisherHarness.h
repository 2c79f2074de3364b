#pragma once

// Runs publishing adapters against a campaignforge-sandbox child process
// through the real EndpointMap, and reads what the sandbox recorded.

#include "../sandbox/SandboxProcess.h"

#include "platforms/net/EndpointMap.h"
#include "platforms/publishing/CancelsScheduledPosts.h"
#include "platforms/publishing/PlatformPublisher.h"

#include <QDir>
#include <QImage>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <map>
#include <optional>

namespace cf::test {

class PublisherHarness
{
public:
    using Json = nlohmann::json;

    bool start()
    {
        if (!m_sandbox.start())
            return false;
        QString error;
        auto map = EndpointMap::fromFile(m_sandbox.endpointsFile(), &error);
        if (!map)
            return false;
        m_endpoints = *map;
        return true;
    }
    SandboxProcess &sandbox() { return m_sandbox; }
    QNetworkAccessManager &network() { return m_network; }
    const EndpointMap &endpoints() const { return m_endpoints; }

    bool reset() { return m_sandbox.control("POST", QStringLiteral("reset")).status == 200; }
    bool addFault(const Json &fault) { return m_sandbox.control("POST", QStringLiteral("faults"), fault).status == 201; }
    // What the sandbox received (see docs/sandbox.md).
    Json recorded(const QString &host, const QString &pathRegex, const QString &method = QStringLiteral("POST"))
    {
        // Encoded by hand: QUrlQuery leaves '+' alone, which the server reads as a space.
        const QString query = QStringLiteral("host=%1&path_regex=%2&method=%3")
                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(host)), QString::fromLatin1(QUrl::toPercentEncoding(pathRegex)),
                                       QString::fromLatin1(QUrl::toPercentEncoding(method)));
        return m_sandbox.control("GET", QStringLiteral("requests?") + query).json()["requests"];
    }

    // Runs publish and waits for done; checkpoints land in *checkpoints.
    std::optional<PublishOutcome> publish(PlatformPublisher &publisher, const PublishRequest &request,
                                          std::map<QString, QString> *checkpoints = nullptr, int timeoutMs = 20000)
    {
        QObject context;
        std::optional<PublishOutcome> result;
        int calls = 0;
        publisher.publish(
            request, &context,
            [checkpoints](const QString &step, const QString &value) {
                if (checkpoints)
                    (*checkpoints)[step] = value;
            },
            [&result, &calls](const PublishOutcome &outcome) {
                ++calls;
                result = outcome;
            });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
        QTest::qWait(50); // a second `done` would show up here
        if (calls > 1)
            qWarning("done was called %d times", calls);
        return calls == 1 ? result : std::nullopt;
    }

    std::optional<ReconcileOutcome> reconcile(PlatformPublisher &publisher, const PublishRequest &request, int timeoutMs = 20000)
    {
        QObject context;
        std::optional<ReconcileOutcome> result;
        publisher.reconcile(request, &context, [&result](const ReconcileOutcome &outcome) { result = outcome; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
        return result;
    }

    // Asks an adapter to delete a post it scheduled natively.
    std::optional<CancelsScheduledPosts::CancelOutcome> cancel(CancelsScheduledPosts &adapter, const PublishRequest &request,
                                                               const QString &externalId, int timeoutMs = 20000)
    {
        QObject context;
        std::optional<CancelsScheduledPosts::CancelOutcome> result;
        adapter.cancelScheduled(request, externalId, &context,
                                [&result](const CancelsScheduledPosts::CancelOutcome &outcome) { result = outcome; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
        return result;
    }

    // A real PNG (or JPEG) file of the given size in a temporary directory.
    PublishMedia image(const QString &name, int width = 1080, int height = 1080)
    {
        QImage picture(width, height, QImage::Format_RGB32);
        picture.fill(QColor(0xC0, 0x39, 0x2B));
        const QString path = m_files.filePath(name);
        picture.save(path);
        PublishMedia media;
        media.path = path;
        media.mimeType = name.endsWith(QLatin1String(".png")) ? QStringLiteral("image/png")
                                                              : QStringLiteral("image/jpeg");
        media.width = width;
        media.height = height;
        media.sizeBytes = QFileInfo(path).size();
        return media;
    }
    // A small file standing in for an MP4 (the sandbox checks sizes, not codecs).
    PublishMedia video(const QString &name, qint64 bytes = 300000, double seconds = 12)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            QByteArray data("\x00\x00\x00\x20" "ftypisom", 12);
            data.append(QByteArray(int(bytes) - data.size(), 'v'));
            file.write(data);
        }
        PublishMedia media;
        media.path = path;
        media.mimeType = QStringLiteral("video/mp4");
        media.width = 1080;
        media.height = 1920;
        media.durationSeconds = seconds;
        media.sizeBytes = bytes;
        return media;
    }

    // --- tokens through each platform's real sign-in flow -------------------
    QString metaUserToken(const QString &scopes)
    {
        QUrl url = m_sandbox.url(QStringLiteral("www.facebook.com/v21.0/dialog/oauth"));
        url.setQuery(QStringLiteral("client_id=sandbox-meta-client&response_type=code"
                                    "&redirect_uri=https%3A%2F%2Fwww.facebook.com%2Fconnect%2Flogin_success.html&scope=")
                     + scopes);
        const QString code = QUrlQuery(m_sandbox.consent(url, true)).queryItemValue(QStringLiteral("code"));
        QUrl exchange = m_sandbox.url(QStringLiteral("graph.facebook.com/v21.0/oauth/access_token"));
        exchange.setQuery(QStringLiteral("client_id=sandbox-meta-client&client_secret=sandbox-meta-secret"
                                         "&redirect_uri=https%3A%2F%2Fwww.facebook.com%2Fconnect%2Flogin_success.html&code=")
                          + code);
        return QString::fromStdString(m_sandbox.get(exchange).json().value("access_token", std::string()));
    }
    // The token of Page 104000000000001 (the boutique Page with Instagram).
    QString metaPageToken()
    {
        const QString user = metaUserToken(QStringLiteral("pages_show_list,pages_manage_posts,pages_read_engagement,"
                                                          "instagram_basic,instagram_content_publish"));
        const Json accounts = m_sandbox.get(m_sandbox.url(QStringLiteral("graph.facebook.com/v21.0/me/accounts?access_token=") + user)).json();
        for (const Json &page : accounts["data"]) {
            if (page["id"] == "104000000000001")
                return QString::fromStdString(page["access_token"].get<std::string>());
        }
        return {};
    }

    // An X user token (PKCE flow) and the user's id.
    std::pair<QString, QString> xToken()
    {
        QUrl url = m_sandbox.url(QStringLiteral("x.com/i/oauth2/authorize"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("sandbox-x-client"));
        query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http%3A%2F%2F127.0.0.1%3A5555%2Fcallback"));
        query.addQueryItem(QStringLiteral("scope"), QStringLiteral("tweet.read%20tweet.write%20users.read%20offline.access%20media.write"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("state-1"));
        query.addQueryItem(QStringLiteral("code_challenge"), s256Challenge(testVerifier()));
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(query);
        const QString code = QUrlQuery(m_sandbox.consent(url, true)).queryItemValue(QStringLiteral("code"));
        const Json token = m_sandbox
                               .postForm(m_sandbox.url(QStringLiteral("api.x.com/2/oauth2/token")),
                                         {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                          {QStringLiteral("client_id"), QStringLiteral("sandbox-x-client")},
                                          {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:5555/callback")},
                                          {QStringLiteral("code"), code},
                                          {QStringLiteral("code_verifier"), testVerifier()}})
                               .json();
        const QString access = QString::fromStdString(token.value("access_token", std::string()));
        const Json me = m_sandbox.get(m_sandbox.url(QStringLiteral("api.x.com/2/users/me")), {{"Authorization", "Bearer " + access.toUtf8()}}).json();
        return {access, QString::fromStdString(me["data"].value("id", std::string()))};
    }

    // A LinkedIn member token with the given space-separated scopes, and the member id.
    std::pair<QString, QString> linkedInToken(const QString &scopes)
    {
        QUrl url = m_sandbox.url(QStringLiteral("www.linkedin.com/oauth/v2/authorization"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("sandbox-linkedin-client"));
        query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http%3A%2F%2F127.0.0.1%3A5555%2Fcallback"));
        query.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scopes)));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("state-1"));
        url.setQuery(query);
        const QString code = QUrlQuery(m_sandbox.consent(url, true)).queryItemValue(QStringLiteral("code"));
        const Json token = m_sandbox
                               .postForm(m_sandbox.url(QStringLiteral("www.linkedin.com/oauth/v2/accessToken")),
                                         {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                          {QStringLiteral("client_id"), QStringLiteral("sandbox-linkedin-client")},
                                          {QStringLiteral("client_secret"), QStringLiteral("sandbox-linkedin-secret")},
                                          {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:5555/callback")},
                                          {QStringLiteral("code"), code}})
                               .json();
        const QString access = QString::fromStdString(token.value("access_token", std::string()));
        const Json me = m_sandbox.get(m_sandbox.url(QStringLiteral("api.linkedin.com/v2/userinfo")), {{"Authorization", "Bearer " + access.toUtf8()}}).json();
        return {access, QString::fromStdString(me.value("sub", std::string()))};
    }

    // Moves the sandbox clock (container processing, schedules) forward.
    bool advanceClock(int seconds) { return m_sandbox.control("POST", QStringLiteral("clock"), Json{{"advance", seconds}}).status == 200; }

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    EndpointMap m_endpoints;
    QTemporaryDir m_files;
};

// A request with copy in one language.
inline PublishRequest textRequest(Platform platform, const QString &accountId, const QString &token, const QString &text,
                                  const QString &link = {}, const QStringList &hashtags = {})
{
    PublishRequest request;
    request.targetId = 1;
    request.attemptId = 1;
    request.language = QStringLiteral("en");
    request.item.platform = platform;
    ContentCopy copy;
    copy.en.language = QStringLiteral("en");
    copy.en.primaryText = text;
    copy.en.hashtags = hashtags;
    copy.link = link;
    request.item.copy = copy;
    request.connection.platform = platform;
    request.connection.accountId = accountId;
    request.parentConnection = request.connection;
    request.accessToken = token;
    return request;
}

} // namespace cf::test
