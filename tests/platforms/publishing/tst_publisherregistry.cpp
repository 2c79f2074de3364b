// PublisherRegistry: every organic platform has an adapter that names its
// platform; unknown platforms give nullptr; a factory can be replaced.
#include "platforms/net/EndpointMap.h"
#include "platforms/publishing/PublisherRegistry.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace cf;

namespace {
// A stand-in adapter to prove that add() replaces a factory.
class NamedPublisher : public PlatformPublisher
{
public:
    Platform platform() const override { return Platform::Snapchat; }
    bool schedulesNatively() const override { return false; }
    QStringList checkLimits(const PublishRequest &) const override { return {QStringLiteral("stand-in")}; }
    void publish(const PublishRequest &, QObject *, Checkpoint, Done done) override { done(PublishOutcome()); }
    void reconcile(const PublishRequest &, QObject *, ReconcileDone done) override { done(ReconcileOutcome()); }
};
} // namespace

class TestPublisherRegistry : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    EndpointMap m_endpoints;

private Q_SLOTS:
    void everyOrganicPlatformHasAnAdapter()
    {
        const PublisherRegistry registry = PublisherRegistry::withAllAdapters();
        for (Platform platform : {Platform::Facebook, Platform::Instagram, Platform::X, Platform::LinkedIn, Platform::TikTok,
                                  Platform::YouTube, Platform::WordPress, Platform::Mailchimp, Platform::Kit}) {
            QVERIFY2(registry.has(platform), qPrintable(platformId(platform)));
            const auto adapter = registry.create(platform, m_network, m_endpoints);
            QVERIFY(adapter);
            QCOMPARE(adapter->platform(), platform);
        }
        QVERIFY(registry.create(Platform::Facebook, m_network, m_endpoints)->schedulesNatively());
        QVERIFY(!registry.create(Platform::Instagram, m_network, m_endpoints)->schedulesNatively());
        QVERIFY(!registry.create(Platform::X, m_network, m_endpoints)->schedulesNatively());
    }

    void unknownPlatformGivesNothingAndAddReplaces()
    {
        PublisherRegistry registry;
        QVERIFY(!registry.has(Platform::Snapchat));
        QVERIFY(!registry.create(Platform::Snapchat, m_network, m_endpoints));
        registry.add(Platform::Snapchat, [](QNetworkAccessManager &, const EndpointMap &) -> std::unique_ptr<PlatformPublisher> {
            return std::make_unique<NamedPublisher>();
        });
        QCOMPARE(registry.platforms().size(), size_t(1));
        QCOMPARE(registry.create(Platform::Snapchat, m_network, m_endpoints)->checkLimits(PublishRequest()), QStringList{QStringLiteral("stand-in")});
    }
};

QTEST_GUILESS_MAIN(TestPublisherRegistry)
#include "tst_publisherregistry.moc"
