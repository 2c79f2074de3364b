#include "models/store/Database.h"
#include "models/store/Schema.h"
#include "models/store/WorkspaceRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using cf::Database;
using cf::StoreError;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.handle());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(bytes) == bytes.size();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsNewDatabaseWithSafePragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        Database db;
        QVERIFY2(db.open(path, QStringLiteral("t-new")), qPrintable(db.error().fullText()));
        QCOMPARE(db.state(), Database::State::ReadWrite);
        QVERIFY(!db.isReadOnly());
        QCOMPARE(db.schemaVersion(), cf::kCurrentSchemaVersion);
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), cf::kCurrentSchemaVersion);
        QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), cf::kApplicationId);
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2);
        QCOMPARE(pragma(db, QStringLiteral("busy_timeout")).toInt(), 5000);
        QVERIFY(db.lastBackupPath().isEmpty()); // nothing to back up in a new file
        QVERIFY(!db.checkWritable().isError());
    }

    void reopensWithoutMigratingAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, QStringLiteral("t-first")));
            QVERIFY(cf::WorkspaceRepository(db).insert(cf::Workspace{0, QStringLiteral("Shop"), {}, {}, {}, {}, {}, {}}));
        }
        Database again;
        QVERIFY2(again.open(path, QStringLiteral("t-second")), qPrintable(again.error().fullText()));
        QVERIFY(again.lastBackupPath().isEmpty());
        auto list = cf::WorkspaceRepository(again).list();
        QVERIFY(list);
        QCOMPARE(list->size(), std::size_t(1));
        QCOMPARE(list->front().name, QStringLiteral("Shop"));
    }

    void missingFileIsNotCreatedWhenNotAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        Database db;
        cf::DatabaseOptions options;
        options.createIfMissing = false;
        QVERIFY(!db.open(path, QStringLiteral("t-missing"), options));
        QCOMPARE(db.state(), Database::State::Failed);
        QCOMPARE(db.error().code, StoreError::Code::FileMissing);
        QVERIFY(!QFile::exists(path));
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("fk.sqlite")), QStringLiteral("t-fk")));
        QSqlQuery q(db.handle());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO campaigns (workspace_id, name) VALUES (4242, 'orphan')")));
        QVERIFY(q.lastError().databaseText().contains(QStringLiteral("FOREIGN KEY")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO campaign_content (campaign_id, platform, content_type) VALUES (99, 'x', 'text_post')")));
    }

    void schemaHasNoSecretColumns()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("cols.sqlite")), QStringLiteral("t-cols")));
        QSqlQuery tables(db.handle());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")));
        const QRegularExpression secret(QStringLiteral("token|secret|password"), QRegularExpression::CaseInsensitiveOption);
        int columns = 0;
        QStringList tableNames;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            tableNames << table;
            QSqlQuery info(db.handle());
            QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
            while (info.next()) {
                ++columns;
                const QString column = info.value(1).toString();
                QVERIFY2(!secret.match(column).hasMatch(), qPrintable(table + QLatin1Char('.') + column));
            }
        }
        QVERIFY(columns > 50);
        for (const char *expected : {"workspaces", "campaigns", "campaign_content", "ad_sets", "assets", "content_assets",
                                     "generation_jobs", "platform_integrations", "publishing_results", "metrics",
                                     "automation_logs", "audit_log"})
            QVERIFY2(tableNames.contains(QLatin1String(expected)), expected);
    }

    void foreignKeyColumnsAreIndexed()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("idx.sqlite")), QStringLiteral("t-idx")));
        QSqlQuery tables(db.handle());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery fks(db.handle());
            QVERIFY(fks.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table)));
            while (fks.next()) {
                const QString column = fks.value(3).toString();
                // Some index must start with this column.
                QSqlQuery indexes(db.handle());
                QVERIFY(indexes.exec(QStringLiteral("PRAGMA index_list(%1)").arg(table)));
                bool covered = false;
                while (indexes.next() && !covered) {
                    QSqlQuery info(db.handle());
                    QVERIFY(info.exec(QStringLiteral("PRAGMA index_info(%1)").arg(indexes.value(1).toString())));
                    covered = info.next() && info.value(2).toString() == column;
                }
                QVERIFY2(covered, qPrintable(table + QLatin1Char('.') + column));
            }
        }
    }

    void garbageFileGivesClearErrorAndIsKept_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArray("this is not a database at all, just some text\n").repeated(50);
        QTest::newRow("short") << QByteArray("SQLite format 3");
        QByteArray header("SQLite format 3\0", 16);
        QTest::newRow("header only") << header + QByteArray(84, '\x01');
    }
    void garbageFileGivesClearErrorAndIsKept()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QVERIFY(writeFile(path, bytes));
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path, QStringLiteral("t-garbage")));
        QCOMPARE(db.state(), Database::State::Failed);
        QVERIFY(db.error().code == StoreError::Code::NotADatabase || db.error().code == StoreError::Code::Corrupt);
        QVERIFY(db.error().message.contains(QStringLiteral("garbage.sqlite")));
        QVERIFY(db.checkWritable().isError());
        QVERIFY(!cf::WorkspaceRepository(db).list());
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("garbage.sqlite")});
    }

    void truncatedDatabaseGivesClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, QStringLiteral("t-cut-make")));
            QSqlQuery q(db.handle());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO workspaces (name, brand_kit) VALUES ('w', '%1')")
                               .arg(QString(20000, QLatin1Char('x')))));
        }
        QFile file(path);
        QVERIFY(file.size() > 8192);
        QVERIFY(file.resize(file.size() / 2 + 100));
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path, QStringLiteral("t-cut")));
        QVERIFY(db.error().isError());
        QVERIFY(!db.error().message.isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void foreignSqliteFileIsNotTouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t-other-make"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("t-other-make"));
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path, QStringLiteral("t-other")));
        QCOMPARE(db.error().code, StoreError::Code::NotADatabase);
        QCOMPARE(fileHash(path), before);
    }

    void newerDatabaseOpensReadOnlyAndRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, QStringLiteral("t-future-make")));
            QVERIFY(cf::WorkspaceRepository(db).insert(cf::Workspace{0, QStringLiteral("Kept"), {}, {}, {}, {}, {}, {}}));
            QSqlQuery q(db.handle());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(cf::kCurrentSchemaVersion + 1)));
        }
        Database db;
        QVERIFY(db.open(path, QStringLiteral("t-future")));
        QCOMPARE(db.state(), Database::State::ReadOnly);
        QVERIFY(db.isReadOnly());
        QCOMPARE(db.error().code, StoreError::Code::NewerSchema);
        QVERIFY(db.error().message.contains(QStringLiteral("newer version")));
        QCOMPARE(db.schemaVersion(), cf::kCurrentSchemaVersion + 1);

        cf::WorkspaceRepository repo(db);
        auto list = repo.list();
        QVERIFY(list);
        QCOMPARE(list->front().name, QStringLiteral("Kept"));
        auto refused = repo.insert(cf::Workspace{0, QStringLiteral("New"), {}, {}, {}, {}, {}, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, StoreError::Code::ReadOnly);
        QCOMPARE(refused.error().message, db.error().message);
        // Even a raw statement cannot write: the connection itself is read-only.
        QSqlQuery raw(db.handle());
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM workspaces")));
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), cf::kCurrentSchemaVersion + 1);
    }

    void connectionNamesAreExclusiveAndPerThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("names.sqlite"));
        Database first;
        QVERIFY(first.open(path, QStringLiteral("t-same")));
        Database second;
        QVERIFY(!second.open(path, QStringLiteral("t-same")));
        QVERIFY(first.isOpen()); // the failed attempt did not close the other one
        QVERIFY(QSqlDatabase::contains(QStringLiteral("t-same")));
        const QString name = Database::connectionNameForCurrentThread(QStringLiteral("gui"));
        QVERIFY(name.startsWith(QStringLiteral("gui-")));
        QCOMPARE(Database::connectionNameForCurrentThread(QStringLiteral("gui")), name);
        Database third;
        cf::DatabaseOptions options;
        options.migrate = false;
        QVERIFY2(third.open(path, name, options), qPrintable(third.error().fullText()));
        third.close();
        QVERIFY(!QSqlDatabase::contains(name));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
