#include "ConnectionsDb.h"

#include "models/store/ConnectionRepository.h"
#include "models/store/Schema.h"
#include "models/store/SqlSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace cf;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

Connection account(const QString &id)
{
    Connection c;
    c.platform = Platform::Facebook;
    c.provider = QStringLiteral("facebook");
    c.accountId = id;
    c.accountName = QStringLiteral("Owner ") + id;
    c.scopes = {QStringLiteral("pages_manage_posts")};
    c.expiresAt = kNow.addDays(60);
    c.createdAt = kNow;
    c.updatedAt = kNow;
    return c;
}
} // namespace

class TestConnectionRepository : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::openConnectionsDb(m_db, m_dir, QStringLiteral("repo"))); }

    void schemaHasNoTokenColumn()
    {
        const QSqlRecord record = m_db.handle().record(QStringLiteral("platform_integrations"));
        QVERIFY(record.contains(QStringLiteral("parent_id")));
        QVERIFY(record.contains(QStringLiteral("kind")));
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            QVERIFY2(!name.contains(QStringLiteral("token")) && !name.contains(QStringLiteral("secret"))
                         && !name.contains(QStringLiteral("password")),
                     qPrintable(name));
        }
    }

    void upsertRoundTripsAndKeepsIdsOnReconnect()
    {
        ConnectionRepository repo(m_db);
        Connection c = account(QStringLiteral("1"));
        c.pictureUrl = QStringLiteral("https://pic");
        const auto id = repo.upsert(c);
        QVERIFY2(id, qPrintable(id.error().fullText()));
        c.id = *id;
        QCOMPARE(*repo.find(*id), c);

        Connection again = account(QStringLiteral("1"));
        again.accountName = QStringLiteral("Renamed");
        again.createdAt = kNow.addDays(5);
        const auto sameId = repo.upsert(again);
        QCOMPARE(*sameId, *id);
        const auto found = repo.find(*id);
        QCOMPARE(found->accountName, QStringLiteral("Renamed"));
        QCOMPARE(found->createdAt, kNow); // the first connection time stays
    }

    void childrenListStatusSelectionAndCascade()
    {
        ConnectionRepository repo(m_db);
        const qint64 parent = *repo.upsert(account(QStringLiteral("10")));
        Connection page = account(QStringLiteral("page-1"));
        page.kind = ConnectionKind::Page;
        page.parentId = parent;
        const qint64 pageId = *repo.upsert(page);
        Connection ig = account(QStringLiteral("ig-1"));
        ig.platform = Platform::Instagram;
        ig.kind = ConnectionKind::InstagramAccount;
        ig.parentId = parent;
        const qint64 igId = *repo.upsert(ig);

        const auto children = repo.children(parent);
        QCOMPARE(children->size(), size_t(2));
        QCOMPARE(children->at(1).kind, ConnectionKind::InstagramAccount);

        // list(): each parent directly followed by its children.
        const auto all = repo.list();
        qsizetype parentAt = -1;
        for (qsizetype i = 0; i < qsizetype(all->size()); ++i)
            if (all->at(size_t(i)).id == parent)
                parentAt = i;
        QVERIFY(parentAt >= 0);
        QCOMPARE(all->at(size_t(parentAt + 1)).id, pageId);
        QCOMPARE(all->at(size_t(parentAt + 2)).id, igId);

        QVERIFY(!repo.setStatus(parent, ConnectionStatus::NeedsRelogin, QStringLiteral("Sign in again"), kNow.addDays(1)).isError());
        QCOMPARE(repo.find(parent)->status, ConnectionStatus::NeedsRelogin);
        QCOMPARE(repo.find(parent)->updatedAt, kNow.addDays(1));
        QVERIFY(!repo.setSelected(pageId, false, kNow).isError());
        QVERIFY(!repo.find(pageId)->selected);

        QVERIFY(!repo.remove(parent).isError());
        QVERIFY(!repo.find(pageId));
        QVERIFY(!repo.find(igId));
        QCOMPARE(repo.remove(parent).code, StoreError::Code::NotFound);
        QCOMPARE(repo.setStatus(parent, ConnectionStatus::Connected, {}, kNow).code, StoreError::Code::NotFound);
    }

    void v2RowsMigrateToV3AsSelectedAccounts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        {
            Database v2;
            DatabaseOptions options;
            auto steps = schemaMigrations();
            steps.resize(2);
            options.migrations = steps;
            QVERIFY(v2.open(path, QStringLiteral("t-v2conn"), options));
            QVERIFY(!sql::execAll(v2.handle(), {QStringLiteral("INSERT INTO platform_integrations (platform, account_id, "
                                                               "account_name, status) VALUES ('x', '42', 'Shop', 'expired')")})
                         .isError());
        }
        Database db;
        DatabaseOptions options;
        options.backupDir = dir.filePath(QStringLiteral("backups"));
        QVERIFY2(db.open(path, QStringLiteral("t-v3conn"), options), qPrintable(db.error().fullText()));
        QCOMPARE(db.schemaVersion(), kCurrentSchemaVersion);
        QVERIFY(!db.lastBackupPath().isEmpty());
        const auto rows = ConnectionRepository(db).list();
        QVERIFY2(rows, qPrintable(rows.error().fullText()));
        QCOMPARE(rows->size(), size_t(1));
        QCOMPARE(rows->front().kind, ConnectionKind::Account);
        QCOMPARE(rows->front().status, ConnectionStatus::Expired);
        QVERIFY(!rows->front().parentId);
        QVERIFY(rows->front().selected);
    }

    void damagedRowIsAClearError()
    {
        ConnectionRepository repo(m_db);
        const qint64 id = *repo.upsert(account(QStringLiteral("20")));
        QSqlQuery q(m_db.handle());
        QVERIFY(q.exec(QStringLiteral("UPDATE platform_integrations SET kind = 'spaceship' WHERE id = %1").arg(id)));
        const auto found = repo.find(id);
        QVERIFY(!found);
        QCOMPARE(found.error().code, StoreError::Code::InvalidData);
    }
};

QTEST_GUILESS_MAIN(TestConnectionRepository)
#include "tst_connectionrepository.moc"
