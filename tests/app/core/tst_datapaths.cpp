#include "app/core/DataPaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using cf::DataPaths;

class TestDataPaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void explicitDirectoryWinsOverEnvironment()
    {
        QTemporaryDir a, b;
        qputenv(DataPaths::kEnvironmentVariable, b.path().toLocal8Bit());
        const DataPaths paths = DataPaths::resolve(a.path());
        QCOMPARE(paths.dataDir(), QDir(a.path()).absolutePath());
        qunsetenv(DataPaths::kEnvironmentVariable);
    }

    void environmentWinsOverStandardLocation()
    {
        QTemporaryDir b;
        qputenv(DataPaths::kEnvironmentVariable, b.path().toLocal8Bit());
        QCOMPARE(DataPaths::resolve(QString()).dataDir(), QDir(b.path()).absolutePath());
        qunsetenv(DataPaths::kEnvironmentVariable);
    }

    void standardLocationIsTheFallback()
    {
        qunsetenv(DataPaths::kEnvironmentVariable);
        QStandardPaths::setTestModeEnabled(true);
        const DataPaths paths = DataPaths::resolve(QString());
        QCOMPARE(paths.dataDir(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QStandardPaths::setTestModeEnabled(false);
    }

    void filesLiveInsideTheDataDirectory()
    {
        QTemporaryDir dir;
        const DataPaths paths = DataPaths::resolve(dir.path());
        QVERIFY(paths.databaseFile().startsWith(paths.dataDir() + QLatin1Char('/')));
        QVERIFY(paths.assetsDir().startsWith(paths.dataDir() + QLatin1Char('/')));
        QVERIFY(paths.backupsDir().startsWith(paths.dataDir() + QLatin1Char('/')));
    }

    void ensureExistsCreatesOrExplains()
    {
        QTemporaryDir dir;
        const DataPaths nested = DataPaths::resolve(dir.filePath(QStringLiteral("a/b/c")));
        QString error;
        QVERIFY(nested.ensureExists(&error));
        QVERIFY(QDir(nested.dataDir()).exists());

        // A regular file where the folder should be cannot become a folder.
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const DataPaths blocked = DataPaths::resolve(dir.filePath(QStringLiteral("file/sub")));
        QVERIFY(!blocked.ensureExists(&error));
        QVERIFY(error.contains(QStringLiteral("file")));
    }
};

QTEST_GUILESS_MAIN(TestDataPaths)
#include "tst_datapaths.moc"
