// The sandbox's Marketing API is strict where ads.md section 4 says the real
// one is: required fields, minimum budgets, references between entities,
// the city table, image hashes, Instagram placements and ad-account faults;
// also the chunked video upload (ad videos, the same rules as Page videos),
// video_data creatives, and Instagram's video upload host.
#include "../publishing/PublisherHarness.h"

#include "platforms/publishing/PublishHttp.h"

using cf::test::PublisherHarness;
using Json = nlohmann::json;

namespace {
const QString kAct = QStringLiteral("graph.facebook.com/v21.0/act_1200000000000001/");
const QString kPage = QStringLiteral("104000000000001");
const QString kGoodTargeting = QStringLiteral(R"({"geo_locations":{"cities":[{"key":"1001001"}]},"age_min":25,"age_max":40,"genders":[2],)"
                                              R"("publisher_platforms":["facebook"],"targeting_automation":{"advantage_audience":0}})");
} // namespace

class TestSandboxMetaAds : public QObject
{
    Q_OBJECT

    PublisherHarness m_harness;
    QString m_token;

    using Fields = QList<QPair<QString, QString>>;
    cf::test::SandboxProcess::Reply post(const QString &path, const Fields &fields)
    {
        return m_harness.sandbox().postForm(m_harness.sandbox().url(path), fields, {{"Authorization", "OAuth " + m_token.toUtf8()}});
    }
    Json get(const QString &path) { return m_harness.sandbox().get(m_harness.sandbox().url(path), {{"Authorization", "OAuth " + m_token.toUtf8()}}).json(); }
    static int subcode(const cf::test::SandboxProcess::Reply &reply) { return reply.json()["error"].value("error_subcode", 0); }
    static QString blamed(const cf::test::SandboxProcess::Reply &reply)
    {
        const Json data = Json::parse(reply.json()["error"].value("error_data", std::string("{}")), nullptr, false);
        return data.is_object() && data.contains("blame_field_specs") ? QString::fromStdString(data["blame_field_specs"][0][0]) : QString();
    }
    Fields campaignFields(const QString &objective = QStringLiteral("OUTCOME_TRAFFIC"))
    {
        return {{QStringLiteral("name"), QStringLiteral("C")}, {QStringLiteral("objective"), objective}, {QStringLiteral("status"), QStringLiteral("PAUSED")},
                {QStringLiteral("special_ad_categories"), QStringLiteral("[]")}, {QStringLiteral("is_adset_budget_sharing_enabled"), QStringLiteral("false")}};
    }
    QString campaign(const QString &objective = QStringLiteral("OUTCOME_TRAFFIC"))
    {
        return QString::fromStdString(post(kAct + QStringLiteral("campaigns"), campaignFields(objective)).json().value("id", std::string()));
    }
    Fields adSetFields(const QString &campaignId)
    {
        return {{QStringLiteral("name"), QStringLiteral("S")}, {QStringLiteral("campaign_id"), campaignId},
                {QStringLiteral("optimization_goal"), QStringLiteral("LINK_CLICKS")}, {QStringLiteral("billing_event"), QStringLiteral("IMPRESSIONS")},
                {QStringLiteral("daily_budget"), QStringLiteral("1000")}, {QStringLiteral("targeting"), kGoodTargeting},
                {QStringLiteral("status"), QStringLiteral("PAUSED")}};
    }
    static Fields with(Fields fields, const QString &key, const QString &value)
    {
        fields.removeIf([&key](const QPair<QString, QString> &f) { return f.first == key; });
        if (!value.isNull())
            fields.append({key, value});
        return fields;
    }
    QString uploadImage()
    {
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'p');
        const QByteArray body = cf::PublishHttp::multipartBody({{"filename", png, "a.png", "image/png"}}, "bnd");
        const auto reply = m_harness.sandbox().send("POST", m_harness.sandbox().url(kAct + QStringLiteral("adimages")), body,
                                                    "multipart/form-data; boundary=bnd", {{"Authorization", "OAuth " + m_token.toUtf8()}});
        return QString::fromStdString(reply.json()["images"]["a.png"].value("hash", std::string()));
    }

    cf::test::SandboxProcess::Reply transfer(const QString &session, qint64 start, const QByteArray &chunk)
    {
        const QByteArray body = cf::PublishHttp::multipartBody({{"upload_phase", "transfer", {}, {}},
                                                                {"upload_session_id", session.toUtf8(), {}, {}},
                                                                {"start_offset", QByteArray::number(start), {}, {}},
                                                                {"video_file_chunk", chunk, "v.mp4", "application/octet-stream"}},
                                                               "bnd");
        return m_harness.sandbox().send("POST", m_harness.sandbox().url(kAct + QStringLiteral("advideos")), body,
                                        "multipart/form-data; boundary=bnd", {{"Authorization", "OAuth " + m_token.toUtf8()}});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_harness.start()); }
    void init()
    {
        QVERIFY(m_harness.reset());
        m_token = m_harness.metaUserToken(QStringLiteral("ads_management,ads_read"));
        QVERIFY(!m_token.isEmpty());
    }

    void campaignsNeedSpecialAdCategories()
    {
        const auto reply = post(kAct + QStringLiteral("campaigns"), with(campaignFields(), QStringLiteral("special_ad_categories"), QString()));
        QCOMPARE(reply.status, 400);
        QCOMPARE(blamed(reply), QStringLiteral("special_ad_categories"));
        QVERIFY(!campaign().isEmpty());
    }

    void adSetsAreStrict()
    {
        const QString c = campaign();
        QCOMPARE(post(kAct + QStringLiteral("adsets"), adSetFields(c)).status, 200);
        const QString noFlag = QStringLiteral(R"({"geo_locations":{"cities":[{"key":"1001001"}]}})");
        auto reply = post(kAct + QStringLiteral("adsets"), with(adSetFields(c), QStringLiteral("targeting"), noFlag));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json()["error"]["error_user_title"] == "Advantage Audience Flag Required");
        reply = post(kAct + QStringLiteral("adsets"), with(adSetFields(c), QStringLiteral("targeting"), QString(kGoodTargeting).replace(QStringLiteral("1001001"), QStringLiteral("999"))));
        QCOMPARE(reply.status, 400);
        QCOMPARE(blamed(reply), QStringLiteral("targeting"));
        reply = post(kAct + QStringLiteral("adsets"), with(adSetFields(c), QStringLiteral("daily_budget"), QStringLiteral("499")));
        QCOMPARE(subcode(reply), 1885272);
        reply = post(kAct + QStringLiteral("adsets"), with(adSetFields(c), QStringLiteral("bid_strategy"), QStringLiteral("COST_CAP")));
        QCOMPARE(blamed(reply), QStringLiteral("bid_amount"));
        reply = post(kAct + QStringLiteral("adsets"), with(adSetFields(c), QStringLiteral("campaign_id"), QStringLiteral("1202999")));
        QCOMPARE(blamed(reply), QStringLiteral("campaign_id"));
        reply = post(kAct + QStringLiteral("adsets"), with(adSetFields(campaign(QStringLiteral("OUTCOME_SALES"))), QStringLiteral("name"), QStringLiteral("S2")));
        QCOMPARE(subcode(reply), 2490408);
        reply = post(kAct + QStringLiteral("adsets"), with(adSetFields(c), QStringLiteral("status"), QStringLiteral("DELETED")));
        QCOMPARE(blamed(reply), QStringLiteral("status"));
        // A campaign with its own budget takes no ad set budget.
        const QString cbo = QString::fromStdString(
            post(kAct + QStringLiteral("campaigns"), with(with(campaignFields(), QStringLiteral("is_adset_budget_sharing_enabled"), QString()),
                                                          QStringLiteral("daily_budget"), QStringLiteral("5000")))
                .json()
                .value("id", std::string()));
        QCOMPARE(subcode(post(kAct + QStringLiteral("adsets"), adSetFields(cbo))), 1885621);
        QCOMPARE(m_harness.recorded(QStringLiteral("graph.facebook.com"), QStringLiteral("/adsets$")).size(), size_t(9)); // every create recorded
    }

    void citySearch()
    {
        Json found = get(QStringLiteral("graph.facebook.com/v21.0/search?type=adgeolocation&location_types=%5B%22city%22%5D&q=Riy"));
        QCOMPARE(found["data"].size(), size_t(1));
        QVERIFY(found["data"][0]["key"] == "1001001");
        QVERIFY(found["data"][0]["country_code"] == "SA");
        found = get(QStringLiteral("graph.facebook.com/v21.0/search?type=adgeolocation&q=%D8%AC%D8%AF%D8%A9")); // جدة
        QVERIFY(found["data"][0]["name"] == "Jeddah");
        QCOMPARE(get(QStringLiteral("graph.facebook.com/v21.0/search?type=adgeolocation&q=Atlantis"))["data"].size(), size_t(0));
        QVERIFY(get(QStringLiteral("graph.facebook.com/v21.0/search?type=adgeolocation"))["error"]["code"] == 100);
    }

    void imagesCreativesAndAdsReferenceWhatExists()
    {
        const QString hash = uploadImage();
        QCOMPARE(hash.size(), 32);
        const QByteArray notImage = cf::PublishHttp::multipartBody({{"filename", "plain text", "a.png", "image/png"}}, "bnd");
        QCOMPARE(m_harness.sandbox()
                     .send("POST", m_harness.sandbox().url(kAct + QStringLiteral("adimages")), notImage, "multipart/form-data; boundary=bnd",
                           {{"Authorization", "OAuth " + m_token.toUtf8()}})
                     .status,
                 400);
        const auto spec = [](const QString &page, const QString &imageHash, const QString &extra = {}) {
            // An ordinary literal: moc skips files whose raw strings hold "//".
            return QStringLiteral("{\"page_id\":\"%1\",%3\"link_data\":{\"link\":\"https://shop.example.com\",\"image_hash\":\"%2\",\"message\":\"Hi\"}}")
                .arg(page, imageHash, extra);
        };
        Fields creative{{QStringLiteral("name"), QStringLiteral("cr")}, {QStringLiteral("object_story_spec"), spec(kPage, hash)}};
        QCOMPARE(blamed(post(kAct + QStringLiteral("adcreatives"), with(creative, QStringLiteral("object_story_spec"), spec(kPage, QStringLiteral("00"))))),
                 QStringLiteral("image_hash"));
        QCOMPARE(blamed(post(kAct + QStringLiteral("adcreatives"), with(creative, QStringLiteral("object_story_spec"), spec(QStringLiteral("1"), hash)))),
                 QStringLiteral("page_id"));
        const QString creativeId = QString::fromStdString(post(kAct + QStringLiteral("adcreatives"), creative).json().value("id", std::string()));
        QVERIFY(!creativeId.isEmpty());

        const QString c = campaign();
        const QString instagramSet = QString::fromStdString(
            post(kAct + QStringLiteral("adsets"), with(adSetFields(c), QStringLiteral("targeting"), QString(kGoodTargeting).replace(QStringLiteral("[\"facebook\"]"), QStringLiteral("[\"facebook\",\"instagram\"]"))))
                .json()
                .value("id", std::string()));
        QVERIFY(!instagramSet.isEmpty());
        const Fields ad{{QStringLiteral("name"), QStringLiteral("ad one")}, {QStringLiteral("adset_id"), instagramSet},
                        {QStringLiteral("creative"), QStringLiteral(R"({"creative_id":"%1"})").arg(creativeId)}, {QStringLiteral("status"), QStringLiteral("PAUSED")}};
        QCOMPARE(blamed(post(kAct + QStringLiteral("ads"), ad)), QStringLiteral("instagram_user_id"));
        QCOMPARE(blamed(post(kAct + QStringLiteral("ads"), with(ad, QStringLiteral("creative"), QStringLiteral(R"({"creative_id":"1202000"})")))),
                 QStringLiteral("creative"));
        const QString facebookSet = QString::fromStdString(post(kAct + QStringLiteral("adsets"), adSetFields(c)).json().value("id", std::string()));
        const auto created = post(kAct + QStringLiteral("ads"), with(ad, QStringLiteral("adset_id"), facebookSet));
        QCOMPARE(created.status, 200);
        const Json listed = get(kAct + QStringLiteral("ads?fields=name,effective_status&filtering=%5B%7B%22field%22%3A%22name%22%2C%22operator%22%3A%22EQUAL%22%2C%22value%22%3A%22ad%20one%22%7D%5D"));
        QCOMPARE(listed["data"].size(), size_t(1));
        QVERIFY(listed["data"][0]["effective_status"] == "PAUSED");
    }

    void adVideoUploadPhasesAreStrict()
    {
        constexpr qint64 kChunk = 1024 * 1024;
        const qint64 size = kChunk + 100;
        const auto started = post(kAct + QStringLiteral("advideos"), {{QStringLiteral("upload_phase"), QStringLiteral("start")},
                                                                     {QStringLiteral("file_size"), QString::number(size)}});
        QCOMPARE(started.status, 200);
        const Json start = started.json();
        QVERIFY(start["start_offset"] == "0");
        QCOMPARE(QString::fromStdString(start["end_offset"]), QString::number(kChunk)); // offsets are strings, the server names the chunk
        const QString session = QString::fromStdString(start["upload_session_id"]);
        const QString video = QString::fromStdString(start["video_id"]);
        QVERIFY(get(QStringLiteral("graph.facebook.com/v21.0/") + video + QStringLiteral("?fields=status"))["status"]["video_status"] == "uploading");

        QCOMPARE(transfer(session, 0, QByteArray(100, 'x')).status, 400); // not the chunk the server asked for
        auto reply = transfer(session, 5, QByteArray(kChunk, 'x'));       // not where the session stands
        QCOMPARE(subcode(reply), 1363037);
        QCOMPARE(reply.json()["error"]["error_data"]["start_offset"].get<qint64>(), 0);
        reply = post(kAct + QStringLiteral("advideos"), {{QStringLiteral("upload_phase"), QStringLiteral("finish")}, {QStringLiteral("upload_session_id"), session}});
        QCOMPARE(subcode(reply), 1363019); // not every byte is in
        reply = transfer(session, 0, QByteArray(kChunk, 'x'));
        QCOMPARE(reply.status, 200);
        QCOMPARE(QString::fromStdString(reply.json()["end_offset"]), QString::number(size));
        QCOMPARE(subcode(transfer(session, 0, QByteArray(kChunk, 'x'))), 1363037); // a chunk sent again: the expected offsets come back
        QVERIFY(transfer(session, kChunk, QByteArray(100, 'x')).json()["start_offset"] == QString::number(size).toStdString());
        reply = post(kAct + QStringLiteral("advideos"), {{QStringLiteral("upload_phase"), QStringLiteral("finish")}, {QStringLiteral("upload_session_id"), session},
                                                        {QStringLiteral("title"), QStringLiteral("Clip")}});
        QVERIFY(reply.json()["success"] == true);
        QCOMPARE(post(kAct + QStringLiteral("advideos"), {{QStringLiteral("upload_phase"), QStringLiteral("finish")}, {QStringLiteral("upload_session_id"), session}}).status,
                 400); // once per session
        Json status = get(QStringLiteral("graph.facebook.com/v21.0/") + video + QStringLiteral("?fields=status,picture"));
        QVERIFY(status["status"]["video_status"] == "processing");
        QVERIFY(!status.contains("picture"));

        // video_data needs a ready video, a thumbnail and the landing link.
        const auto creative = [this, &video](const QString &extra) {
            const QString spec = QStringLiteral("{\"page_id\":\"%1\",\"video_data\":{\"video_id\":\"%2\"%3}}").arg(kPage, video, extra);
            return post(kAct + QStringLiteral("adcreatives"), {{QStringLiteral("name"), QStringLiteral("V")}, {QStringLiteral("object_story_spec"), spec}});
        };
        const QString complete = QStringLiteral(",\"image_url\":\"https://img.example.com/t.jpg\",\"call_to_action\":{\"type\":\"SHOP_NOW\",\"value\":{\"link\":\"https://shop.example.com\"}}");
        QCOMPARE(subcode(creative(complete)), 1885252); // still processing
        QVERIFY(m_harness.advanceClock(10));
        status = get(QStringLiteral("graph.facebook.com/v21.0/") + video + QStringLiteral("?fields=status,picture"));
        QVERIFY(status["status"]["video_status"] == "ready");
        QVERIFY(QString::fromStdString(status["picture"]).startsWith(QLatin1String("https://")));
        QCOMPARE(blamed(creative(QStringLiteral(",\"call_to_action\":{\"type\":\"SHOP_NOW\",\"value\":{\"link\":\"https://shop.example.com\"}}"))), QStringLiteral("image_url"));
        QCOMPARE(blamed(creative(QStringLiteral(",\"image_url\":\"https://img.example.com/t.jpg\""))), QStringLiteral("call_to_action"));
        QCOMPARE(creative(complete).status, 200);
    }

    void instagramUploadHostIsStrict()
    {
        const QString pageToken = m_harness.metaPageToken();
        const auto container = m_harness.sandbox().postForm(
            m_harness.sandbox().url(QStringLiteral("graph.facebook.com/v21.0/17841400000000001/media")),
            {{QStringLiteral("media_type"), QStringLiteral("REELS")}, {QStringLiteral("upload_type"), QStringLiteral("resumable")}},
            {{"Authorization", "OAuth " + pageToken.toUtf8()}});
        QCOMPARE(container.status, 200);
        const QString id = QString::fromStdString(container.json()["id"]);
        const QString uri = QString::fromStdString(container.json()["uri"]);
        QCOMPARE(uri, QStringLiteral("https://rupload.facebook.com/ig-api-upload/v21.0/") + id);
        const QUrl upload = m_harness.sandbox().url(QStringLiteral("rupload.facebook.com/ig-api-upload/v21.0/") + id);
        const auto send = [this, &upload, &pageToken](const QByteArray &body, const QByteArray &offset, const QByteArray &size, bool withToken = true) {
            QList<QPair<QByteArray, QByteArray>> headers{{"offset", offset}, {"file_size", size}};
            if (withToken)
                headers.append({"Authorization", "OAuth " + pageToken.toUtf8()});
            return m_harness.sandbox().send("POST", upload, body, "application/octet-stream", headers);
        };
        QCOMPARE(send("abc", "0", "6", false).status, 401);
        QCOMPARE(send("abc", "zero", "6").status, 400);
        QCOMPARE(send("abc", "3", "6").status, 400); // past the 0 bytes received
        QCOMPARE(send("abcdefg", "0", "6").status, 400); // more than file_size
        QVERIFY(send("abc", "0", "6").json()["success"] == true);
        QCOMPARE(send("def", "3", "7").status, 400); // file_size changed
        const Json status = get(QStringLiteral("graph.facebook.com/v21.0/") + id + QStringLiteral("?fields=status_code"));
        QVERIFY(status.contains("error")); // the ads token may not read the container
        QCOMPARE(send("bcd", "1", "6").status, 200); // an earlier offset overwrites from there
        QCOMPARE(send("ef", "4", "6").status, 200);
        QCOMPARE(send("x", "5", "6").status, 400); // already complete
        const auto statusCode = [this, &id, &pageToken] {
            return m_harness.sandbox()
                .get(m_harness.sandbox().url(QStringLiteral("graph.facebook.com/v21.0/") + id + QStringLiteral("?fields=status_code")),
                     {{"Authorization", "OAuth " + pageToken.toUtf8()}})
                .json()["status_code"];
        };
        QVERIFY(statusCode() == "IN_PROGRESS");
        QVERIFY(m_harness.advanceClock(10));
        QVERIFY(statusCode() == "FINISHED");
        QCOMPARE(m_harness.sandbox()
                     .postForm(m_harness.sandbox().url(QStringLiteral("graph.facebook.com/v21.0/17841400000000001/media")),
                               {{QStringLiteral("media_type"), QStringLiteral("REELS")}, {QStringLiteral("upload_type"), QStringLiteral("resumable")},
                                {QStringLiteral("video_url"), QStringLiteral("https://cdn.example.com/a.mp4")}},
                               {{"Authorization", "OAuth " + pageToken.toUtf8()}})
                     .status,
                 400); // bytes come through the upload URI only
    }

    void budgetUpdatesKeepTheirKindAndMinimum()
    {
        const QString adSet = QString::fromStdString(post(kAct + QStringLiteral("adsets"), adSetFields(campaign())).json().value("id", std::string()));
        const QString path = QStringLiteral("graph.facebook.com/v21.0/") + adSet;
        QCOMPARE(post(path, {{QStringLiteral("daily_budget"), QStringLiteral("2500")}}).status, 200);
        QVERIFY(get(path + QStringLiteral("?fields=daily_budget"))["daily_budget"] == "2500");
        QCOMPARE(blamed(post(path, {{QStringLiteral("lifetime_budget"), QStringLiteral("90000")}})), QStringLiteral("lifetime_budget"));
        QCOMPARE(subcode(post(path, {{QStringLiteral("daily_budget"), QStringLiteral("10")}})), 1885272);
        QCOMPARE(blamed(post(path, {{QStringLiteral("status"), QStringLiteral("LIVE")}})), QStringLiteral("status"));
    }

    void faultsOnEntityPathsAnswerAsTheAdAccount()
    {
        const QString adSet = QString::fromStdString(post(kAct + QStringLiteral("adsets"), adSetFields(campaign())).json().value("id", std::string()));
        QVERIFY(m_harness.addFault({{"host", "graph.facebook.com"}, {"path_regex", "/" + adSet.toStdString() + "$"}, {"fault", "rate_limit"}}));
        const auto reply = post(QStringLiteral("graph.facebook.com/v21.0/") + adSet, {{QStringLiteral("status"), QStringLiteral("ACTIVE")}});
        QCOMPARE(reply.json()["error"]["code"].get<int>(), 613);
        QVERIFY(!reply.header("x-business-use-case-usage").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxMetaAds)
#include "tst_sandboxmetaads.moc"
