// The embedded sign-in window end to end, under Xvfb with a real web view,
// a real keychain (private gnome-keyring) and campaignforge-sandbox: the
// consent page is loaded, Allow/Deny are clicked through runJavaScript, the
// redirect is intercepted (the sandbox must never see a request for it), the
// account row and its token are stored; Deny, Cancel and the timeout end
// with a clear message. Afterwards no file and no log line holds a secret.
#include "tests/platforms/auth/ConnectionsDb.h"
#include "tests/platforms/auth/SandboxRunner.h"

#include "models/store/ConnectionRepository.h"
#include "platforms/auth/AuthorizationSession.h"
#include "platforms/auth/ConnectionService.h"
#include "platforms/auth/KeychainStore.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "platforms/auth/TokenVault.h"
#include "platforms/net/EndpointMap.h"
#include "ui/connections/ConnectionsStack.h"
#include "ui/connections/OAuthBrowserDialog.h"
#include "ui/connections/RedirectInterceptingPage.h"
#include "app/core/LanguageController.h"
#include "app/core/SandboxMode.h"
#include "ui/LanguageDirection.h"
#include "ui/pages/ConnectionsPage.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QTest>
#include <QWebEngineView>

using namespace cf;

namespace {
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

class TestOAuthBrowserDialog : public QObject
{
    Q_OBJECT

    test::SandboxRunner m_sandbox;
    QTemporaryDir m_dir;
    Database m_db;
    std::optional<EndpointMap> m_endpoints;
    KeychainStore m_keychain;
    std::unique_ptr<ConnectionsStack> m_stack;
    QStringList m_secrets; // every secret seen, for the final scan

    ConnectionService &service() { return m_stack->services().service; }

    AuthorizationSession *begin()
    {
        AuthorizationSession *session = nullptr;
        bool ready = false;
        service().beginSignIn(QStringLiteral("facebook"), RedirectKind::Embedded,
                              [&](AuthorizationSession *s, const AuthError &e) {
            if (e.isError())
                qWarning() << e.message;
            session = s;
            ready = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(ready, 10000); }();
        return session;
    }

    // Opens the dialog on a fresh sign-in and waits for the consent page.
    std::unique_ptr<OAuthBrowserDialog> openDialog()
    {
        AuthorizationSession *session = begin();
        if (!session)
            return nullptr;
        auto dialog = std::make_unique<OAuthBrowserDialog>(*session, service(), QStringLiteral("Facebook"));
        QSignalSpy loaded(dialog->view(), &QWebEngineView::loadFinished);
        dialog->show();
        dialog->start();
        if (!loaded.wait(30000) || !loaded.at(0).at(0).toBool())
            return nullptr;
        return dialog;
    }

    void click(OAuthBrowserDialog &dialog, const QString &id)
    {
        dialog.page()->runJavaScript(QStringLiteral("document.getElementById('%1').click()").arg(id));
    }

    QJsonArray recorded(const QString &pathRegex)
    {
        const auto answer = m_sandbox.request(
            "GET", QUrl(m_sandbox.base() + QStringLiteral("/_sandbox/requests?path_regex=") + QString::fromLatin1(QUrl::toPercentEncoding(pathRegex))));
        return QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("requests")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("cf.auth.info=true\ncampaignforge.ui.info=true"));
        g_previousHandler = qInstallMessageHandler(captureLog);
        QVERIFY(m_sandbox.start());
        QString error;
        m_endpoints = EndpointMap::fromFile(m_sandbox.endpointsFile(), &error);
        QVERIFY2(m_endpoints, qPrintable(error));
        QVERIFY(test::openConnectionsDb(m_db, m_dir, QStringLiteral("dialog")));
        m_keychain.setRetryDelayMs(50);
        m_stack = ConnectionsStack::create(m_db, *m_endpoints, m_keychain, [] { return QDateTime::currentDateTimeUtc(); },
                                           &error);
        QVERIFY2(m_stack, qPrintable(error));
        bool done = false;
        m_stack->apps().set(QStringLiteral("facebook"),
                            {QStringLiteral("sandbox-meta-client"), QStringLiteral("sandbox-meta-secret"), {}, {}}, this,
                            [&](const AuthError &e) {
            QVERIFY2(!e.isError(), qPrintable(e.message));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        m_secrets << QStringLiteral("sandbox-meta-secret");
    }

    void allowConnectsWithoutLoadingTheRedirect()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        // Only the host is shown, never a path or query.
        const auto *host = dialog->findChild<QLabel *>(QStringLiteral("oauthHost"));
        QVERIFY(host->text().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(!host->text().contains(QLatin1Char('?')));
        QSignalSpy connected(dialog.get(), &OAuthBrowserDialog::connected);
        click(*dialog, QStringLiteral("allow"));
        QVERIFY(connected.wait(30000));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->page()->interceptedCount(), 1);

        const Connection account = connected.at(0).at(0).value<Connection>();
        QCOMPARE(account.platform, Platform::Facebook);
        QVERIFY(!account.accountName.isEmpty());
        const auto rows = m_stack->services().repository.list();
        QVERIFY(rows);
        QVERIFY(std::any_of(rows->begin(), rows->end(), [&](const Connection &c) { return c.id == account.id; }));
        QVERIFY(rows->size() > 1); // Pages, Instagram account and ad account found through it

        std::optional<TokenSet> tokens;
        bool loaded = false;
        m_stack->services().vault.load(account.platform, account.id, this,
                                       [&](const std::optional<TokenSet> &t, const AuthError &) {
            tokens = t;
            loaded = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 10000);
        QVERIFY(tokens && !tokens->accessToken.isEmpty());
        m_secrets << tokens->accessToken;

        // The sandbox serves a copy of login_success.html: it was never asked for it.
        QCOMPARE(recorded(QStringLiteral("login_success")).size(), 0);
        // The code the browser carried, as the token exchange sent it.
        const QJsonArray exchanges = recorded(QStringLiteral("oauth/access_token"));
        QVERIFY(!exchanges.isEmpty());
        for (const QJsonValue &request : exchanges) {
            const QUrlQuery query(request.toObject().value(QStringLiteral("query")).toString());
            const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
            if (!code.isEmpty())
                m_secrets << code;
        }
        QVERIFY(m_secrets.size() >= 3);
    }

    void denyShowsAClearError()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        click(*dialog, QStringLiteral("deny"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->failureCode(), AuthError::Code::Denied, 30000);
        QVERIFY(dialog->failureMessage().contains(QStringLiteral("Facebook")));
        const auto *status = dialog->findChild<QLabel *>(QStringLiteral("oauthStatus"));
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(), dialog->failureMessage());
        QVERIFY(!dialog->view()->isVisible());
        QVERIFY(dialog->isVisible()); // stays until the user has read it
        QCOMPARE(recorded(QStringLiteral("login_success")).size(), 0);
    }

    void cancelEndsTheSession()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        QSignalSpy failed(&service(), &ConnectionService::connectFailed);
        dialog->findChild<QPushButton *>(QStringLiteral("oauthCancel"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 5000);
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(dialog->failureCode(), AuthError::Code::Cancelled);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<AuthError>().code, AuthError::Code::Cancelled);
    }

    void timeoutStopsTheSignIn()
    {
        AuthorizationSession *session = begin();
        QVERIFY(session);
        OAuthBrowserDialog dialog(*session, service(), QStringLiteral("Facebook"));
        dialog.setTimeout(std::chrono::milliseconds(1500));
        dialog.show();
        dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.failureCode(), AuthError::Code::TimedOut, 15000);
        QVERIFY(!dialog.failureMessage().isEmpty());
        QVERIFY(dialog.failureMessage().contains(QStringLiteral("Facebook")));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("oauthCancel"))->text(), QStringLiteral("Close"));
    }

    // The Connections page with the sandbox account just connected, in
    // both languages: <build>/screenshots/connections-sandbox_<lang>.png.
    void screenshotsOfConnectedAccount_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ar") << QStringLiteral("ar");
    }
    void screenshotsOfConnectedAccount()
    {
        QFETCH(QString, language);
        LanguageController controller;
        followLanguageDirection(controller);
        QVERIFY(controller.setLanguage(language));
        ConnectionsPage page(&m_stack->services());
        QSignalSpy reloaded(&page, &ConnectionsPage::reloaded);
        page.resize(1000, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!reloaded.isEmpty() || reloaded.wait(15000));
        QTest::qWait(300); // the account picture arrives from the sandbox
        QCOMPARE(page.layoutDirection(), language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
        QVERIFY(!page.keychainUnavailable());
        const QString dir = QStringLiteral(CF_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(dir));
        const QString path = QStringLiteral("%1/connections-sandbox_%2.png").arg(dir, language);
        QVERIFY(page.grab().toImage().save(path));
        qInfo("saved %s", qPrintable(path));
        controller.setLanguage(QStringLiteral("en"));
    }

    // Sandbox mode's own emulator: started as a child, it writes its
    // endpoints file, and its test apps become the app credentials of
    // every provider that has none (what the user stored is kept).
    void sandboxModeStartsTheEmulatorAndSeedsApps()
    {
        KeychainStore sandboxKeychain(QStringLiteral("CampaignForge Sandbox Test"));
        PlatformAppCredentials apps(sandboxKeychain);
        bool kept = false;
        apps.set(QStringLiteral("x"), {QStringLiteral("users-own-x-client"), {}, {}, {}}, this,
                 [&](const AuthError &e) { kept = !e.isError(); });
        QTRY_VERIFY_WITH_TIMEOUT(kept, 10000);

        SandboxMode sandbox;
        const QString endpointsFile = m_dir.filePath(QStringLiteral("sandbox/endpoints.json"));
        QString error;
        QVERIFY2(sandbox.start(QStringLiteral(CF_SANDBOX_PATH), endpointsFile, &error), qPrintable(error));
        QVERIFY(sandbox.baseUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(EndpointMap::fromFile(endpointsFile, &error));
        QString seedProblem = QStringLiteral("not called");
        sandbox.seedAppCredentials(apps, m_stack->providers(), m_stack->network(),
                                   [&](const QString &problem) { seedProblem = problem; });
        QTRY_VERIFY_WITH_TIMEOUT(seedProblem != QLatin1String("not called"), 15000);
        QVERIFY2(seedProblem.isEmpty(), qPrintable(seedProblem));

        const auto read = [&](const QString &provider) {
            std::optional<AppCredentials> out;
            bool done = false;
            apps.get(provider, this, [&](const std::optional<AppCredentials> &app, bool, const AuthError &) {
                out = app;
                done = true;
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
            return out;
        };
        const auto meta = read(QStringLiteral("facebook"));
        QVERIFY(meta);
        QCOMPARE(meta->clientId, QStringLiteral("sandbox-meta-client"));
        QCOMPARE(meta->clientSecret, QStringLiteral("sandbox-meta-secret"));
        const auto snapchat = read(QStringLiteral("snapchat"));
        QVERIFY(snapchat);
        QVERIFY(snapchat->redirectUri.startsWith(QStringLiteral("https://")));
        QCOMPARE(read(QStringLiteral("x"))->clientId, QStringLiteral("users-own-x-client"));
        for (const QString &provider : {QStringLiteral("facebook"), QStringLiteral("snapchat"), QStringLiteral("x")}) {
            bool cleared = false;
            apps.clear(provider, this, [&](const AuthError &) { cleared = true; });
            QTRY_VERIFY(cleared);
        }
        m_secrets << QStringLiteral("sandbox-snapchat-secret");
    }

    void noSecretInFilesOrLogs()
    {
        QVERIFY(m_secrets.size() >= 3);
        m_db.close();
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++scanned;
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(files.filePath()));
        }
        QVERIFY(scanned > 0);
        QMutexLocker lock(&g_logMutex);
        QVERIFY(!g_log.isEmpty());
        const QString log = g_log.join(QLatin1Char('\n'));
        QVERIFY(log.contains(QStringLiteral("redirect intercepted")));
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!log.contains(secret), "a secret reached the log");
    }
};

int main(int argc, char *argv[])
{
    // Chromium refuses to run its sandbox as root in containers; the test
    // machine's isolation is the private keyring and Xvfb.
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestOAuthBrowserDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_oauthbrowserdialog.moc"
