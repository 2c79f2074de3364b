// KeychainPublishBackend end to end against campaignforge-sandbox, with a
// private keychain (KEYRING): a WordPress site connected through
// ConnectionService publishes a blog post through the worker ("user:password"
// from the keychain entry), and the same site, chosen as media host, serves
// an Instagram photo that is deleted again afterwards; without a host the
// photo fails with the translated "media host" message. Also the CLI's
// media-host set | show | clear.
#include "app/core/AppSettings.h"
#include "app/core/Clock.h"
#include "app/publishing/KeychainPublishBackend.h"
#include "app/publishing/PublishWorker.h"
#include "models/store/AssetRepository.h"
#include "platforms/auth/ConnectionService.h"
#include "platforms/auth/KeychainStore.h"
#include "platforms/auth/OAuthProviderTable.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "platforms/auth/TokenVault.h"
#include "platforms/net/EndpointMap.h"
#include "platforms/publishing/InstagramPublisher.h"
#include "tests/app/publishing/PublishFixture.h"
#include "tests/app/publishing/SandboxPublishing.h"
#include "tests/support/TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace cf;
using test::noonUtc;

namespace {
const QString kIgUser = QStringLiteral("17841400000000001");
const QString kBlogPassword = QStringLiteral("abcd EFGH 1234 ijkl MNOP 5678");
} // namespace

class TestMediaHostPublishing : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    std::optional<EndpointMap> m_endpoints;
    std::optional<OAuthProviderTable> m_providers;
    QString m_pageToken;
    QNetworkAccessManager m_network;
    KeychainStore m_keychain;
    PlatformAppCredentials m_apps{m_keychain};
    TokenVault m_vault{m_keychain};

    // The token of Page 104000000000001 (which has the Instagram account),
    // with the Instagram publishing permissions.
    QString pageToken()
    {
        QUrl url = m_sandbox.url(QStringLiteral("www.facebook.com/v21.0/dialog/oauth"));
        url.setQuery(QStringLiteral("client_id=sandbox-meta-client&response_type=code"
                                    "&redirect_uri=https%3A%2F%2Fwww.facebook.com%2Fconnect%2Flogin_success.html"
                                    "&scope=pages_show_list,pages_manage_posts,pages_read_engagement,instagram_basic,"
                                    "instagram_content_publish"));
        const QString code = QUrlQuery(m_sandbox.consent(url, true)).queryItemValue(QStringLiteral("code"));
        QUrl exchange = m_sandbox.url(QStringLiteral("graph.facebook.com/v21.0/oauth/access_token"));
        exchange.setQuery(QStringLiteral("client_id=sandbox-meta-client&client_secret=sandbox-meta-secret"
                                         "&redirect_uri=https%3A%2F%2Fwww.facebook.com%2Fconnect%2Flogin_success.html&code=")
                          + code);
        const QString user = QString::fromStdString(m_sandbox.get(exchange).json().value("access_token", std::string()));
        const nlohmann::json accounts =
            m_sandbox.get(m_sandbox.url(QStringLiteral("graph.facebook.com/v21.0/me/accounts?access_token=") + user)).json();
        for (const nlohmann::json &page : accounts.value("data", nlohmann::json::array()))
            if (page["id"] == "104000000000001")
                return QString::fromStdString(page["access_token"].get<std::string>());
        return {};
    }

    bool storeToken(Platform platform, qint64 connectionId, const QString &token)
    {
        TokenSet tokens;
        tokens.accessToken = token;
        tokens.tokenType = QStringLiteral("bearer");
        bool done = false;
        AuthError error;
        m_vault.store(platform, connectionId, tokens, this, [&](const AuthError &e) {
            error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return false;
        if (error.isError())
            qWarning("keychain: %s", qPrintable(error.message));
        return !error.isError();
    }

    // The sandbox's WordPress site, connected the way the app does it.
    std::optional<Connection> connectWordPress(test::PublishFixture &f)
    {
        ConnectionRepository connections(f.db);
        ConnectionService service(*m_providers, m_apps, m_vault, connections, *m_endpoints, m_network,
                                  [] { return QDateTime::currentDateTimeUtc(); });
        QSignalSpy connected(&service, &ConnectionService::connected);
        QSignalSpy failed(&service, &ConnectionService::connectFailed);
        service.connectWordPress(QUrl(QStringLiteral("https://blog.example.com")), QStringLiteral("noura"), kBlogPassword);
        if (!QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 20000) || connected.isEmpty())
            return std::nullopt;
        return connected.at(0).at(0).value<Connection>();
    }

    qint64 addConnection(test::PublishFixture &f, Platform platform, ConnectionKind kind, const QString &accountId,
                         std::optional<qint64> parent)
    {
        Connection c;
        c.platform = platform;
        c.kind = kind;
        c.accountId = accountId;
        c.accountName = QStringLiteral("noura.boutique");
        c.provider = QStringLiteral("facebook");
        c.parentId = parent;
        auto id = ConnectionRepository(f.db).upsert(c);
        return id ? *id : 0;
    }

    // An approved item released for publishing now, with its target.
    qint64 addItem(test::PublishFixture &f, Platform platform, ContentType type, qint64 connectionId,
                   const QString &text, const std::vector<qint64> &assets = {})
    {
        ContentItem item;
        item.campaignId = f.campaignId;
        item.platform = platform;
        item.contentType = type;
        item.scheduledUtc = noonUtc();
        ContentCopy copy;
        copy.en.language = QStringLiteral("en");
        copy.en.headline = text;
        copy.en.primaryText = text + QStringLiteral(" — this week only in Riyadh.");
        copy.en.callToAction = QStringLiteral("Shop now");
        copy.ar.language = QStringLiteral("ar");
        copy.ar.callToAction = QStringLiteral("تسوقي الآن");
        copy.ar.headline = QStringLiteral("تخفيضات الشتاء");
        copy.ar.primaryText = QStringLiteral("تخفيضات الشتاء هذا الأسبوع فقط في الرياض.");
        item.copy = copy;
        item.title = {copy.ar.headline, copy.en.headline};
        item.body = {copy.ar.primaryText, copy.en.primaryText};
        item.assetIds = assets;
        item.approval = ApprovalState::Approved;
        item.publishState = PublishState::Queued;
        item.createdAt = noonUtc(1);
        item.updatedAt = item.createdAt;
        auto id = ContentRepository(f.db).insert(item);
        if (!id)
            return 0;
        auto target = PublishTargetRepository(f.db).ensure({*id, connectionId, platform, QStringLiteral("en"), false}, noonUtc(1));
        const StoreResult<int> released = PublishTargetRepository(f.db).releaseNow(*id, noonUtc(1));
        if (!target || !released || *released != 1)
            return 0;
        return *target;
    }

    qint64 addImageAsset(test::PublishFixture &f)
    {
        const QString relative = QStringLiteral("images/winter.png");
        const QString path = f.dir.filePath(QStringLiteral("assets/") + relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QImage picture(1080, 1350, QImage::Format_RGB32);
        picture.fill(QColor(0x1F, 0x6F, 0x8B));
        if (!picture.save(path))
            return 0;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray bytes = file.readAll();
        Asset asset;
        asset.kind = AssetKind::Image;
        asset.relativePath = relative;
        asset.mimeType = QStringLiteral("image/png");
        asset.sizeBytes = bytes.size();
        asset.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        asset.width = 1080;
        asset.height = 1350;
        asset.createdAt = noonUtc(1);
        auto id = AssetRepository(f.db).insertOrFind(asset);
        return id ? *id : 0;
    }

    // One worker pass with the product's backend (keychain, registry).
    PublishPassSummary runWorker(test::PublishFixture &f, std::optional<qint64> mediaHost)
    {
        PublishWorkerConfig config;
        config.databasePath = f.path();
        config.assetsDir = f.dir.filePath(QStringLiteral("assets"));
        FixedClock clock(noonUtc(2, 1));
        const EndpointMap &map = *m_endpoints;
        PublishWorker worker(
            config,
            [&map, &clock, mediaHost](QNetworkAccessManager &network, const Database &db) -> std::unique_ptr<PublishBackend> {
                auto backend = std::make_unique<KeychainPublishBackend>(
                    network, db, map, PublisherRegistry::withAllAdapters(), [&clock] { return clock.nowUtc(); },
                    [mediaHost] { return mediaHost; });
                if (auto *instagram = dynamic_cast<InstagramPublisher *>(backend->publisherFor(Platform::Instagram)))
                    instagram->setPolling(200, 100);
                return backend;
            },
            clock);
        QSignalSpy finished(&worker, &PublishWorker::passFinished);
        worker.runOnce();
        if (!finished.wait(30000))
            return PublishPassSummary{0, 0, 0, 0, 0, 0, 0, 0, QStringLiteral("the pass did not finish")};
        return finished.first().first().value<PublishPassSummary>();
    }

    nlohmann::json recorded(const QString &host, const QString &pathRegex, const QString &method)
    {
        return m_sandbox
            .control("GET", QStringLiteral("requests?host=%1&path_regex=%2&method=%3").arg(host, pathRegex, method))
            .json()["requests"];
    }

    QPair<int, QString> cli(const QString &dataDir, const QString &configDir, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
        env.insert(QStringLiteral("CAMPAIGNFORGE_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(test::cliPath(), QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("media-host")} + args);
        if (!p.waitForFinished(30000))
            return {-1, {}};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        QString error;
        m_endpoints = EndpointMap::fromFile(m_sandbox.endpointsFile(), &error);
        QVERIFY2(m_endpoints, qPrintable(error));
        m_providers = OAuthProviderTable::builtIn(&error);
        QVERIFY2(m_providers, qPrintable(error));
        m_pageToken = pageToken();
        QVERIFY(!m_pageToken.isEmpty());
    }

    void init() { m_sandbox.control("DELETE", QStringLiteral("requests")); }

    void wordpressPostUsesUserAndApplicationPassword()
    {
        test::PublishFixture f(QStringLiteral("mh-wp"), AutomationLevel::Manual);
        QVERIFY(f.ok());
        const std::optional<Connection> site = connectWordPress(f);
        QVERIFY(site);
        const qint64 target = addItem(f, Platform::WordPress, ContentType::BlogPost, site->id,
                                      QStringLiteral("Winter sale on the blog"));
        QVERIFY(target > 0);
        const PublishPassSummary s = runWorker(f, std::nullopt);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const PublishTarget done = *PublishTargetRepository(f.db).find(target);
        QVERIFY2(done.state == TargetState::Published, qPrintable(enumId(done.state) + QLatin1Char(' ') + done.errorMessage));
        QVERIFY(!done.externalId.isEmpty());
        const nlohmann::json posts = recorded(QStringLiteral("blog.example.com"), QStringLiteral("/wp-json/wp/v2/posts$"),
                                              QStringLiteral("POST"));
        QCOMPARE(posts.size(), size_t(1));
        // Basic auth with the user name from the keychain entry and the
        // password without its grouping spaces.
        const QByteArray expected = "Basic " + QByteArray("noura:abcdEFGH1234ijklMNOP5678").toBase64();
        QCOMPARE(QByteArray::fromStdString(posts[0]["headers"].value("authorization", std::string())), expected);
    }

    void instagramPhotoNeedsAMediaHost()
    {
        test::PublishFixture f(QStringLiteral("mh-ig-none"), AutomationLevel::Manual);
        QVERIFY(f.ok());
        QVERIFY(storeToken(Platform::Facebook, f.pageId, m_pageToken));
        const qint64 ig = addConnection(f, Platform::Instagram, ConnectionKind::InstagramAccount, kIgUser, f.pageId);
        const qint64 asset = addImageAsset(f);
        QVERIFY(ig > 0 && asset > 0);
        const qint64 target = addItem(f, Platform::Instagram, ContentType::ImagePost, ig, QStringLiteral("Winter looks"), {asset});
        QVERIFY(target > 0);
        const PublishPassSummary s = runWorker(f, std::nullopt);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.sent, 0); // refused before anything left
        const PublishTarget failed = *PublishTargetRepository(f.db).find(target);
        QCOMPARE(failed.state, TargetState::FailedPermanent);
        QVERIFY2(failed.errorMessage.contains(QStringLiteral("media host")), qPrintable(failed.errorMessage));
        QCOMPARE(recorded(QStringLiteral("graph.facebook.com"), QStringLiteral("/media$"), QStringLiteral("POST")).size(), size_t(0));
    }

    void instagramPhotoGoesThroughTheWordPressHost()
    {
        test::PublishFixture f(QStringLiteral("mh-ig-wp"), AutomationLevel::Manual);
        QVERIFY(f.ok());
        QVERIFY(storeToken(Platform::Facebook, f.pageId, m_pageToken));
        const std::optional<Connection> site = connectWordPress(f);
        QVERIFY(site);
        const qint64 ig = addConnection(f, Platform::Instagram, ConnectionKind::InstagramAccount, kIgUser, f.pageId);
        const qint64 asset = addImageAsset(f);
        QVERIFY(ig > 0 && asset > 0);
        const qint64 target = addItem(f, Platform::Instagram, ContentType::ImagePost, ig, QStringLiteral("Winter looks"), {asset});
        QVERIFY(target > 0);
        const PublishPassSummary s = runWorker(f, site->id);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const PublishTarget done = *PublishTargetRepository(f.db).find(target);
        QVERIFY2(done.state == TargetState::Published, qPrintable(enumId(done.state) + QLatin1Char(' ') + done.errorMessage));
        QVERIFY(!done.externalId.isEmpty());
        // The photo went to the site's media library with the site's own
        // credentials, Instagram fetched it from there, and it was deleted.
        const nlohmann::json uploads = recorded(QStringLiteral("blog.example.com"), QStringLiteral("^/wp-json/wp/v2/media$"),
                                                QStringLiteral("POST"));
        QCOMPARE(uploads.size(), size_t(1));
        QCOMPARE(QByteArray::fromStdString(uploads[0]["headers"].value("authorization", std::string())),
                 "Basic " + QByteArray("noura:abcdEFGH1234ijklMNOP5678").toBase64());
        const nlohmann::json containers =
            recorded(QStringLiteral("graph.facebook.com"), QStringLiteral("/17841400000000001/media$"), QStringLiteral("POST"));
        QCOMPARE(containers.size(), size_t(1));
        QVERIFY(QString::fromStdString(containers[0]["body"].get<std::string>()).contains(QStringLiteral("blog.example.com")));
        QVERIFY(QTest::qWaitFor([this] {
            return recorded(QStringLiteral("blog.example.com"), QStringLiteral("^/wp-json/wp/v2/media/"), QStringLiteral("DELETE")).size() == 1;
        }, 10000));
        const nlohmann::json deleted =
            recorded(QStringLiteral("blog.example.com"), QStringLiteral("^/wp-json/wp/v2/media/"), QStringLiteral("DELETE"));
        QCOMPARE(deleted[0]["status"].get<int>(), 200);
    }

    void aHostThatIsNoLongerAWordPressSiteFailsInItsOwnWords()
    {
        test::PublishFixture f(QStringLiteral("mh-ig-gone"), AutomationLevel::Manual);
        QVERIFY(f.ok());
        QVERIFY(storeToken(Platform::Facebook, f.pageId, m_pageToken));
        const qint64 ig = addConnection(f, Platform::Instagram, ConnectionKind::InstagramAccount, kIgUser, f.pageId);
        const qint64 asset = addImageAsset(f);
        const qint64 target = addItem(f, Platform::Instagram, ContentType::ImagePost, ig, QStringLiteral("Winter looks"), {asset});
        QVERIFY(target > 0);
        // The setting names a row that is not a WordPress site (say, after a
        // disconnect the id was reused): nothing is uploaded or created.
        const PublishPassSummary s = runWorker(f, f.pageId);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        const PublishTarget failed = *PublishTargetRepository(f.db).find(target);
        QCOMPARE(failed.state, TargetState::FailedPermanent);
        QVERIFY2(failed.errorMessage.contains(QStringLiteral("chosen as media host is no longer connected")),
                 qPrintable(failed.errorMessage));
        QCOMPARE(recorded(QStringLiteral("blog.example.com"), QStringLiteral("^/wp-json/wp/v2/media"), QStringLiteral("POST")).size(),
                 size_t(0));
        QCOMPARE(recorded(QStringLiteral("graph.facebook.com"), QStringLiteral("/media$"), QStringLiteral("POST")).size(), size_t(0));
    }

    void cliChoosesAndClearsTheHost()
    {
        test::PublishFixture f(QStringLiteral("mh-cli"), AutomationLevel::Manual);
        QVERIFY(f.ok());
        Connection site;
        site.platform = Platform::WordPress;
        site.accountId = QStringLiteral("1@blog.example.com");
        site.accountName = QStringLiteral("Noura — blog.example.com");
        site.provider = QStringLiteral("wordpress");
        site.apiBase = QStringLiteral("https://blog.example.com");
        const qint64 siteId = *ConnectionRepository(f.db).upsert(site);
        f.db.close();
        QTemporaryDir config;
        QCOMPARE(cli(f.dir.path(), config.path(), {QStringLiteral("show")}).first, 0);
        QVERIFY(cli(f.dir.path(), config.path(), {QStringLiteral("show")}).second.contains(QStringLiteral("none")));
        // A Facebook Page is not a media host.
        const auto wrong = cli(f.dir.path(), config.path(), {QStringLiteral("set"), QString::number(f.pageId)});
        QCOMPARE(wrong.first, 1);
        QVERIFY(wrong.second.contains(QStringLiteral("not a connected WordPress site")));
        QCOMPARE(cli(f.dir.path(), config.path(), {QStringLiteral("set"), QStringLiteral("x")}).first, 2);
        const auto set = cli(f.dir.path(), config.path(), {QStringLiteral("set"), QString::number(siteId)});
        QVERIFY2(set.first == 0, qPrintable(set.second));
        QVERIFY(set.second.contains(QStringLiteral("blog.example.com")));
        // What publish-due's backend reads.
        AppSettings settings(config.filePath(QStringLiteral("CampaignForge/CampaignForge.conf")));
        QCOMPARE(settings.mediaHostWordPressConnection(), std::optional<qint64>(siteId));
        QVERIFY(cli(f.dir.path(), config.path(), {QStringLiteral("show")}).second.contains(QStringLiteral("connection %1").arg(siteId)));
        QCOMPARE(cli(f.dir.path(), config.path(), {QStringLiteral("clear")}).first, 0);
        QCOMPARE(AppSettings(config.filePath(QStringLiteral("CampaignForge/CampaignForge.conf"))).mediaHostWordPressConnection(),
                 std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestMediaHostPublishing)
#include "tst_mediahostpublishing.moc"
