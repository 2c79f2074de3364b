// The sandbox's publishing endpoints for YouTube (resumable upload, session
// status, thumbnails, videos.list), TikTok photo posts, Mailchimp campaigns,
// Kit broadcast listing and WordPress terms and post lookup.
#include "SandboxProcess.h"
#include "SandboxTokens.h"

#include <QDateTime>
#include <QFloat16>
#include <QTest>

using cf::test::SandboxProcess;
using Json = nlohmann::json;

class TestSandboxPublishing : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;

    QList<QPair<QByteArray, QByteArray>> bearer(const QString &token) { return {{"Authorization", "Bearer " + token.toUtf8()}}; }

    SandboxProcess::Reply openYouTubeSession(const QString &token, const Json &resource, qint64 size)
    {
        auto headers = bearer(token);
        headers.append(qMakePair(QByteArray("X-Upload-Content-Length"), QByteArray::number(size)));
        headers.append(qMakePair(QByteArray("X-Upload-Content-Type"), QByteArray("video/mp4")));
        return m_sandbox.send("POST", m_sandbox.url(QStringLiteral("www.googleapis.com/upload/youtube/v3/videos?uploadType=resumable&part=snippet,status")),
                              QByteArray::fromStdString(resource.dump()), "application/json; charset=UTF-8", headers);
    }
    // The sandbox URL of the real session URI the sandbox answered with.
    QUrl sessionUrl(const SandboxProcess::Reply &opened)
    {
        const QUrl location(QString::fromUtf8(opened.header("Location")));
        return m_sandbox.url(location.host() + location.path() + QLatin1Char('?') + location.query(QUrl::FullyEncoded));
    }
    SandboxProcess::Reply putRange(const QString &token, const QUrl &session, const QByteArray &bytes, const QByteArray &range)
    {
        auto headers = bearer(token);
        headers.append(qMakePair(QByteArray("Content-Range"), range));
        return m_sandbox.send("PUT", session, bytes, "video/mp4", headers);
    }
    SandboxProcess::Reply ttPost(const QString &token, const QString &path, const Json &body)
    {
        return m_sandbox.send("POST", m_sandbox.url(QStringLiteral("open.tiktokapis.com") + path), QByteArray::fromStdString(body.dump()),
                              "application/json; charset=UTF-8", bearer(token));
    }
    Json photoBody(const Json &images)
    {
        return {{"media_type", "PHOTO"}, {"post_mode", "DIRECT_POST"},
                {"post_info", {{"title", "Eid looks"}, {"description", "#eid"}, {"privacy_level", "SELF_ONLY"}, {"brand_content_toggle", false}}},
                {"source_info", {{"source", "PULL_FROM_URL"}, {"photo_cover_index", 0}, {"photo_images", images}}}};
    }
    SandboxProcess::Reply mc(const QByteArray &verb, const QString &token, const QString &path, const Json &body = nullptr)
    {
        return m_sandbox.send(verb, m_sandbox.url(QStringLiteral("mailchimp/3.0/") + path), body.is_null() ? QByteArray() : QByteArray::fromStdString(body.dump()),
                              "application/json", bearer(token));
    }
    QList<QPair<QByteArray, QByteArray>> wpAuth() { return {{"Authorization", "Basic " + QByteArray("noura:abcdEFGH1234ijklMNOP5678").toBase64()}}; }
    SandboxProcess::Reply wp(const QByteArray &verb, const QString &path, const Json &body = nullptr)
    {
        return m_sandbox.send(verb, m_sandbox.url(QStringLiteral("blog.example.com/wp-json/wp/v2/") + path),
                              body.is_null() ? QByteArray() : QByteArray::fromStdString(body.dump()), "application/json", wpAuth());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }
    void init() { QCOMPARE(m_sandbox.control("POST", QStringLiteral("reset")).status, 200); }

    void youtubeResumableUploadInChunks()
    {
        const QString token = cf::test::googleToken(m_sandbox);
        QVERIFY(!token.isEmpty());
        const qint64 size = 256 * 1024 + 1000;
        const QString publishAt = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
        const SandboxProcess::Reply opened = openYouTubeSession(
            token, {{"snippet", {{"title", "Ramadan sale"}, {"description", "30% off"}, {"categoryId", "22"}}},
                    {"status", {{"privacyStatus", "private"}, {"publishAt", publishAt.toStdString()}, {"selfDeclaredMadeForKids", false}}}},
            size);
        QCOMPARE(opened.status, 200);
        QVERIFY(opened.header("Location").startsWith("https://www.googleapis.com/upload/youtube/v3/videos?uploadType=resumable&upload_id="));
        const QUrl session = sessionUrl(opened);
        const QByteArray bytes(int(size), 'v');
        // Nothing yet: 308 without a Range header.
        SandboxProcess::Reply probe = putRange(token, session, {}, "bytes */" + QByteArray::number(size));
        QCOMPARE(probe.status, 308);
        QVERIFY(probe.header("Range").isEmpty());
        // A first chunk that is not a multiple of 256 KiB is refused.
        QCOMPARE(putRange(token, session, bytes.left(1000), "bytes 0-999/" + QByteArray::number(size)).status, 400);
        SandboxProcess::Reply first = putRange(token, session, bytes.left(256 * 1024), "bytes 0-262143/" + QByteArray::number(size));
        QCOMPARE(first.status, 308);
        QCOMPARE(first.header("Range"), QByteArray("bytes=0-262143"));
        probe = putRange(token, session, {}, "bytes */" + QByteArray::number(size));
        QCOMPARE(probe.status, 308);
        QCOMPARE(probe.header("Range"), QByteArray("bytes=0-262143"));
        // Bytes must continue where the session stands.
        QCOMPARE(putRange(token, session, bytes.mid(10), "bytes 10-" + QByteArray::number(size - 1) + '/' + QByteArray::number(size)).status, 400);
        const SandboxProcess::Reply last = putRange(token, session, bytes.mid(256 * 1024), "bytes 262144-" + QByteArray::number(size - 1) + '/' + QByteArray::number(size));
        QCOMPARE(last.status, 200);
        const Json video = last.json();
        const std::string id = video["id"];
        QCOMPARE(id.size(), size_t(11));
        QCOMPARE(video["status"]["privacyStatus"], "private");
        QCOMPARE(video["status"]["publishAt"].get<std::string>(), publishAt.toStdString());
        QCOMPARE(video["snippet"]["title"], "Ramadan sale");
        // The session now answers with the video.
        probe = putRange(token, session, {}, "bytes */" + QByteArray::number(size));
        QCOMPARE(probe.status, 200);
        QCOMPARE(probe.json()["id"].get<std::string>(), id);
        // videos.list by id and a thumbnail.
        const Json listed = m_sandbox.get(m_sandbox.url(QStringLiteral("www.googleapis.com/youtube/v3/videos?part=snippet,status&id=") + QString::fromStdString(id)),
                                          bearer(token)).json();
        QCOMPARE(listed["items"].size(), size_t(1));
        QCOMPARE(listed["items"][0]["id"].get<std::string>(), id);
        const SandboxProcess::Reply thumb = m_sandbox.send(
            "POST", m_sandbox.url(QStringLiteral("www.googleapis.com/upload/youtube/v3/thumbnails/set?videoId=") + QString::fromStdString(id)),
            QByteArray(2000, 'j'), "image/jpeg", bearer(token));
        QCOMPARE(thumb.status, 200);
        QCOMPARE(thumb.json()["kind"], "youtube#thumbnailSetResponse");
        const SandboxProcess::Reply missing = m_sandbox.send(
            "POST", m_sandbox.url(QStringLiteral("www.googleapis.com/upload/youtube/v3/thumbnails/set?videoId=nope")), QByteArray(10, 'j'), "image/jpeg", bearer(token));
        QCOMPARE(missing.status, 404);
    }

    void youtubeChecksMetadata()
    {
        const QString token = cf::test::googleToken(m_sandbox);
        const QString future = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
        auto reason = [](const SandboxProcess::Reply &reply) { return reply.json()["error"]["errors"][0]["reason"].get<std::string>(); };
        SandboxProcess::Reply reply = openYouTubeSession(token, {{"snippet", {{"title", std::string(101, 'a')}}}}, 1000);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reason(reply), "invalidTitle");
        reply = openYouTubeSession(token, {{"snippet", {{"title", "a <b>"}}}}, 1000);
        QCOMPARE(reason(reply), "invalidTitle");
        reply = openYouTubeSession(token, {{"snippet", {{"title", "t"}}}, {"status", {{"privacyStatus", "public"}, {"publishAt", future.toStdString()}}}}, 1000);
        QCOMPARE(reason(reply), "invalidPublishAt");
        reply = openYouTubeSession(token, {{"snippet", {{"title", "t"}}}, {"status", {{"privacyStatus", "private"}, {"publishAt", "2001-01-01T00:00:00Z"}}}}, 1000);
        QCOMPARE(reason(reply), "invalidPublishAt");
        // A read-only token may not upload.
        const QString readonly = cf::test::googleToken(m_sandbox, QStringLiteral("https://www.googleapis.com/auth/youtube.readonly"));
        QCOMPARE(openYouTubeSession(readonly, {{"snippet", {{"title", "t"}}}}, 1000).status, 403);
    }

    void tiktokPhotoPost()
    {
        const QString token = cf::test::tiktokToken(m_sandbox);
        QVERIFY(!token.isEmpty());
        const SandboxProcess::Reply init = ttPost(token, QStringLiteral("/v2/post/publish/content/init/"),
                                                  photoBody(Json::array({"https://cdn.example.com/1.jpg", "https://cdn.example.com/2.jpg"})));
        QCOMPARE(init.status, 200);
        const std::string publishId = init.json()["data"]["publish_id"];
        QVERIFY(publishId.rfind("p_pub_url~v2.", 0) == 0);
        QCOMPARE(m_sandbox.control("POST", QStringLiteral("clock"), {{"advance", 5}}).status, 200);
        const Json status = ttPost(token, QStringLiteral("/v2/post/publish/status/fetch/"), {{"publish_id", publishId}}).json();
        QCOMPARE(status["data"]["status"], "PUBLISH_COMPLETE");
        QCOMPARE(status["data"]["publicaly_available_post_id"].size(), size_t(1));
        // Limits and rules.
        QCOMPARE(ttPost(token, QStringLiteral("/v2/post/publish/content/init/"), photoBody(Json::array({"http://cdn.example.com/1.jpg"}))).status, 403);
        QCOMPARE(ttPost(token, QStringLiteral("/v2/post/publish/content/init/"), photoBody(Json::array())).status, 400);
        Json tooMany = Json::array();
        for (int i = 0; i < 36; ++i)
            tooMany.push_back("https://cdn.example.com/x.jpg");
        QCOMPARE(ttPost(token, QStringLiteral("/v2/post/publish/content/init/"), photoBody(tooMany)).status, 400);
        Json longTitle = photoBody(Json::array({"https://cdn.example.com/1.jpg"}));
        longTitle["post_info"]["title"] = std::string(91, 'a');
        QCOMPARE(ttPost(token, QStringLiteral("/v2/post/publish/content/init/"), longTitle).status, 400);
        // A pull that fails ends FAILED with photo_pull_failed.
        const std::string failing = ttPost(token, QStringLiteral("/v2/post/publish/content/init/"),
                                           photoBody(Json::array({"https://cdn.example.com/sandbox-fail/1.jpg"})))
                                        .json()["data"]["publish_id"];
        QCOMPARE(m_sandbox.control("POST", QStringLiteral("clock"), {{"advance", 5}}).status, 200);
        const Json failed = ttPost(token, QStringLiteral("/v2/post/publish/status/fetch/"), {{"publish_id", failing}}).json();
        QCOMPARE(failed["data"]["status"], "FAILED");
        QCOMPARE(failed["data"]["fail_reason"], "photo_pull_failed");
    }

    void mailchimpCampaignScheduleAndSend()
    {
        const QString token = cf::test::mailchimpToken(m_sandbox);
        QVERIFY(!token.isEmpty());
        const Json lists = mc("GET", token, QStringLiteral("lists")).json();
        QCOMPARE(lists["lists"][0]["campaign_defaults"]["from_email"].is_string(), true);
        SandboxProcess::Reply created = mc("POST", token, QStringLiteral("campaigns"),
                                           {{"type", "regular"}, {"recipients", {{"list_id", "26d8e9db1e"}}},
                                            {"settings", {{"subject_line", "Ramadan"}, {"title", "cf-1"}, {"from_name", "Noura"}, {"reply_to", "n@example.com"}}}});
        QCOMPARE(created.status, 200);
        const QString id = QString::fromStdString(created.json()["id"]);
        QCOMPARE(created.json()["status"], "save");
        // Not ready without content.
        QCOMPARE(mc("POST", token, QStringLiteral("campaigns/%1/actions/send").arg(id)).status, 400);
        QCOMPARE(mc("PUT", token, QStringLiteral("campaigns/%1/content").arg(id), {{"html", "<p>Hi</p>"}, {"plain_text", "Hi"}}).status, 200);
        QDateTime quarter = QDateTime::currentDateTimeUtc().addDays(1);
        quarter.setTime(QTime(quarter.time().hour(), 15));
        const QDateTime offQuarter = quarter.addSecs(60);
        QCOMPARE(mc("POST", token, QStringLiteral("campaigns/%1/actions/schedule").arg(id), {{"schedule_time", offQuarter.toString(Qt::ISODate).toStdString()}}).status, 400);
        QCOMPARE(mc("POST", token, QStringLiteral("campaigns/%1/actions/schedule").arg(id), {{"schedule_time", quarter.toString(Qt::ISODate).toStdString()}}).status, 204);
        const Json scheduled = mc("GET", token, QStringLiteral("campaigns?status=schedule")).json();
        QCOMPARE(scheduled["total_items"].get<int>(), 1);
        QCOMPARE(scheduled["campaigns"][0]["settings"]["title"], "cf-1");
        // Content cannot change once sent; a second campaign sends at once.
        QCOMPARE(mc("POST", token, QStringLiteral("campaigns/%1/actions/unschedule").arg(id)).status, 204);
        QCOMPARE(mc("POST", token, QStringLiteral("campaigns/%1/actions/send").arg(id)).status, 204);
        QCOMPARE(mc("GET", token, QStringLiteral("campaigns/%1").arg(id)).json()["status"], "sent");
        QCOMPARE(mc("PUT", token, QStringLiteral("campaigns/%1/content").arg(id), {{"html", "<p>x</p>"}}).status, 400);
        // Unknown list.
        QCOMPARE(mc("POST", token, QStringLiteral("campaigns"), {{"type", "regular"}, {"recipients", {{"list_id", "nope"}}}}).status, 400);
    }

    void kitListsBroadcastsNewestFirst()
    {
        const QString token = cf::test::kitToken(m_sandbox);
        QVERIFY(!token.isEmpty());
        for (const char *subject : {"first", "second", "third"}) {
            QCOMPARE(m_sandbox.send("POST", m_sandbox.url(QStringLiteral("api.kit.com/v4/broadcasts")),
                                    QByteArray::fromStdString(Json{{"subject", subject}, {"content", "<p>x</p>"}, {"send_at", nullptr}}.dump()),
                                    "application/json", bearer(token)).status,
                     201);
        }
        const SandboxProcess::Reply listed = m_sandbox.get(m_sandbox.url(QStringLiteral("api.kit.com/v4/broadcasts?per_page=2")), bearer(token));
        QVERIFY2(listed.status == 200, listed.body.constData());
        const Json page = listed.json();
        QCOMPARE(page["broadcasts"].size(), size_t(2));
        QCOMPARE(page["broadcasts"][0]["subject"], "third");
        QCOMPARE(page["pagination"]["has_next_page"], true);
        const std::string cursor = page["pagination"]["end_cursor"];
        const Json next = m_sandbox.get(m_sandbox.url(QStringLiteral("api.kit.com/v4/broadcasts?per_page=2&after=") + QString::fromStdString(cursor)),
                                        bearer(token)).json();
        QCOMPARE(next["broadcasts"].size(), size_t(1));
        QCOMPARE(next["broadcasts"][0]["subject"], "first");
        const qint64 id = next["broadcasts"][0]["id"];
        QCOMPARE(m_sandbox.get(m_sandbox.url(QStringLiteral("api.kit.com/v4/broadcasts/%1").arg(id)), bearer(token)).json()["broadcast"]["subject"], "first");
        QCOMPARE(m_sandbox.get(m_sandbox.url(QStringLiteral("api.kit.com/v4/broadcasts/999")), bearer(token)).status, 404);
    }

    void wordpressTermsAndPostLookup()
    {
        SandboxProcess::Reply tag = wp("POST", QStringLiteral("tags"), {{"name", "Ramadan"}});
        QCOMPARE(tag.status, 201);
        const qint64 tagId = tag.json()["id"];
        const SandboxProcess::Reply again = wp("POST", QStringLiteral("tags"), {{"name", "ramadan"}});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json()["code"], "term_exists");
        QCOMPARE(again.json()["data"]["term_id"].get<qint64>(), tagId);
        QCOMPARE(wp("GET", QStringLiteral("tags?search=rama")).json().size(), size_t(1));
        QCOMPARE(wp("GET", QStringLiteral("categories")).json()[0]["name"], "Uncategorized");
        const SandboxProcess::Reply category = wp("POST", QStringLiteral("categories"), {{"name", "Offers"}});
        QCOMPARE(category.status, 201);
        // Unknown terms are refused; known ones are kept.
        QCOMPARE(wp("POST", QStringLiteral("posts"), {{"title", "x"}, {"status", "publish"}, {"tags", {9999}}}).json()["code"], "rest_invalid_param");
        QCOMPARE(wp("POST", QStringLiteral("posts"), {{"title", "x"}, {"status", "publish"}, {"categories", {tagId}}}).status, 400);
        const QString future = QDateTime::currentDateTimeUtc().addDays(2).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        const SandboxProcess::Reply post = wp("POST", QStringLiteral("posts"),
                                              {{"title", "Eid offers"}, {"slug", "eid-offers"}, {"status", "future"}, {"date_gmt", future.toStdString()},
                                               {"tags", {tagId}}, {"categories", {category.json()["id"]}}});
        QCOMPARE(post.status, 201);
        QCOMPARE(post.json()["status"], "future");
        // Published posts only by default; status widens the lookup.
        QCOMPARE(wp("GET", QStringLiteral("posts?slug=eid-offers")).json().size(), size_t(0));
        const Json found = wp("GET", QStringLiteral("posts?slug=eid-offers&status=publish,future")).json();
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0]["id"], post.json()["id"]);
        QCOMPARE(wp("GET", QStringLiteral("posts?search=eid&status=any")).json().size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestSandboxPublishing)
#include "tst_sandboxpublishing.moc"
