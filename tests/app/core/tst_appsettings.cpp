#include "app/core/AppSettings.h"

#include <QTemporaryDir>
#include <QTest>

using cf::AppSettings;

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsBeforeAnythingIsSaved()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        QVERIFY(settings.language().isEmpty());
        QVERIFY(settings.lastPage().isEmpty());
        QCOMPARE(settings.showHijriDates(), false);
        QVERIFY(settings.mainWindowGeometry().isEmpty());
    }

    void valuesSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            AppSettings settings(path);
            settings.setLanguage(QStringLiteral("ar"));
            settings.setLastPage(QStringLiteral("review"));
            settings.setShowHijriDates(true);
            settings.setMainWindowGeometry(QByteArray("\x01\x02geometry", 10));
            settings.sync();
        }
        AppSettings reopened(path);
        QCOMPARE(reopened.language(), QStringLiteral("ar"));
        QCOMPARE(reopened.lastPage(), QStringLiteral("review"));
        QCOMPARE(reopened.showHijriDates(), true);
        QCOMPARE(reopened.mainWindowGeometry(), QByteArray("\x01\x02geometry", 10));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
