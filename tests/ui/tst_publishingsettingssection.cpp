// Settings → Publishing: the "keep publishing" switch that CloseToTrayPolicy
// reads, and the public media host choice (none / a connected WordPress
// site) stored under the same key as `campaignforge-cli media-host`; a
// site that is no longer connected stays visible with a warning; the
// section follows a language change; screenshots in English and Arabic.
#include "app/core/AppSettings.h"
#include "models/domain/Connection.h"
#include "models/store/ConnectionRepository.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/settings/PublishingSettingsSection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QTest>

using namespace cf;

namespace {

qint64 addConnection(const Database &db, Platform platform, const QString &accountId, const QString &name,
                     ConnectionStatus status = ConnectionStatus::Connected)
{
    Connection c;
    c.platform = platform;
    c.accountId = accountId;
    c.accountName = name;
    c.status = status;
    c.provider = platform == Platform::WordPress ? QStringLiteral("wordpress") : platformId(platform);
    if (platform == Platform::WordPress)
        c.apiBase = QStringLiteral("https://%1").arg(accountId.section(QLatin1Char('@'), 1));
    const auto id = ConnectionRepository(db).upsert(c);
    return id ? *id : 0;
}

} // namespace

class TestPublishingSettingsSection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepPublishingFollowsTheSetting()
    {
        test::ShellFixture f;
        QVERIFY(f.openDatabase());
        PublishingSettingsSection section(f.settings, &f.database);
        auto *keep = section.findChild<QCheckBox *>(QStringLiteral("keepPublishingWhenClosed"));
        QVERIFY(keep);
        QVERIFY(keep->isChecked()); // on by default
        QTest::mouseClick(keep, Qt::LeftButton, {}, QPoint(8, keep->height() / 2));
        QVERIFY(!keep->isChecked());
        QVERIFY(!f.settings.keepPublishingWhenClosed());
        // Written through at once: a fresh reader of the same file agrees.
        QVERIFY(!AppSettings(f.dir.filePath(QStringLiteral("settings.ini"))).keepPublishingWhenClosed());
        keep->click();
        QVERIFY(f.settings.keepPublishingWhenClosed());
    }

    void chooseAWordPressSiteThenNone()
    {
        test::ShellFixture f;
        QVERIFY(f.openDatabase());
        const qint64 blog = addConnection(f.database, Platform::WordPress, QStringLiteral("1@blog.example.com"),
                                          QStringLiteral("Noura's blog"));
        addConnection(f.database, Platform::WordPress, QStringLiteral("2@old.example.com"), QStringLiteral("Old blog"),
                      ConnectionStatus::NeedsRelogin);
        addConnection(f.database, Platform::Facebook, QStringLiteral("104000000000001"), QStringLiteral("Noura Boutique"));
        PublishingSettingsSection section(f.settings, &f.database);
        section.show();
        auto *host = section.findChild<QComboBox *>(QStringLiteral("mediaHostChoice"));
        QVERIFY(host);
        // None and the one connected site: not the signed-out site, not the Page.
        QCOMPARE(host->count(), 2);
        QCOMPARE(host->currentIndex(), 0);
        QVERIFY(host->itemText(1).contains(QStringLiteral("Noura's blog")));
        QVERIFY(host->itemText(1).contains(QStringLiteral("https://blog.example.com")));

        host->setFocus();
        QTest::keyClick(host, Qt::Key_Down); // a combo box changes (and emits activated) on arrow keys
        QCOMPARE(host->currentIndex(), 1);
        QCOMPARE(f.settings.mediaHostWordPressConnection(), std::optional<qint64>(blog));
        auto *status = section.findChild<QLabel *>(QStringLiteral("publishingSettingsStatus"));
        QVERIFY(status && status->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("Noura's blog")));

        QTest::keyClick(host, Qt::Key_Up);
        QCOMPARE(host->currentIndex(), 0);
        QVERIFY(!f.settings.mediaHostWordPressConnection());
    }

    void aSiteNoLongerConnectedStaysVisible()
    {
        test::ShellFixture f;
        QVERIFY(f.openDatabase());
        const qint64 gone = addConnection(f.database, Platform::WordPress, QStringLiteral("2@old.example.com"),
                                          QStringLiteral("Old blog"), ConnectionStatus::NeedsRelogin);
        f.settings.setMediaHostWordPressConnection(gone);
        PublishingSettingsSection section(f.settings, &f.database);
        section.show();
        auto *host = section.findChild<QComboBox *>(QStringLiteral("mediaHostChoice"));
        QVERIFY(host);
        QCOMPARE(host->count(), 2);
        QCOMPARE(host->currentData().toLongLong(), gone);
        QVERIFY(host->currentText().contains(QStringLiteral("no longer connected")));
        auto *status = section.findChild<QLabel *>(QStringLiteral("publishingSettingsStatus"));
        QVERIFY(status && status->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("no longer connected")));
        // The saved choice is left alone until the owner picks another.
        QCOMPARE(f.settings.mediaHostWordPressConnection(), std::optional<qint64>(gone));
    }

    void withoutADatabaseTheHostCannotBeChosen()
    {
        test::ShellFixture f;
        PublishingSettingsSection section(f.settings, nullptr);
        auto *host = section.findChild<QComboBox *>(QStringLiteral("mediaHostChoice"));
        QVERIFY(host);
        QVERIFY(!host->isEnabled());
        QCOMPARE(host->count(), 1);
    }

    void followsTheLanguageAndScreenshots()
    {
        const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(dir));
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
            test::ShellFixture f;
            QVERIFY(f.openDatabase());
            addConnection(f.database, Platform::WordPress, QStringLiteral("1@blog.example.com"), QStringLiteral("Noura's blog"));
            test::PseudoArabicTranslator pseudo(f.language);
            QCoreApplication::installTranslator(&pseudo);
            PublishingSettingsSection section(f.settings, &f.database);
            section.resize(640, 300);
            f.language.setLanguage(lang);
            section.show();
            QVERIFY(QTest::qWaitForWindowExposed(&section));
            auto *group = section.findChild<QGroupBox *>();
            QVERIFY(group);
            QCOMPARE(section.layoutDirection(), lang == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
            QCOMPARE(group->title() == QLatin1String("Publishing"), lang == QLatin1String("en"));
            QVERIFY(section.grab().save(QDir(dir).filePath(QStringLiteral("settings_publishing_%1.png").arg(lang))));
            QCoreApplication::removeTranslator(&pseudo);
            f.language.setLanguage(QStringLiteral("en"));
        }
    }
};

QTEST_MAIN(TestPublishingSettingsSection)
#include "tst_publishingsettingssection.moc"
