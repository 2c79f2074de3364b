// End to end against campaignforge-sandbox, with the real keychain (KEYRING):
// every provider's sign-in through ConnectionService, identity and
// sub-accounts, refresh rotation, revocation, and the CLI's full loopback
// flow with a scan of every file it wrote.
#include "ConnectionsDb.h"
#include "SandboxRunner.h"

#include "tests/support/TestPaths.h"

#include "models/store/ConnectionRepository.h"
#include "platforms/auth/AuthorizationSession.h"
#include "platforms/auth/ConnectionService.h"
#include "platforms/auth/KeychainStore.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "platforms/auth/TokenExchange.h"
#include "platforms/auth/TokenRefresher.h"
#include "platforms/auth/TokenVault.h"
#include "platforms/net/EndpointMap.h"

#include <QDirIterator>
#include <QTcpServer>
#include <QTest>

using namespace cf;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress(QHostAddress::LocalHost), 0);
    return probe.serverPort();
}
} // namespace

class TestSandboxConnect : public QObject
{
    Q_OBJECT

    test::SandboxRunner m_sandbox;
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ConnectionRepository> m_repo;
    std::optional<EndpointMap> m_endpoints;
    std::optional<OAuthProviderTable> m_table;
    QNetworkAccessManager m_network;
    KeychainStore m_keychain;
    PlatformAppCredentials m_apps{m_keychain};
    TokenVault m_vault{m_keychain};
    std::unique_ptr<ConnectionService> m_service;
    UtcNow m_now = [] { return QDateTime::currentDateTimeUtc(); };

    void setApp(const QString &provider, const AppCredentials &app)
    {
        bool done = false;
        m_apps.set(provider, app, this, [&](const AuthError &e) {
            QVERIFY2(!e.isError(), qPrintable(e.message));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
    AuthorizationSession *begin(const QString &provider)
    {
        AuthorizationSession *session = nullptr;
        bool ready = false;
        m_service->beginSignIn(provider, std::nullopt, [&](AuthorizationSession *s, const AuthError &e) {
            if (e.isError())
                qWarning() << e.message;
            session = s;
            ready = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(ready, 10000); }();
        return session;
    }
    std::optional<TokenSet> loadTokens(const Connection &c)
    {
        std::optional<TokenSet> out;
        bool done = false;
        m_vault.load(c.platform, c.id, this, [&](const std::optional<TokenSet> &t, const AuthError &) {
            out = t;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }
    // Runs one sign-in through the sandbox's consent page; returns the account row.
    std::optional<Connection> signIn(const QString &provider)
    {
        AuthorizationSession *session = begin(provider);
        if (!session)
            return std::nullopt;
        QSignalSpy connected(m_service.get(), &ConnectionService::connected);
        QSignalSpy failed(m_service.get(), &ConnectionService::connectFailed);
        const QUrl landing = m_sandbox.consent(session->authorizeUrl(), true);
        if (landing.isEmpty())
            return std::nullopt;
        switch (session->redirectKind()) {
        case RedirectKind::Embedded:
            if (!session->offerNavigation(landing))
                return std::nullopt;
            break;
        case RedirectKind::Paste: {
            QString error;
            if (!session->submitPastedUrl(landing.toString(), &error)) {
                qWarning() << error;
                return std::nullopt;
            }
            break;
        }
        case RedirectKind::LoopbackEphemeral:
        case RedirectKind::LoopbackFixed: {
            const auto page = m_sandbox.request("GET", landing); // the browser follows the redirect
            if (page.status != 200)
                return std::nullopt;
            break;
        }
        }
        if (!connected.wait(15000)) {
            if (!failed.isEmpty())
                qWarning() << failed.at(0).at(0).value<AuthError>().message;
            return std::nullopt;
        }
        return connected.at(0).at(0).value<Connection>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        QString error;
        m_endpoints = EndpointMap::fromFile(m_sandbox.endpointsFile(), &error);
        QVERIFY2(m_endpoints, qPrintable(error));
        m_table = OAuthProviderTable::builtIn(&error);
        QVERIFY(m_table);
        QVERIFY(test::openConnectionsDb(m_db, m_dir, QStringLiteral("e2e")));
        m_repo = std::make_unique<ConnectionRepository>(m_db);
        m_service = std::make_unique<ConnectionService>(*m_table, m_apps, m_vault, *m_repo, *m_endpoints, m_network, m_now);
    }

    void everyProviderConnects_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("realm");
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<QString>("accountId");
        QTest::addColumn<int>("children");
        const QString loopback = QStringLiteral("http://127.0.0.1:%1/callback");
        QTest::newRow("facebook embedded") << "facebook" << "meta" << QString() << "10158000000000001" << 4;
        QTest::newRow("x loopback") << "x" << "x" << loopback.arg(freePort()) << "1500000000000000001" << 0;
        QTest::newRow("linkedin loopback") << "linkedin" << "linkedin" << loopback.arg(freePort()) << "aB3cD4eF5g" << 0;
        QTest::newRow("tiktok hex pkce") << "tiktok" << "tiktok" << QString() << "-000AbCdEfGhIjKlMnOpQrStUvWxYz0123" << 0;
        QTest::newRow("youtube ephemeral") << "youtube" << "google" << QString() << "UCa1b2c3d4e5f6g7h8i9j0kL" << 0;
        QTest::newRow("mailchimp") << "mailchimp" << "mailchimp" << loopback.arg(freePort()) << QString() << 0;
        QTest::newRow("kit") << "kit" << "kit" << loopback.arg(freePort()) << QString() << 0;
        QTest::newRow("snapchat paste") << "snapchat" << "snapchat" << "https://campaignforge.invalid/oauth/snapchat"
                                        << "5f2a7c1e-0b3d-4e8f-9a6b-1c2d3e4f5a6b" << 1;
        QTest::newRow("tiktok business paste") << "tiktok_ads" << "tiktok_business"
                                               << "https://campaignforge.invalid/oauth/tiktok-business"
                                               << "business:7000000000000000001" << 1;
    }
    void everyProviderConnects()
    {
        QFETCH(QString, provider);
        QFETCH(QString, realm);
        QFETCH(QString, redirect);
        QFETCH(QString, accountId);
        QFETCH(int, children);
        setApp(provider, {QStringLiteral("sandbox-%1-client").arg(realm), QStringLiteral("sandbox-%1-secret").arg(realm), redirect, {}});
        const auto account = signIn(provider);
        QVERIFY(account);
        if (!accountId.isEmpty())
            QCOMPARE(account->accountId, accountId);
        QVERIFY(!account->accountName.isEmpty());
        QCOMPARE(m_repo->children(account->id)->size(), size_t(children));
        const auto tokens = loadTokens(*account);
        QVERIFY(tokens);
        QVERIFY(!tokens->accessToken.isEmpty());
        if (provider == QLatin1String("mailchimp"))
            QVERIFY2(account->apiBase.contains(QLatin1String("us19")), qPrintable(account->apiBase));
        if (provider == QLatin1String("facebook")) {
            QCOMPARE(tokens->expiresAt.isValid(), true); // the long-lived token
            const auto childRows = m_repo->children(account->id);
            for (const Connection &child : *childRows)
                QCOMPARE(loadTokens(child).has_value(), child.kind == ConnectionKind::Page);
        }
    }

    void declinedConsentFails()
    {
        AuthorizationSession *session = begin(QStringLiteral("facebook"));
        QVERIFY(session);
        QSignalSpy failed(m_service.get(), &ConnectionService::connectFailed);
        const QUrl landing = m_sandbox.consent(session->authorizeUrl(), false);
        QVERIFY(session->offerNavigation(landing));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<AuthError>().code, AuthError::Code::Denied);
    }

    void wordpressApplicationPassword()
    {
        QSignalSpy connected(m_service.get(), &ConnectionService::connected);
        m_service->connectWordPress(QUrl(QStringLiteral("https://blog.example.com")), QStringLiteral("noura"),
                                    QStringLiteral("abcd EFGH 1234 ijkl MNOP 5678"));
        QVERIFY(connected.wait(10000));
        QCOMPARE(connected.at(0).at(0).value<Connection>().platform, Platform::WordPress);
    }

    void refreshRotatesAndDisconnectRevokes()
    {
        Connection x;
        const auto rows = m_repo->list();
        for (const Connection &c : *rows)
            if (c.platform == Platform::X)
                x = c;
        QVERIFY(x.id > 0);
        const TokenSet before = *loadTokens(x);
        QVERIFY(!before.refreshToken.isEmpty());
        TokenRefresher refresher(m_vault, m_apps, *m_table, *m_repo, *m_endpoints, m_network, m_now);
        std::optional<TokenSet> fresh;
        bool done = false;
        refresher.refreshAfterUnauthorized(x, before.accessToken, [&](const std::optional<TokenSet> &t, const AuthError &e) {
            QVERIFY2(!e.isError(), qPrintable(e.message));
            fresh = t;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY(fresh->refreshToken != before.refreshToken); // rotated
        QCOMPARE(loadTokens(x)->refreshToken, fresh->refreshToken);
        // The old refresh token is dead at the platform.
        const OAuthProvider *provider = m_table->find(QStringLiteral("x"));
        TokenExchange exchange(*provider, {QStringLiteral("sandbox-x-client"), {}, {}, {}}, *m_endpoints, m_network, m_now);
        std::optional<AuthError> oldRefresh;
        exchange.refresh(before.refreshToken, this, [&](const TokenSet &, const AuthError &e) { oldRefresh = e; });
        QTRY_VERIFY_WITH_TIMEOUT(oldRefresh.has_value(), 15000);
        QCOMPARE(oldRefresh->code, AuthError::Code::InvalidGrant);

        const QUrl me = m_endpoints->rewrite(QUrl(QStringLiteral("https://api.x.com/2/users/me")));
        QCOMPARE(m_sandbox.request("GET", me, {}, {}, "Bearer " + fresh->accessToken.toUtf8()).status, 200);
        std::optional<ConnectionService::DisconnectOutcome> outcome;
        m_service->disconnect(x.id, [&](const ConnectionService::DisconnectOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY2(outcome->removed && outcome->revoked, qPrintable(outcome->error.message));
        QCOMPARE(m_sandbox.request("GET", me, {}, {}, "Bearer " + fresh->accessToken.toUtf8()).status, 401);
        QVERIFY(!loadTokens(x));
        QVERIFY(!m_repo->find(x.id));
    }

    void metaDisconnectRevokesAndRemovesPageTokens()
    {
        Connection meta;
        const auto rows = m_repo->list();
        for (const Connection &c : *rows)
            if (c.platform == Platform::Facebook && c.kind == ConnectionKind::Account)
                meta = c;
        QVERIFY(meta.id > 0);
        const auto childRows = m_repo->children(meta.id);
        const std::vector<Connection> children = *childRows;
        const TokenSet tokens = *loadTokens(meta);
        std::optional<ConnectionService::DisconnectOutcome> outcome;
        m_service->disconnect(meta.id, [&](const ConnectionService::DisconnectOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY(outcome->removed && outcome->revoked);
        for (const Connection &child : children)
            QVERIFY(!loadTokens(child));
        QUrl me = m_endpoints->rewrite(QUrl(QStringLiteral("https://graph.facebook.com/v21.0/me")));
        me.setQuery(QStringLiteral("access_token=") + tokens.accessToken);
        QVERIFY(m_sandbox.request("GET", me).status >= 400); // revoked
    }

    void cliLoopbackFlowLeavesNoSecretInFiles()
    {
        QTemporaryDir data;
        QTemporaryDir home;
        QStringList outputs;
        const QStringList common{QStringLiteral("--data-dir"), data.path(), QStringLiteral("--endpoints"), m_sandbox.endpointsFile()};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("cf.*=true"));
        auto run = [&](const QStringList &args, const QByteArray &input = {}) {
            QProcess cli;
            cli.setProcessEnvironment(env);
            cli.start(test::cliPath(), common + args);
            cli.write(input);
            cli.closeWriteChannel();
            cli.waitForFinished(30000);
            const QString out = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
            outputs << out;
            return std::make_pair(cli.exitCode(), out);
        };
        const quint16 port = freePort();
        const auto set = run({QStringLiteral("apps"), QStringLiteral("set"), QStringLiteral("x"), QStringLiteral("--client-id"),
                              QStringLiteral("sandbox-x-client"), QStringLiteral("--redirect-uri"),
                              QStringLiteral("http://127.0.0.1:%1/callback").arg(port)});
        QVERIFY2(set.first == 0, qPrintable(set.second));

        QProcess connect;
        connect.setProcessEnvironment(env);
        connect.start(test::cliPath(), common + QStringList{QStringLiteral("connect"), QStringLiteral("x"), QStringLiteral("--no-browser")});
        QUrl authorize;
        QByteArray seen;
        QVERIFY(QTest::qWaitFor([&] {
            seen += connect.readAllStandardOutput();
            for (const QByteArray &line : seen.split('\n'))
                if (line.startsWith("http://127.0.0.1"))
                    authorize = QUrl(QString::fromUtf8(line.trimmed()));
            return authorize.isValid() && seen.contains("Waiting");
        }, 20000));
        const QUrl landing = m_sandbox.consent(authorize, true);
        QCOMPARE(landing.port(), int(port));
        const QString code = QUrlQuery(landing).queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        const auto page = m_sandbox.request("GET", landing);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("You can close this window"));
        QVERIFY(connect.waitForFinished(30000));
        seen += connect.readAllStandardOutput() + connect.readAllStandardError();
        outputs << QString::fromUtf8(seen);
        QVERIFY2(connect.exitCode() == 0, seen.constData());
        QVERIFY(seen.contains("Connected X account"));

        const auto list = run({QStringLiteral("connections")});
        QCOMPARE(list.first, 0);
        const auto match = QRegularExpression(QStringLiteral("^\\s*(\\d+)\\s+x\\s+account\\s+connected"), QRegularExpression::MultilineOption)
                               .match(list.second);
        QVERIFY2(match.hasMatch(), qPrintable(list.second));
        const qint64 id = match.captured(1).toLongLong();
        Connection row;
        row.platform = Platform::X;
        row.id = id;
        const auto tokens = loadTokens(row);
        QVERIFY(tokens);

        const auto removed = run({QStringLiteral("connections"), QStringLiteral("remove"), QString::number(id)});
        QVERIFY2(removed.first == 0, qPrintable(removed.second));
        QVERIFY(removed.second.contains(QStringLiteral("revoked")));
        QVERIFY(!loadTokens(row));

        const QStringList secrets{tokens->accessToken, tokens->refreshToken, code, QStringLiteral("sandbox-x-secret")};
        const QString allOutput = outputs.join(QLatin1Char('\n'));
        for (const QString &secret : secrets) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!allOutput.contains(secret), "a secret reached the CLI output or logs");
        }
        int scanned = 0;
        for (const QString &root : {data.path(), home.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                ++scanned;
                for (const QString &secret : secrets)
                    QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
        QVERIFY(scanned >= 1); // at least the database
    }

    void cliPasteFlowAndSecretsFromStdin()
    {
        QTemporaryDir data;
        const QStringList common{QStringLiteral("--data-dir"), data.path(), QStringLiteral("--endpoints"), m_sandbox.endpointsFile()};
        auto run = [&](const QStringList &args, const QByteArray &input = {}) {
            QProcess cli;
            cli.start(test::cliPath(), common + args);
            cli.write(input);
            cli.closeWriteChannel();
            cli.waitForFinished(30000);
            return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError()));
        };
        // The secret comes from stdin and is never printed back.
        auto set = run({QStringLiteral("apps"), QStringLiteral("set"), QStringLiteral("snapchat"), QStringLiteral("--client-id"),
                        QStringLiteral("sandbox-snapchat-client"), QStringLiteral("--client-secret-stdin"),
                        QStringLiteral("--redirect-uri"), QStringLiteral("https://campaignforge.invalid/oauth/snapchat")},
                       "sandbox-snapchat-secret\n");
        QVERIFY2(set.first == 0, qPrintable(set.second));
        const auto show = run({QStringLiteral("apps"), QStringLiteral("show"), QStringLiteral("snapchat")});
        QCOMPARE(show.first, 0);
        QVERIFY(show.second.contains(QStringLiteral("sandbox-snapchat-client")));
        QVERIFY(show.second.contains(QStringLiteral("Client secret: stored")));
        QVERIFY(!show.second.contains(QStringLiteral("sandbox-snapchat-secret")));
        QCOMPARE(run({QStringLiteral("apps"), QStringLiteral("set"), QStringLiteral("snapchat")}).first, 2);
        QCOMPARE(run({QStringLiteral("connect"), QStringLiteral("myspace")}).first, 2);
        QCOMPARE(run({QStringLiteral("connect"), QStringLiteral("snapchat"), QStringLiteral("--redirect"), QStringLiteral("loopback_fixed")}).first, 2);

        QProcess connect;
        connect.start(test::cliPath(), common + QStringList{QStringLiteral("connect"), QStringLiteral("snapchat"), QStringLiteral("--no-browser")});
        QUrl authorize;
        QByteArray seen;
        QVERIFY(QTest::qWaitFor([&] {
            seen += connect.readAllStandardOutput();
            for (const QByteArray &line : seen.split('\n'))
                if (line.startsWith("http://127.0.0.1"))
                    authorize = QUrl(QString::fromUtf8(line.trimmed()));
            return authorize.isValid() && seen.contains("paste it here");
        }, 20000));
        const QUrl landing = m_sandbox.consent(authorize, true);
        QCOMPARE(landing.host(), QStringLiteral("campaignforge.invalid"));
        // A wrong paste is refused and the CLI keeps waiting for the right one.
        connect.write("https://campaignforge.invalid/somewhere-else?code=1&state=2\n");
        QByteArray errors;
        QVERIFY(QTest::qWaitFor([&] {
            errors += connect.readAllStandardError();
            return errors.contains("not the address");
        }, 10000));
        connect.write(landing.toString().toUtf8() + "\n");
        QVERIFY(connect.waitForFinished(30000));
        seen += connect.readAllStandardOutput();
        QVERIFY2(connect.exitCode() == 0, QByteArray(seen + connect.readAllStandardError()).constData());
        QVERIFY(seen.contains("Connected Snapchat account"));
        QVERIFY(seen.contains("ad_account"));

        const auto wp = run({QStringLiteral("connect"), QStringLiteral("wordpress"), QStringLiteral("--site"),
                             QStringLiteral("https://blog.example.com"), QStringLiteral("--user"), QStringLiteral("noura")},
                            "abcd EFGH 1234 ijkl MNOP 5678\n");
        QVERIFY2(wp.first == 0, qPrintable(wp.second));
        const auto wrong = run({QStringLiteral("connect"), QStringLiteral("wordpress"), QStringLiteral("--site"),
                                QStringLiteral("https://blog.example.com"), QStringLiteral("--user"), QStringLiteral("noura")},
                               "wrong password\n");
        QCOMPARE(wrong.first, 1);
        QVERIFY(wrong.second.contains(QStringLiteral("refused")));

        const auto list = run({QStringLiteral("connections")});
        QCOMPARE(list.first, 0);
        QVERIFY(list.second.contains(QStringLiteral("snapchat")));
        QVERIFY(list.second.contains(QStringLiteral("ad_account")));
        QVERIFY(list.second.contains(QStringLiteral("wordpress")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxConnect)
#include "tst_sandboxconnect.moc"
