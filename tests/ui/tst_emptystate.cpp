// The shared empty-state widget: texts, and an action only when one is given.
#include "ui/widgets/EmptyState.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using cf::EmptyState;

class TestEmptyState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsItsTexts()
    {
        EmptyState empty(QStringLiteral(":/icons/empty-review.svg"));
        empty.setTitle(QStringLiteral("Nothing here"));
        empty.setExplanation(QStringLiteral("Things will appear here."));
        QCOMPARE(empty.title(), QStringLiteral("Nothing here"));
        QCOMPARE(empty.findChild<QLabel *>(QStringLiteral("emptyStateTitle"))->text(), QStringLiteral("Nothing here"));
        QCOMPARE(empty.findChild<QLabel *>(QStringLiteral("emptyStateExplanation"))->text(),
            QStringLiteral("Things will appear here."));
    }

    void detailAndActionStayHiddenUntilGiven()
    {
        EmptyState empty(QStringLiteral(":/icons/empty-review.svg"));
        auto *detail = empty.findChild<QLabel *>(QStringLiteral("emptyStateDetail"));
        QVERIFY(detail->isHidden());
        QVERIFY(empty.actionButton()->isHidden());

        empty.setDetail(QStringLiteral("Today"));
        empty.setActionText(QStringLiteral("Do it"));
        QVERIFY(!detail->isHidden());
        QVERIFY(!empty.actionButton()->isHidden());

        empty.setActionText(QString());
        empty.setDetail(QString());
        QVERIFY(detail->isHidden());
        QVERIFY(empty.actionButton()->isHidden());
    }

    void actionButtonEmitsActionTriggered()
    {
        EmptyState empty(QStringLiteral(":/icons/empty-review.svg"));
        empty.setActionText(QStringLiteral("Do it"));
        QSignalSpy spy(&empty, &EmptyState::actionTriggered);
        empty.actionButton()->click();
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_MAIN(TestEmptyState)
#include "tst_emptystate.moc"
