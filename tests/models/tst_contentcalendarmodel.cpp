#include "StoreFixture.h"

#include "models/itemmodels/ContentCalendarModel.h"
#include "models/itemmodels/ContentCalendarModelFilter.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace cf;
using cf::test::utcAt;

namespace {

CalendarEntry entry(qint64 id, qint64 campaignId, Platform platform, const QDateTime &utc,
                    PublishState publish = PublishState::Draft, ApprovalState approval = ApprovalState::Pending)
{
    CalendarEntry e;
    e.id = id;
    e.campaignId = campaignId;
    e.campaignName = QStringLiteral("Campaign %1").arg(campaignId);
    e.campaignTimeZone = QStringLiteral("Asia/Riyadh");
    e.platform = platform;
    e.contentType = ContentType::Story;
    e.publishState = publish;
    e.approval = approval;
    e.scheduledUtc = utc;
    e.title = {QStringLiteral("عنوان %1").arg(id), QStringLiteral("Title %1").arg(id)};
    return e;
}

QList<qint64> idsOn(const ContentCalendarModel &model, const QDate &day)
{
    QList<qint64> ids;
    for (int row : model.rowsOnDay(day))
        ids << model.entry(row).id;
    return ids;
}

} // namespace

class TestContentCalendarModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusDerivation_data()
    {
        QTest::addColumn<int>("approval");
        QTest::addColumn<int>("publish");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("movable");
        QTest::newRow("pending draft") << int(ApprovalState::Pending) << int(PublishState::Draft) << "draft" << true;
        QTest::newRow("rejected draft") << int(ApprovalState::Rejected) << int(PublishState::Draft) << "draft" << true;
        QTest::newRow("approved draft") << int(ApprovalState::Approved) << int(PublishState::Draft) << "approved" << true;
        QTest::newRow("approved cancelled") << int(ApprovalState::Approved) << int(PublishState::Cancelled) << "approved" << true;
        QTest::newRow("queued") << int(ApprovalState::Approved) << int(PublishState::Queued) << "scheduled" << true;
        QTest::newRow("publishing") << int(ApprovalState::Approved) << int(PublishState::Publishing) << "scheduled" << false;
        QTest::newRow("published") << int(ApprovalState::Approved) << int(PublishState::Published) << "published" << false;
        QTest::newRow("failed") << int(ApprovalState::Approved) << int(PublishState::Failed) << "failed" << true;
        QTest::newRow("unknown") << int(ApprovalState::Approved) << int(PublishState::Unknown) << "unknown" << false;
    }
    void statusDerivation()
    {
        QFETCH(int, approval);
        QFETCH(int, publish);
        QFETCH(QString, status);
        QFETCH(bool, movable);
        const CalendarEntry e = entry(1, 1, Platform::X, utcAt(3, 1, 12), PublishState(publish), ApprovalState(approval));
        QCOMPARE(calendarStatusId(e.status()), status);
        QCOMPARE(e.movable(), movable);
        QVERIFY(!calendarStatusDisplayName(e.status()).isEmpty());
    }

    void loadsEveryCampaignWithRoles()
    {
        test::StoreFixture f(QStringLiteral("t-calendar"));
        const CampaignRepository campaigns(f.db);
        const ContentRepository content(f.db);
        Campaign ramadan = test::sampleCampaign(QStringLiteral("Ramadan sale"));
        Campaign eid = test::sampleCampaign(QStringLiteral("Eid gifts"));
        eid.timeZone = QStringLiteral("Asia/Dubai");
        const qint64 ramadanId = campaigns.insert(ramadan).value();
        const qint64 eidId = campaigns.insert(eid).value();
        ContentItem late = test::sampleItem(ramadanId, utcAt(2, 20, 19, 30), Platform::TikTok); // 22:30 Riyadh
        late.contentType = ContentType::ShortVideo;
        late.publishState = PublishState::Queued;
        late.approval = ApprovalState::Approved;
        const qint64 lateId = content.insert(late).value();
        const qint64 earlyId = content.insert(test::sampleItem(eidId, utcAt(2, 20, 6, 0))).value();
        ContentItem unscheduled = test::sampleItem(eidId, QDateTime());
        const qint64 unscheduledId = content.insert(unscheduled).value();

        auto loaded = ContentCalendarModel::loadEntries(f.db);
        QVERIFY(loaded.ok());
        ContentCalendarModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDisplayZone(QTimeZone("Asia/Riyadh"));
        model.setEntries(std::move(loaded.value()));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ContentCalendarModel::ColumnCount));
        // By time, unscheduled last, whatever the campaign.
        QCOMPARE(model.entry(0).id, earlyId);
        QCOMPARE(model.entry(1).id, lateId);
        QCOMPARE(model.entry(2).id, unscheduledId);

        const QModelIndex late0 = model.index(model.rowOf(lateId), 0);
        QCOMPARE(late0.data(ContentCalendarModel::IdRole).toLongLong(), lateId);
        QCOMPARE(late0.data(ContentCalendarModel::CampaignIdRole).toLongLong(), ramadanId);
        QCOMPARE(late0.data(ContentCalendarModel::CampaignNameRole).toString(), QStringLiteral("Ramadan sale"));
        QCOMPARE(late0.data(ContentCalendarModel::PlatformRole).toString(), QStringLiteral("tiktok"));
        QCOMPARE(late0.data(ContentCalendarModel::ContentTypeRole).toString(), QStringLiteral("short_video"));
        QCOMPARE(late0.data(ContentCalendarModel::StatusRole).toString(), QStringLiteral("scheduled"));
        QCOMPARE(late0.data(ContentCalendarModel::ScheduledUtcRole).toDateTime(), utcAt(2, 20, 19, 30));
        QCOMPARE(late0.data(ContentCalendarModel::LocalTimeRole).toDateTime().time(), QTime(22, 30));
        QCOMPARE(late0.data(ContentCalendarModel::DayRole).toDate(), QDate(2026, 2, 20));
        QCOMPARE(late0.data(ContentCalendarModel::TitleRole).toString(), QStringLiteral("Ramadan offer"));
        QCOMPARE(late0.data(ContentCalendarModel::MovableRole).toBool(), true);
        QCOMPARE(model.index(model.rowOf(lateId), ContentCalendarModel::PlatformColumn).data().toString(),
                 QStringLiteral("TikTok"));
        QCOMPARE(model.index(model.rowOf(lateId), ContentCalendarModel::StatusColumn).data().toString(),
                 QStringLiteral("Scheduled"));
        QCOMPARE(model.index(2, ContentCalendarModel::WhenColumn).data().toString(), QStringLiteral("Not scheduled"));
        QVERIFY(!model.index(2, 0).data(ContentCalendarModel::DayRole).isValid());
        // Two zones: no common campaign zone.
        QVERIFY(!model.commonCampaignZone().isValid());
    }

    void dayIndexFollowsZoneAndMoves()
    {
        ContentCalendarModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDisplayZone(QTimeZone("Asia/Riyadh"));
        model.setEntries({entry(1, 1, Platform::Instagram, utcAt(3, 1, 22, 0)), // 01:00 on 2 March in Riyadh
                          entry(2, 1, Platform::Instagram, utcAt(3, 1, 9, 0)),
                          entry(3, 1, Platform::X, utcAt(3, 1, 7, 0))});
        QCOMPARE(model.commonCampaignZone(), QTimeZone("Asia/Riyadh"));
        QCOMPARE(idsOn(model, QDate(2026, 3, 1)), (QList<qint64>{3, 2}));
        QCOMPARE(idsOn(model, QDate(2026, 3, 2)), (QList<qint64>{1}));
        QVERIFY(model.rowsOnDay(QDate(2026, 3, 3)).empty());

        // In UTC the late item is still on 1 March, last.
        model.setDisplayZone(QTimeZone::utc());
        QCOMPARE(idsOn(model, QDate(2026, 3, 1)), (QList<qint64>{3, 2, 1}));
        QVERIFY(model.rowsOnDay(QDate(2026, 3, 2)).empty());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setScheduledUtc(3, utcAt(3, 5, 8, 0)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(idsOn(model, QDate(2026, 3, 1)), (QList<qint64>{2, 1}));
        QCOMPARE(idsOn(model, QDate(2026, 3, 5)), (QList<qint64>{3}));
        QCOMPARE(model.entry(model.rowOf(3)).scheduledUtc, utcAt(3, 5, 8, 0));
        QVERIFY(!model.setScheduledUtc(99, utcAt(3, 5, 8, 0)));
    }

    void filters()
    {
        ContentCalendarModel model;
        model.setDisplayZone(QTimeZone::utc());
        model.setEntries({entry(1, 1, Platform::Instagram, utcAt(3, 1, 9)),
                          entry(2, 1, Platform::TikTok, utcAt(3, 2, 9), PublishState::Published, ApprovalState::Approved),
                          entry(3, 2, Platform::Instagram, utcAt(3, 3, 9), PublishState::Queued, ApprovalState::Approved),
                          entry(4, 2, Platform::Snapchat, utcAt(3, 20, 9), PublishState::Failed)});
        ContentCalendarModelFilter filter(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&filter, &ContentCalendarModelFilter::filterChanged);
        auto shownIds = [&] {
            QList<qint64> ids;
            for (int r = 0; r < filter.rowCount(); ++r)
                ids << filter.index(r, 0).data(ContentCalendarModel::IdRole).toLongLong();
            return ids;
        };
        QCOMPARE(shownIds(), (QList<qint64>{1, 2, 3, 4}));

        filter.setCampaignId(2);
        QCOMPARE(shownIds(), (QList<qint64>{3, 4}));
        QVERIFY(!filter.accepts(model.rowOf(1)));
        QVERIFY(filter.accepts(model.rowOf(3)));
        filter.setCampaignId(0);

        filter.setPlatformShown(Platform::Instagram, false);
        QVERIFY(!filter.isPlatformShown(Platform::Instagram));
        QCOMPARE(shownIds(), (QList<qint64>{2, 4}));
        filter.setPlatformShown(Platform::Instagram, true);

        filter.setStatusShown(CalendarStatus::Published, false);
        filter.setStatusShown(CalendarStatus::Failed, false);
        QCOMPARE(shownIds(), (QList<qint64>{1, 3}));
        filter.setStatusShown(CalendarStatus::Published, true);
        filter.setStatusShown(CalendarStatus::Failed, true);

        // The day range narrows the list but not accepts(), which the
        // painted views use for every visible day.
        filter.setDayRange(QDate(2026, 3, 2), QDate(2026, 3, 3));
        QCOMPARE(shownIds(), (QList<qint64>{2, 3}));
        QVERIFY(filter.accepts(model.rowOf(4)));
        filter.setDayRange({}, {});
        QCOMPARE(filter.rowCount(), 4);
        QVERIFY(changed.count() >= 8);

        // A move re-sorts the list.
        model.setScheduledUtc(4, utcAt(2, 28, 9));
        QCOMPARE(shownIds(), (QList<qint64>{4, 1, 2, 3}));
    }

    void tenThousandItemsIndexQuickly()
    {
        std::vector<CalendarEntry> entries;
        const QDateTime start = utcAt(1, 1, 0);
        for (int i = 0; i < 10000; ++i)
            entries.push_back(entry(i + 1, 1 + i % 5, kAllPlatforms[size_t(i % 10)], start.addSecs(qint64(i) * 1123)));
        ContentCalendarModel model;
        model.setDisplayZone(QTimeZone("Asia/Riyadh"));
        model.setEntries(std::move(entries));
        int total = 0;
        QElapsedTimer timer;
        timer.start();
        for (QDate d(2026, 1, 1); d <= QDate(2026, 5, 31); d = d.addDays(1))
            total += int(model.rowsOnDay(d).size());
        QCOMPARE(total, 10000);
        // A month view's lookups are a handful of hash finds, not a scan.
        QVERIFY2(timer.elapsed() < 50, qPrintable(QString::number(timer.elapsed())));
        const int row = model.rowOf(5000);
        QCOMPARE(model.entry(row).id, 5000);
    }
};

QTEST_GUILESS_MAIN(TestContentCalendarModel)
#include "tst_contentcalendarmodel.moc"
