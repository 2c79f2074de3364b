// Runs against a real gnome-keyring in a private D-Bus session
// (cf_add_test ... KEYRING).
#include "platforms/auth/KeychainStore.h"
#include "platforms/auth/PlatformAppCredentials.h"
#include "platforms/auth/TokenVault.h"

#include <QTest>

#include <qt6keychain/keychain.h>

using namespace cf;

namespace {

struct ReadResult
{
    bool done = false;
    std::optional<QByteArray> value;
    AuthError error;
};

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

    KeychainStore m_store{QStringLiteral("CampaignForgeTest")};

    ReadResult readKey(const QString &key)
    {
        ReadResult r;
        m_store.read(key, this, [&r](const std::optional<QByteArray> &v, const AuthError &e) {
            r = {true, v, e};
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000); }();
        return r;
    }
    AuthError writeKey(const QString &key, const QByteArray &value)
    {
        bool done = false;
        AuthError error;
        m_store.write(key, value, this, [&](const AuthError &e) {
            error = e;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return error;
    }
    AuthError removeKey(const QString &key)
    {
        bool done = false;
        AuthError error;
        m_store.remove(key, this, [&](const AuthError &e) {
            error = e;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return error;
    }
    // What QtKeychain itself holds under key, bypassing our chunking.
    std::optional<QByteArray> rawEntry(const QString &key)
    {
        auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("CampaignForgeTest"), this);
        job->setKey(key);
        job->setAutoDelete(false);
        bool done = false;
        connect(job, &QKeychain::Job::finished, this, [&done] { done = true; });
        job->start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        std::optional<QByteArray> out;
        if (job->error() == QKeychain::NoError)
            out = job->binaryData();
        delete job;
        return out;
    }

private Q_SLOTS:
    void smallValueRoundTrip()
    {
        QVERIFY(!writeKey(QStringLiteral("campaignforge/x/1"), "small secret").isError());
        const ReadResult r = readKey(QStringLiteral("campaignforge/x/1"));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.value, std::optional<QByteArray>("small secret"));
        QVERIFY(!rawEntry(QStringLiteral("campaignforge/x/1.0")));
    }

    void missingKeyIsNotAnError()
    {
        const ReadResult r = readKey(QStringLiteral("campaignforge/x/999"));
        QVERIFY(!r.error.isError());
        QVERIFY(!r.value);
        QVERIFY(!removeKey(QStringLiteral("campaignforge/x/999")).isError());
    }

    void largeValuesAreChunked()
    {
        QByteArray big;
        for (int i = 0; i < 5000; ++i)
            big += char('a' + i % 26);
        const QString key = QStringLiteral("campaignforge/facebook/7");
        QVERIFY(!writeKey(key, big).isError());
        // Three chunks of at most 2 KB and a header naming them.
        QCOMPARE(rawEntry(key), std::optional<QByteArray>("cf1-chunks:3"));
        QCOMPARE(rawEntry(key + QStringLiteral(".0"))->size(), 2048);
        QCOMPARE(rawEntry(key + QStringLiteral(".2"))->size(), 5000 - 4096);
        QVERIFY(!rawEntry(key + QStringLiteral(".3")));
        QCOMPARE(readKey(key).value, std::optional<QByteArray>(big));

        // A shorter value replaces it and leaves no stale chunks behind.
        QVERIFY(!writeKey(key, big.left(2100)).isError());
        QCOMPARE(readKey(key).value, std::optional<QByteArray>(big.left(2100)));
        QVERIFY(!rawEntry(key + QStringLiteral(".2")));
        QVERIFY(!writeKey(key, "tiny").isError());
        QCOMPARE(readKey(key).value, std::optional<QByteArray>("tiny"));
        QVERIFY(!rawEntry(key + QStringLiteral(".0")));

        QVERIFY(!writeKey(key, big).isError());
        QVERIFY(!removeKey(key).isError());
        QVERIFY(!readKey(key).value);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!rawEntry(key + QStringLiteral(".%1").arg(i)));
    }

    void vaultKeysAreNamespacedPerPlatformAndConnection()
    {
        QCOMPARE(TokenVault::keyFor(Platform::Instagram, 12), QStringLiteral("campaignforge/instagram/12"));
        TokenVault vault(m_store);
        TokenSet a;
        a.accessToken = QStringLiteral("token-for-x-5");
        a.refreshToken = QString(3000, QLatin1Char('r')); // forces chunking
        a.expiresAt = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
        a.scopes = {QStringLiteral("tweet.read")};
        TokenSet b;
        b.accessToken = QStringLiteral("token-for-linkedin-5");
        int stored = 0;
        vault.store(Platform::X, 5, a, this, [&](const AuthError &e) { QVERIFY(!e.isError()); ++stored; });
        vault.store(Platform::LinkedIn, 5, b, this, [&](const AuthError &e) { QVERIFY(!e.isError()); ++stored; });
        QTRY_COMPARE_WITH_TIMEOUT(stored, 2, 10000);
        std::optional<TokenSet> gotA, gotB;
        int loaded = 0;
        vault.load(Platform::X, 5, this, [&](const std::optional<TokenSet> &t, const AuthError &) { gotA = t; ++loaded; });
        vault.load(Platform::LinkedIn, 5, this, [&](const std::optional<TokenSet> &t, const AuthError &) { gotB = t; ++loaded; });
        QTRY_COMPARE_WITH_TIMEOUT(loaded, 2, 10000);
        QCOMPARE(*gotA, a);
        QCOMPARE(gotB->accessToken, b.accessToken);
        int removed = 0;
        vault.remove(Platform::X, 5, this, [&](const AuthError &e) { QVERIFY(!e.isError()); ++removed; });
        QTRY_COMPARE_WITH_TIMEOUT(removed, 1, 10000);
        QVERIFY(!readKey(TokenVault::keyFor(Platform::X, 5)).value);
        QVERIFY(readKey(TokenVault::keyFor(Platform::LinkedIn, 5)).value);
    }

    void appCredentialsGetSetClear()
    {
        PlatformAppCredentials apps(m_store);
        std::optional<AppCredentials> got;
        bool done = false;
        apps.get(QStringLiteral("snapchat"), this, [&](const std::optional<AppCredentials> &a, bool fromBuild, const AuthError &e) {
            QVERIFY(!e.isError());
            QVERIFY(!fromBuild);
            got = a;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!got);
        const AppCredentials app{QStringLiteral("snap-id"), QStringLiteral("snap-secret"), QStringLiteral("https://shop.example/cb"),
                                 QStringLiteral("paste")};
        done = false;
        apps.set(QStringLiteral("snapchat"), app, this, [&](const AuthError &e) { QVERIFY(!e.isError()); done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        done = false;
        apps.get(QStringLiteral("snapchat"), this, [&](const std::optional<AppCredentials> &a, bool, const AuthError &) {
            got = a;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(*got, app);
        done = false;
        apps.clear(QStringLiteral("snapchat"), this, [&](const AuthError &e) { QVERIFY(!e.isError()); done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!readKey(PlatformAppCredentials::keyFor(QStringLiteral("snapchat"))).value);
    }

    void callbacksAreSkippedWhenTheContextIsGone()
    {
        auto *context = new QObject;
        bool called = false;
        m_store.read(QStringLiteral("campaignforge/x/1"), context,
                     [&called](const std::optional<QByteArray> &, const AuthError &) { called = true; });
        delete context;
        QTest::qWait(500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
