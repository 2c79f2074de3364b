#pragma once

#include "bench/publish/BenchBackend.h"
#include "models/domain/Platform.h"
#include "tests/platforms/publishing/PublisherHarness.h"

#include <QTemporaryDir>

#include <map>
#include <vector>

namespace cf::bench {

// One account the bench publishes to, and how many of the items go there.
struct BenchAccount
{
    Platform platform = Platform::Facebook;
    QString accountId;
    QString accountName;
    QString token;   // never printed
    QString apiBase; // WordPress site URL
    bool page = false;
    int items = 0;
    qint64 connectionId = 0;
};

// Everything before the timed run, outside the timing: campaignforge-sandbox
// on 127.0.0.1 (through the test suites' PublisherHarness), a token for
// every account through that platform's real sign-in flow, and a data
// folder whose database holds a campaign with `total` approved items spread
// over the accounts, released with "publish now" (PublishQueue::publishNow,
// as the owner's button does), so quiet hours do not hold them back.
//
// Setup and the checks afterwards wait on replies the way the tests do
// (QSignalSpy); the timed run itself uses the application's event loop.
class BenchSetup
{
public:
    bool startSandbox(QString *error);
    bool signIn(QString *error);
    bool seed(int total, QString *error);

    test::PublisherHarness &harness() { return m_harness; }
    const std::vector<BenchAccount> &accounts() const { return m_accounts; }
    BenchBackend::Tokens tokens() const;
    QString databasePath() const { return m_dir.filePath(QStringLiteral("campaignforge.sqlite")); }
    QString assetsDir() const { return m_dir.filePath(QStringLiteral("assets")); }
    // The platform of every item, for the per-platform figures.
    const std::map<qint64, Platform> &itemPlatforms() const { return m_itemPlatforms; }

private:
    test::PublisherHarness m_harness;
    QTemporaryDir m_dir;
    std::vector<BenchAccount> m_accounts;
    std::map<qint64, Platform> m_itemPlatforms;
};

} // namespace cf::bench
