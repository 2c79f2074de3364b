// The status bar's one-line label: shortened to fit, whole text in the tooltip.
#include "ui/widgets/ElidingLabel.h"

#include <QTest>

using cf::ElidingLabel;

class TestElidingLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shortTextIsShownWhole()
    {
        ElidingLabel label;
        label.resize(400, 30);
        label.setFullText(QStringLiteral("Short"));
        QCOMPARE(label.text(), QStringLiteral("Short"));
    }

    void longTextIsShortenedToTheWidth()
    {
        ElidingLabel label;
        label.resize(120, 30);
        const QString text = QStringLiteral("The database could not be opened because the file is not a database");
        label.setFullText(text);
        QVERIFY(label.text() != text);
        QVERIFY(label.text().endsWith(QChar(0x2026)));
        QVERIFY(label.fontMetrics().horizontalAdvance(label.text()) <= 120);
        QCOMPARE(label.toolTip(), text);
        QCOMPARE(label.fullText(), text);

        // Given room again (a shown widget gets its resize events at once),
        // the whole text comes back.
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        label.resize(2000, 30);
        QCOMPARE(label.text(), text);
    }

    void neverAsksForWidth()
    {
        ElidingLabel label;
        label.setFullText(QString(500, QLatin1Char('x')));
        QCOMPARE(label.minimumSizeHint().width(), 0);
    }
};

QTEST_MAIN(TestElidingLabel)
#include "tst_elidinglabel.moc"
