#include "models/store/AuditRepository.h"
#include "tests/models/StoreFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace cf;

class TestAuditRepository : public QObject
{
    Q_OBJECT

    static AuditEntry entry(const QString &action, qint64 entityId, const QDateTime &at, const QString &details = {})
    {
        AuditEntry e;
        e.actor = AuditActor::User;
        e.action = action;
        e.entityType = QStringLiteral("content_item");
        e.entityId = entityId;
        e.detailsJson = details;
        e.at = at;
        return e;
    }

private Q_SLOTS:
    void appendsAndListsByEntityOldestFirst()
    {
        test::StoreFixture store(QStringLiteral("audit1"));
        QVERIFY(store.ok());
        const AuditRepository audit(store.db);
        const auto second = audit.append(entry(QStringLiteral("content.reject"), 7, test::utcAt(2, 1, 10),
                                               QStringLiteral("{\"reason\":\"Wrong price\"}")));
        const auto first = audit.append(entry(QStringLiteral("content.approve"), 7, test::utcAt(2, 1, 9)));
        const auto other = audit.append(entry(QStringLiteral("content.approve"), 8, test::utcAt(2, 1, 11)));
        QVERIFY(second && first && other);
        QVERIFY(*first > *second);

        const auto rows = audit.listForEntity(QStringLiteral("content_item"), 7);
        QVERIFY(rows);
        QCOMPARE(rows->size(), size_t(2));
        QCOMPARE(rows->at(0).action, QStringLiteral("content.approve"));
        QCOMPARE(rows->at(0).detailsJson, QStringLiteral("{}"));
        QCOMPARE(rows->at(0).at, test::utcAt(2, 1, 9));
        QCOMPARE(rows->at(1).action, QStringLiteral("content.reject"));
        QCOMPARE(rows->at(1).actor, AuditActor::User);
        QCOMPARE(rows->at(1).entityId, std::optional<qint64>(7));
        QCOMPARE(QJsonDocument::fromJson(rows->at(1).detailsJson.toUtf8()).object().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Wrong price"));
        QVERIFY(audit.listForEntity(QStringLiteral("campaign"), 7)->empty());

        const auto recent = audit.listRecent(2);
        QVERIFY(recent);
        QCOMPARE(recent->size(), size_t(2));
        QCOMPARE(recent->at(0).entityId, std::optional<qint64>(8));
        QCOMPARE(recent->at(1).action, QStringLiteral("content.reject"));
    }

    void refusesDetailsThatAreNotAnObjectAndEntriesWithoutAction()
    {
        test::StoreFixture store(QStringLiteral("audit2"));
        QVERIFY(store.ok());
        const AuditRepository audit(store.db);
        const auto bad = audit.append(entry(QStringLiteral("content.edit"), 1, test::utcAt(2, 1, 9), QStringLiteral("[1,2")));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, StoreError::Code::InvalidData);
        QVERIFY(!bad.error().message.isEmpty());
        QVERIFY(!audit.append(entry(QString(), 1, test::utcAt(2, 1, 9))));
        QVERIFY(!audit.append(entry(QStringLiteral("x"), 1, QDateTime())));
        QVERIFY(audit.listRecent(10)->empty());
    }

    void reportsADamagedRowInsteadOfCrashing()
    {
        test::StoreFixture store(QStringLiteral("audit3"));
        QVERIFY(store.ok());
        QSqlQuery q(store.db.handle());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (actor, action, entity_type, entity_id, details, at) "
                                      "VALUES ('robot', 'content.approve', 'content_item', 1, '{}', '2026-02-01T09:00:00.000Z')")));
        const auto rows = AuditRepository(store.db).listForEntity(QStringLiteral("content_item"), 1);
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, StoreError::Code::InvalidData);
    }
};

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "tst_auditrepository.moc"
