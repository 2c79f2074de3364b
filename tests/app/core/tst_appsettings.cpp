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
        QCOMPARE(settings.lastPage(), 0);
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
            settings.setLastPage(3);
            settings.setShowHijriDates(true);
            settings.setMainWindowGeometry(QByteArray("\x01\x02geometry", 10));
            settings.sync();
        }
        AppSettings reopened(path);
        QCOMPARE(reopened.language(), QStringLiteral("ar"));
        QCOMPARE(reopened.lastPage(), 3);
        QCOMPARE(reopened.showHijriDates(), true);
        QCOMPARE(reopened.mainWindowGeometry(), QByteArray("\x01\x02geometry", 10));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
