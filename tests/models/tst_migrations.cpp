#include "models/store/Backup.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/Migrations.h"
#include "models/store/Schema.h"
#include "models/store/SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

using cf::MigrationStep;
using cf::StoreError;
using cf::StoreStatus;

namespace {

// A plain connection with no schema, for driving the runner directly.
class RawConnection
{
public:
    explicit RawConnection(const QString &path) : m_name(QStringLiteral("raw-") + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

int userVersion(const QSqlDatabase &db) { return cf::sql::scalar(db, QStringLiteral("PRAGMA user_version"))->toInt(); }
qint64 count(const QSqlDatabase &db, const QString &table)
{
    return cf::sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + table)->toLongLong();
}
std::function<StoreStatus(const QSqlDatabase &)> statements(QStringList list)
{
    return [list](const QSqlDatabase &db) { return cf::sql::execAll(db, list); };
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void productStepsStartAtOneAndEndAtCurrent()
    {
        const auto steps = cf::schemaMigrations();
        QVERIFY(!steps.empty());
        QCOMPARE(steps.front().version, 1);
        QCOMPARE(steps.back().version, cf::kCurrentSchemaVersion);
        for (std::size_t i = 1; i < steps.size(); ++i)
            QCOMPARE(steps[i].version, steps[i - 1].version + 1);
    }

    void migratesEmptyDatabaseToCurrent()
    {
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(QStringLiteral("empty.sqlite")));
        QCOMPARE(userVersion(raw.db()), 0);
        const StoreStatus status = cf::runMigrations(raw.db(), cf::schemaMigrations());
        QVERIFY2(!status.isError(), qPrintable(status.fullText()));
        QCOMPARE(userVersion(raw.db()), cf::kCurrentSchemaVersion);
        QCOMPARE(cf::sql::scalar(raw.db(), QStringLiteral("PRAGMA application_id"))->toInt(), cf::kApplicationId);
        QCOMPARE(count(raw.db(), QStringLiteral("campaigns")), 0);
        // Running again is a no-op.
        QVERIFY(!cf::runMigrations(raw.db(), cf::schemaMigrations()).isError());
        QCOMPARE(userVersion(raw.db()), cf::kCurrentSchemaVersion);
    }

    // Every earlier version: build a database at version v with the product
    // steps up to v, put data in it, then migrate to the end.
    void migratesFromEveryEarlierVersion()
    {
        const auto all = cf::schemaMigrations();
        for (int from = 1; from <= cf::kCurrentSchemaVersion; ++from) {
            QTemporaryDir dir;
            RawConnection raw(dir.filePath(QStringLiteral("v%1.sqlite").arg(from)));
            std::vector<MigrationStep> upTo;
            for (const auto &step : all) {
                if (step.version <= from)
                    upTo.push_back(step);
            }
            QVERIFY(!cf::runMigrations(raw.db(), upTo).isError());
            QCOMPARE(userVersion(raw.db()), from);
            QVERIFY(!cf::sql::execAll(raw.db(), {QStringLiteral("INSERT INTO workspaces (name) VALUES ('kept')")}).isError());
            QVERIFY(!cf::runMigrations(raw.db(), all).isError());
            QCOMPARE(userVersion(raw.db()), cf::kCurrentSchemaVersion);
            QCOMPARE(count(raw.db(), QStringLiteral("workspaces")), 1);
        }
    }

    void appliesTestStepsInOrderEachWithItsVersion()
    {
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(QStringLiteral("steps.sqlite")));
        const std::vector<MigrationStep> steps{
            {1, statements({QStringLiteral("CREATE TABLE t (a INTEGER)"), QStringLiteral("INSERT INTO t VALUES (1)")})},
            {2, statements({QStringLiteral("ALTER TABLE t ADD COLUMN b TEXT DEFAULT 'x'")})},
            {3, statements({QStringLiteral("INSERT INTO t (a) VALUES (3)")})},
        };
        QVERIFY(!cf::runMigrations(raw.db(), {steps[0]}).isError());
        QCOMPARE(userVersion(raw.db()), 1);
        QVERIFY(!cf::runMigrations(raw.db(), steps).isError());
        QCOMPARE(userVersion(raw.db()), 3);
        QCOMPARE(count(raw.db(), QStringLiteral("t")), 2); // step 1 ran once only
        QCOMPARE(cf::sql::scalar(raw.db(), QStringLiteral("SELECT b FROM t WHERE a = 3"))->toString(), QStringLiteral("x"));
    }

    void failingStepRollsBackAndKeepsVersionAndData()
    {
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(QStringLiteral("fail.sqlite")));
        const std::vector<MigrationStep> steps{
            {1, statements({QStringLiteral("CREATE TABLE t (a INTEGER)"), QStringLiteral("INSERT INTO t VALUES (1)")})},
            // Changes data and schema first, then fails: all of it must vanish.
            {2, statements({QStringLiteral("INSERT INTO t VALUES (2)"), QStringLiteral("CREATE TABLE u (x)"),
                            QStringLiteral("UPDATE t SET a = 100"), QStringLiteral("INSERT INTO no_such_table VALUES (1)")})},
            {3, statements({QStringLiteral("INSERT INTO t VALUES (3)")})},
        };
        const StoreStatus status = cf::runMigrations(raw.db(), steps);
        QVERIFY(status.isError());
        QCOMPARE(status.code, StoreError::Code::MigrationFailed);
        QVERIFY(status.message.contains(QStringLiteral("version 2")));
        QCOMPARE(userVersion(raw.db()), 1);
        QCOMPARE(count(raw.db(), QStringLiteral("t")), 1);
        QCOMPARE(cf::sql::scalar(raw.db(), QStringLiteral("SELECT a FROM t"))->toInt(), 1);
        QVERIFY(cf::sql::scalar(raw.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'u'"))->toInt() == 0);
        // The connection is usable afterwards (no transaction left open).
        QVERIFY(!cf::sql::execAll(raw.db(), {QStringLiteral("INSERT INTO t VALUES (9)")}).isError());
    }

    void failingStepReportedByStepFunctionAlsoRollsBack()
    {
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(QStringLiteral("fail2.sqlite")));
        const std::vector<MigrationStep> steps{
            {1, statements({QStringLiteral("CREATE TABLE t (a INTEGER)")})},
            {2, [](const QSqlDatabase &db) -> StoreStatus {
                 cf::sql::execAll(db, {QStringLiteral("INSERT INTO t VALUES (42)")});
                 return StoreError::make(StoreError::Code::InvalidData, QStringLiteral("data cannot be converted"));
             }},
        };
        QVERIFY(cf::runMigrations(raw.db(), steps).isError());
        QCOMPARE(userVersion(raw.db()), 1);
        QCOMPARE(count(raw.db(), QStringLiteral("t")), 0);
    }

    // The product path through Database::open(): a v1 file with data, opened
    // by a build whose steps go to v2, is backed up (verified copy of v1)
    // before the v2 step runs.
    void openingOlderDatabaseBacksUpThenMigrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        makeV1WithData(path);
        auto steps = cf::schemaMigrations();
        steps.push_back({cf::kCurrentSchemaVersion + 1,
                         statements({QStringLiteral("ALTER TABLE workspaces ADD COLUMN motto TEXT NOT NULL DEFAULT ''")})});
        cf::Database db;
        cf::DatabaseOptions options;
        options.backupDir = dir.filePath(QStringLiteral("backups"));
        options.nowUtc = QDateTime(QDate(2026, 2, 18), QTime(17, 30), Qt::UTC);
        options.migrations = steps;
        QVERIFY2(db.open(path, QStringLiteral("t-up"), options), qPrintable(db.error().fullText()));
        QCOMPARE(db.schemaVersion(), cf::kCurrentSchemaVersion + 1);
        QCOMPARE(db.lastBackupPath(),
                 QDir(options.backupDir).filePath(QStringLiteral("campaignforge-v1-20260218-173000.sqlite")));
        QVERIFY(!cf::checkDatabaseFile(db.lastBackupPath(), true).isError());
        QCOMPARE(count(db.handle(), QStringLiteral("workspaces")), 1);
        QVERIFY(cf::sql::scalar(db.handle(), QStringLiteral("SELECT motto FROM workspaces")));

        // The backup holds the old version and the old data.
        RawConnection backup(db.lastBackupPath());
        QCOMPARE(userVersion(backup.db()), 1);
        QCOMPARE(count(backup.db(), QStringLiteral("workspaces")), 1);
        QVERIFY(!cf::sql::scalar(backup.db(), QStringLiteral("SELECT motto FROM workspaces")));
    }

    void failedMigrationOnOpenLeavesDatabaseAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        makeV1WithData(path);
        auto steps = cf::schemaMigrations();
        steps.push_back({cf::kCurrentSchemaVersion + 1,
                         statements({QStringLiteral("DELETE FROM workspaces"), QStringLiteral("THIS IS NOT SQL")})});
        cf::DatabaseOptions options;
        options.backupDir = dir.filePath(QStringLiteral("backups"));
        options.migrations = steps;
        {
            cf::Database db;
            QVERIFY(!db.open(path, QStringLiteral("t-bad"), options));
            QCOMPARE(db.error().code, StoreError::Code::MigrationFailed);
            QVERIFY(!db.lastBackupPath().isEmpty());
            QVERIFY(QFile::exists(db.lastBackupPath()));
        }
        cf::Database again;
        QVERIFY(again.open(path, QStringLiteral("t-after")));
        // The product steps before the failing one committed on their own;
        // the failing step left no trace.
        QCOMPARE(again.schemaVersion(), cf::kCurrentSchemaVersion);
        QCOMPARE(count(again.handle(), QStringLiteral("workspaces")), 1);
    }

    // v1 -> v2: existing campaigns and content stay readable; they have no
    // generated copy and no product facts until the generator writes them.
    void v1ContentMigratesToV2WithoutCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1content.sqlite"));
        {
            cf::Database v1;
            cf::DatabaseOptions options;
            options.migrations = {cf::schemaMigrations().front()};
            QVERIFY(v1.open(path, QStringLiteral("t-v1c"), options));
            QVERIFY(!cf::sql::execAll(v1.handle(),
                                      {QStringLiteral("INSERT INTO workspaces (id, name) VALUES (1, 'w')"),
                                       QStringLiteral("INSERT INTO campaigns (id, workspace_id, name) VALUES (5, 1, 'c')"),
                                       QStringLiteral("INSERT INTO campaign_content (campaign_id, platform, content_type, "
                                                      "body_en) VALUES (5, 'instagram', 'image_post', 'kept body')")})
                         .isError());
        }
        cf::Database db;
        cf::DatabaseOptions options;
        options.backupDir = dir.filePath(QStringLiteral("backups"));
        QVERIFY2(db.open(path, QStringLiteral("t-v2c"), options), qPrintable(db.error().fullText()));
        QCOMPARE(db.schemaVersion(), cf::kCurrentSchemaVersion);
        const auto items = cf::ContentRepository(db).listForCampaign(5);
        QVERIFY2(items, qPrintable(items.error().fullText()));
        QCOMPARE(items->size(), std::size_t(1));
        QCOMPARE(items->front().body.en, QStringLiteral("kept body"));
        QVERIFY(!items->front().copy.has_value());
        const auto campaign = cf::CampaignRepository(db).find(5);
        QVERIFY2(campaign, qPrintable(campaign.error().fullText()));
        QVERIFY(campaign->product.isEmpty());

        // A stored copy comes back equal; a corrupt one is a clear error.
        cf::ContentItem item = items->front();
        cf::ContentCopy copy;
        copy.en.primaryText = QStringLiteral("new text");
        copy.seed = 7;
        item.copy = copy;
        QVERIFY(!cf::ContentRepository(db).update(item).isError());
        QCOMPARE(*cf::ContentRepository(db).find(item.id)->copy, copy);
        QVERIFY(!cf::sql::execAll(db.handle(), {QStringLiteral("UPDATE campaign_content SET copy_json = '{\"en\": 3}'")})
                     .isError());
        const auto corrupt = cf::ContentRepository(db).find(item.id);
        QVERIFY(!corrupt);
        QCOMPARE(corrupt.error().code, StoreError::Code::InvalidData);
    }

private:
    // Schema v1 exactly as the first release wrote it (only step 1).
    static void makeV1WithData(const QString &path)
    {
        cf::Database db;
        cf::DatabaseOptions options;
        options.migrations = {cf::schemaMigrations().front()};
        QVERIFY(db.open(path, QStringLiteral("t-make-v1"), options));
        QVERIFY(!cf::sql::execAll(db.handle(), {QStringLiteral("INSERT INTO workspaces (name) VALUES ('kept')")}).isError());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
