// MailchimpPublisher and KitPublisher against campaignforge-sandbox: the
// campaign / broadcast shape for sending now and natively scheduled, the
// checkpointed Mailchimp campaign on a retry, every fault kind, a dropped
// answer and its reconcile.
#include "../sandbox/SandboxTokens.h"
#include "PublisherHarness.h"

#include <QFloat16>

#include "platforms/publishing/KitPublisher.h"
#include "platforms/publishing/MailchimpPublisher.h"

using namespace cf;
using cf::test::PublisherHarness;
using Json = nlohmann::json;

class TestEmailPublishers : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;

    PublishRequest email(Platform platform, const QString &token, const QString &subject)
    {
        PublishRequest req = test::textRequest(platform, QStringLiteral("acct"), token, QStringLiteral("Ramadan offers inside."),
                                               QStringLiteral("https://shop.example.com/?utm_source=email"));
        req.item.campaignId = 7;
        req.targetId = 42;
        EmailCopy copy;
        copy.subject = subject;
        copy.preheader = QStringLiteral("30% off");
        copy.html = QStringLiteral("<p>Ramadan offers inside.</p>");
        copy.text = QStringLiteral("Ramadan offers inside.");
        req.item.copy->en.email = copy;
        req.item.copy->brandName = QStringLiteral("Noura Boutique");
        req.connection.apiBase = QStringLiteral("https://us19.api.mailchimp.com");
        return req;
    }
    Json body(const Json &recorded, std::size_t index = 0) { return Json::parse(recorded[index]["body"].get<std::string>()); }
    Json mcCampaign(const QString &token, const QString &id)
    {
        return m_harness.sandbox().get(m_harness.sandbox().url(QStringLiteral("mailchimp/3.0/campaigns/") + id), {{"Authorization", "Bearer " + token.toUtf8()}}).json();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_harness.start()); }
    void init() { QVERIFY(m_harness.reset()); }

    void mailchimpSendsNow()
    {
        const QString token = test::mailchimpToken(m_harness.sandbox());
        MailchimpPublisher publisher(m_harness.network(), m_harness.endpoints());
        const PublishRequest req = email(Platform::Mailchimp, token, QStringLiteral("Ramadan sale"));
        QVERIFY(publisher.checkLimits(req).isEmpty());
        std::map<QString, QString> checkpoints;
        const auto outcome = m_harness.publish(publisher, req, &checkpoints);
        QVERIFY(outcome);
        QCOMPARE(outcome->status, PublishStatus::Published);
        QCOMPARE(outcome->externalId, checkpoints[QStringLiteral("mc_campaign")]);
        const Json created = body(m_harness.recorded(QStringLiteral("mailchimp"), QStringLiteral("/3.0/campaigns$")));
        QCOMPARE(created["type"], "regular");
        QCOMPARE(created["recipients"]["list_id"], "26d8e9db1e");
        QCOMPARE(created["settings"]["subject_line"], "Ramadan sale");
        QCOMPARE(created["settings"]["from_name"], "Noura Boutique");
        QCOMPARE(created["settings"]["title"], "CampaignForge 7-42");
        QVERIFY(created["settings"]["reply_to"].is_string());
        const Json content = body(m_harness.recorded(QStringLiteral("mailchimp"), QStringLiteral("/content$"), QStringLiteral("PUT")));
        QCOMPARE(content["html"], "<p>Ramadan offers inside.</p>");
        QCOMPARE(mcCampaign(token, outcome->externalId)["status"], "sent");
        QCOMPARE(m_harness.recorded(QStringLiteral("mailchimp"), QStringLiteral("/actions/send$")).size(), size_t(1));
    }

    void mailchimpSchedulesOnTheNextQuarterHourAndRetriesWithTheSameCampaign()
    {
        const QString token = test::mailchimpToken(m_harness.sandbox());
        MailchimpPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = email(Platform::Mailchimp, token, QStringLiteral("Eid"));
        QDateTime at = QDateTime::currentDateTimeUtc().addDays(1);
        at.setTime(QTime(10, 7));
        req.publishAtUtc = at;
        QCOMPARE(MailchimpPublisher::quarterHourAtOrAfter(at).time(), QTime(10, 15));
        // The schedule call is rate limited once: the campaign stays and is reused.
        QVERIFY(m_harness.addFault({{"host", "mailchimp"}, {"path_regex", "/actions/schedule$"}, {"fault", "rate_limit"}, {"retry_after", 30}}));
        std::map<QString, QString> checkpoints;
        auto outcome = m_harness.publish(publisher, req, &checkpoints);
        QCOMPARE(outcome->status, PublishStatus::FailedRetryable);
        QCOMPARE(outcome->error, PublishErrorKind::RateLimited);
        req.checkpoints = checkpoints;
        outcome = m_harness.publish(publisher, req, &checkpoints);
        QCOMPARE(outcome->status, PublishStatus::ScheduledNatively);
        QCOMPARE(m_harness.recorded(QStringLiteral("mailchimp"), QStringLiteral("/3.0/campaigns$")).size(), size_t(1));
        const Json scheduled = body(m_harness.recorded(QStringLiteral("mailchimp"), QStringLiteral("/actions/schedule$")), 1);
        QCOMPARE(QDateTime::fromString(QString::fromStdString(scheduled["schedule_time"]), Qt::ISODate), MailchimpPublisher::quarterHourAtOrAfter(at));
        QCOMPARE(mcCampaign(token, outcome->externalId)["status"], "schedule");
    }

    void mailchimpFaultsAndDroppedCreate()
    {
        const QString token = test::mailchimpToken(m_harness.sandbox());
        MailchimpPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "mailchimp"}, {"path_regex", "/campaigns$"}, {"method", "POST"}, {"fault", "server_error"}}));
        QCOMPARE(m_harness.publish(publisher, email(Platform::Mailchimp, token, QStringLiteral("a")))->status, PublishStatus::Unknown);
        QVERIFY(m_harness.addFault({{"host", "mailchimp"}, {"path_regex", "/campaigns$"}, {"method", "POST"}, {"fault", "token_invalid"}}));
        auto outcome = m_harness.publish(publisher, email(Platform::Mailchimp, token, QStringLiteral("b")));
        QVERIFY(outcome->unauthorized);
        QVERIFY(m_harness.addFault({{"host", "mailchimp"}, {"path_regex", "/campaigns$"}, {"method", "POST"}, {"fault", "policy"}}));
        outcome = m_harness.publish(publisher, email(Platform::Mailchimp, token, QStringLiteral("c")));
        QCOMPARE(outcome->status, PublishStatus::FailedPermanent);
        QCOMPARE(outcome->error, PublishErrorKind::PermissionMissing);
        // A send whose answer is lost: Unknown, sent once, found by reconcile from the checkpoint.
        QVERIFY(m_harness.addFault({{"host", "mailchimp"}, {"path_regex", "/actions/send$"}, {"fault", "drop_after_accept"}, {"count", 3}}));
        PublishRequest req = email(Platform::Mailchimp, token, QStringLiteral("dropped"));
        std::map<QString, QString> checkpoints;
        outcome = m_harness.publish(publisher, req, &checkpoints);
        QCOMPARE(outcome->status, PublishStatus::Unknown);
        QCOMPARE(m_harness.recorded(QStringLiteral("mailchimp"), QStringLiteral("/actions/send$")).size(), size_t(1));
        req.checkpoints = checkpoints;
        const auto found = m_harness.reconcile(publisher, req);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QCOMPARE(found->externalId, checkpoints[QStringLiteral("mc_campaign")]);
        // Without the checkpoint the campaign is found by its title.
        req.checkpoints.clear();
        QCOMPARE(m_harness.reconcile(publisher, req)->status, ReconcileStatus::Published);
        PublishRequest other = email(Platform::Mailchimp, token, QStringLiteral("other"));
        other.targetId = 99;
        QCOMPARE(m_harness.reconcile(publisher, other)->status, ReconcileStatus::NotPublished);
    }

    void kitBroadcastNowAndScheduled()
    {
        const QString token = test::kitToken(m_harness.sandbox());
        KitPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = email(Platform::Kit, token, QStringLiteral("Ramadan sale"));
        QVERIFY(publisher.checkLimits(req).isEmpty());
        auto outcome = m_harness.publish(publisher, req);
        QCOMPARE(outcome->status, PublishStatus::Published);
        Json sent = body(m_harness.recorded(QStringLiteral("api.kit.com"), QStringLiteral("/v4/broadcasts$")));
        QCOMPARE(sent["subject"], "Ramadan sale");
        QCOMPARE(sent["content"], "<p>Ramadan offers inside.</p>");
        QCOMPARE(sent["preview_text"], "30% off");
        QVERIFY(sent["send_at"].is_string());
        req = email(Platform::Kit, token, QStringLiteral("Eid"));
        req.publishAtUtc = QDateTime::currentDateTimeUtc().addDays(2);
        outcome = m_harness.publish(publisher, req);
        QCOMPARE(outcome->status, PublishStatus::ScheduledNatively);
        sent = body(m_harness.recorded(QStringLiteral("api.kit.com"), QStringLiteral("/v4/broadcasts$")), 1);
        QCOMPARE(QDateTime::fromString(QString::fromStdString(sent["send_at"]), Qt::ISODate), req.publishAtUtc->addMSecs(-req.publishAtUtc->time().msec()));
        const auto found = m_harness.reconcile(publisher, req);
        QCOMPARE(found->status, ReconcileStatus::Published);
        QCOMPARE(found->externalId, outcome->externalId);
    }

    void kitFaultsAndDroppedCreate()
    {
        const QString token = test::kitToken(m_harness.sandbox());
        KitPublisher publisher(m_harness.network(), m_harness.endpoints());
        QVERIFY(m_harness.addFault({{"host", "api.kit.com"}, {"path_regex", "/broadcasts$"}, {"fault", "rate_limit"}}));
        auto outcome = m_harness.publish(publisher, email(Platform::Kit, token, QStringLiteral("a")));
        QCOMPARE(outcome->error, PublishErrorKind::RateLimited);
        QVERIFY(outcome->retryNotBeforeUtc); // Kit sends no headers: the default back-off
        QVERIFY(m_harness.addFault({{"host", "api.kit.com"}, {"path_regex", "/broadcasts$"}, {"fault", "server_error"}}));
        QCOMPARE(m_harness.publish(publisher, email(Platform::Kit, token, QStringLiteral("b")))->status, PublishStatus::Unknown);
        QVERIFY(m_harness.addFault({{"host", "api.kit.com"}, {"path_regex", "/broadcasts$"}, {"fault", "token_expired"}}));
        QVERIFY(m_harness.publish(publisher, email(Platform::Kit, token, QStringLiteral("c")))->unauthorized);
        QVERIFY(m_harness.addFault({{"host", "api.kit.com"}, {"path_regex", "/broadcasts$"}, {"fault", "policy"}}));
        QCOMPARE(m_harness.publish(publisher, email(Platform::Kit, token, QStringLiteral("d")))->error, PublishErrorKind::PermissionMissing);
        QVERIFY(m_harness.addFault({{"host", "api.kit.com"}, {"path_regex", "/broadcasts$"}, {"method", "POST"}, {"fault", "drop_after_accept"}, {"count", 3}}));
        const PublishRequest req = email(Platform::Kit, token, QStringLiteral("dropped"));
        QCOMPARE(m_harness.publish(publisher, req)->status, PublishStatus::Unknown);
        const Json creates = m_harness.recorded(QStringLiteral("api.kit.com"), QStringLiteral("/v4/broadcasts$"));
        QCOMPARE(creates.size(), size_t(5));
        QCOMPARE(m_harness.reconcile(publisher, req)->status, ReconcileStatus::Published);
        QCOMPARE(m_harness.reconcile(publisher, email(Platform::Kit, token, QStringLiteral("never")))->status, ReconcileStatus::NotPublished);
    }

    void mailchimpCancelUnschedulesThenDeletes()
    {
        const QString token = test::mailchimpToken(m_harness.sandbox());
        MailchimpPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = email(Platform::Mailchimp, token, QStringLiteral("Taken back"));
        req.publishAtUtc = QDateTime::currentDateTimeUtc().addDays(1);
        const QString id = m_harness.publish(publisher, req)->externalId;
        QCOMPARE(mcCampaign(token, id)["status"], "schedule");
        // The delete is refused once (429): the campaign is a draft by then, and a retry only deletes it.
        QVERIFY(m_harness.addFault({{"host", "mailchimp"}, {"path_regex", "/campaigns/" + id.toStdString() + "$"}, {"method", "DELETE"}, {"fault", "rate_limit"}}));
        auto outcome = m_harness.cancel(publisher, req, id);
        QVERIFY(!outcome->cancelled);
        QVERIFY(outcome->retryable);
        QCOMPARE(mcCampaign(token, id)["status"], "save");
        outcome = m_harness.cancel(publisher, req, id);
        QVERIFY2(outcome->cancelled, qPrintable(outcome->message));
        QCOMPARE(m_harness.recorded(QStringLiteral("mailchimp"), QStringLiteral("/actions/unschedule$")).size(), size_t(1));
        QCOMPARE(m_harness.recorded(QStringLiteral("mailchimp"), QStringLiteral("/campaigns/") + id + QLatin1Char('$'), QStringLiteral("DELETE")).size(), size_t(2));
        QCOMPARE(mcCampaign(token, id)["status"], 404);
        // Gone already: nothing more to do.
        QVERIFY(m_harness.cancel(publisher, req, id)->cancelled);
        // A campaign sent at once is not deleted.
        const QString sent = m_harness.publish(publisher, email(Platform::Mailchimp, token, QStringLiteral("Sent")))->externalId;
        outcome = m_harness.cancel(publisher, req, sent);
        QVERIFY(!outcome->cancelled);
        QVERIFY(!outcome->retryable);
        QVERIFY(outcome->message.contains(QLatin1String("Mailchimp")));
        QCOMPARE(m_harness.recorded(QStringLiteral("mailchimp"), QStringLiteral("/campaigns/") + sent, QStringLiteral("DELETE")).size(), size_t(0));
        // A refused key is on the taxonomy (retryable: the worker may refresh and ask again).
        QVERIFY(m_harness.addFault({{"host", "mailchimp"}, {"path_regex", "/campaigns/"}, {"method", "GET"}, {"fault", "token_invalid"}}));
        QVERIFY(m_harness.cancel(publisher, req, sent)->retryable);
    }

    void kitCancelDeletesTheBroadcast()
    {
        const QString token = test::kitToken(m_harness.sandbox());
        KitPublisher publisher(m_harness.network(), m_harness.endpoints());
        PublishRequest req = email(Platform::Kit, token, QStringLiteral("Taken back"));
        req.publishAtUtc = QDateTime::currentDateTimeUtc().addDays(2);
        const QString id = m_harness.publish(publisher, req)->externalId;
        QVERIFY(m_harness.addFault({{"host", "api.kit.com"}, {"path_regex", "/broadcasts/"}, {"method", "DELETE"}, {"fault", "server_error"}}));
        auto outcome = m_harness.cancel(publisher, req, id);
        QVERIFY(!outcome->cancelled);
        QVERIFY(outcome->retryable);
        QVERIFY(m_harness.addFault({{"host", "api.kit.com"}, {"path_regex", "/broadcasts/"}, {"method", "DELETE"}, {"fault", "policy"}}));
        outcome = m_harness.cancel(publisher, req, id);
        QVERIFY(!outcome->cancelled);
        QVERIFY(!outcome->retryable);
        outcome = m_harness.cancel(publisher, req, id);
        QVERIFY2(outcome->cancelled, qPrintable(outcome->message));
        const Json gone = m_harness.sandbox()
                              .get(m_harness.sandbox().url(QStringLiteral("api.kit.com/v4/broadcasts/") + id), {{"Authorization", "Bearer " + token.toUtf8()}})
                              .json();
        QVERIFY(gone.contains("errors"));
        // A 404 (deleted in Kit already) counts as cancelled.
        QVERIFY(m_harness.cancel(publisher, req, id)->cancelled);
        QCOMPARE(m_harness.recorded(QStringLiteral("api.kit.com"), QStringLiteral("/v4/broadcasts/") + id, QStringLiteral("DELETE")).size(), size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestEmailPublishers)
#include "tst_emailpublishers.moc"
