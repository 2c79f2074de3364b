#include "StoreFixture.h"

#include "models/store/Backup.h"
#include "models/store/CampaignRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace cf;

class TestBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backupIsVerifiedCompleteCopy()
    {
        test::StoreFixture f(QStringLiteral("t-bk"));
        CampaignRepository repo(f.db);
        for (int i = 0; i < 20; ++i)
            QVERIFY(repo.insert(test::sampleCampaign(QStringLiteral("C%1").arg(i))));
        const QString target = f.dir.filePath(QStringLiteral("copies/backup.sqlite"));
        const StoreStatus status = backupDatabase(f.db.handle(), target);
        QVERIFY2(!status.isError(), qPrintable(status.fullText()));
        QVERIFY(QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
        QVERIFY(!checkDatabaseFile(target, true).isError());

        Database copy;
        QVERIFY(copy.open(target, QStringLiteral("t-bk-copy")));
        QCOMPARE(CampaignRepository(copy).list()->size(), std::size_t(20));
        QCOMPARE(copy.schemaVersion(), f.db.schemaVersion());
    }

    void backupSeesCommittedDataOnly()
    {
        test::StoreFixture f(QStringLiteral("t-bk-tx"));
        QVERIFY(CampaignRepository(f.db).insert(test::sampleCampaign(QStringLiteral("committed"))));
        // A second connection holds an open write transaction during the backup.
        Database writer;
        cf::DatabaseOptions options;
        options.migrate = false;
        QVERIFY(writer.open(f.path(), QStringLiteral("t-bk-writer"), options));
        QSqlQuery w(writer.handle());
        QVERIFY(w.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(w.exec(QStringLiteral("DELETE FROM campaigns")));
        const QString target = f.dir.filePath(QStringLiteral("snap.sqlite"));
        QVERIFY(!backupDatabase(f.db.handle(), target).isError());
        QVERIFY(w.exec(QStringLiteral("ROLLBACK")));
        Database copy;
        QVERIFY(copy.open(target, QStringLiteral("t-bk-snap")));
        QCOMPARE(CampaignRepository(copy).list()->size(), std::size_t(1));
    }

    void refusesToOverwrite()
    {
        test::StoreFixture f(QStringLiteral("t-bk-exists"));
        const QString target = f.dir.filePath(QStringLiteral("taken.sqlite"));
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        const StoreStatus status = backupDatabase(f.db.handle(), target);
        QCOMPARE(status.code, StoreError::Code::BackupFailed);
        QVERIFY(status.message.contains(QStringLiteral("already exists")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("precious"));
    }

    void unwritableTargetGivesError()
    {
        test::StoreFixture f(QStringLiteral("t-bk-bad"));
        QFile blocker(f.dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A folder path that runs through a plain file cannot be created.
        const StoreStatus status = backupDatabase(f.db.handle(), f.dir.filePath(QStringLiteral("file/sub/b.sqlite")));
        QCOMPARE(status.code, StoreError::Code::BackupFailed);
    }

    void backupNamesCarryVersionAndTime()
    {
        QCOMPARE(backupFileName(1, QDateTime(QDate(2026, 2, 18), QTime(17, 30, 5), Qt::UTC)),
                 QStringLiteral("campaignforge-v1-20260218-173005.sqlite"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
