#include "app/core/LanguageController.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using cf::LanguageController;

class TestLanguageController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shipsEnglishAndArabic()
    {
        QCOMPARE(LanguageController::supportedLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("ar")}));
    }

    void firstStartFollowsTheSystemLocaleWhenShipped()
    {
        QCOMPARE(LanguageController::languageForLocale(QLocale(QLocale::Arabic, QLocale::SaudiArabia)), QStringLiteral("ar"));
        QCOMPARE(LanguageController::languageForLocale(QLocale(QLocale::Arabic, QLocale::Egypt)), QStringLiteral("ar"));
        QCOMPARE(LanguageController::languageForLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("en"));
        // A language we do not ship falls back to English.
        QCOMPARE(LanguageController::languageForLocale(QLocale(QLocale::French, QLocale::France)), QStringLiteral("en"));
    }

    void directionComesFromLocaleData()
    {
        QCOMPARE(LanguageController::directionOf(QStringLiteral("ar")), Qt::RightToLeft);
        QCOMPARE(LanguageController::directionOf(QStringLiteral("en")), Qt::LeftToRight);
    }

    void switchingInstallsTheCatalogueAndSignals()
    {
        LanguageController controller;
        QSignalSpy spy(&controller, &LanguageController::languageChanged);
        QVERIFY(controller.setLanguage(QStringLiteral("ar")));
        QCOMPARE(controller.currentLanguage(), QStringLiteral("ar"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).value<Qt::LayoutDirection>(), Qt::RightToLeft);
        // A string every build carries: the CLI's command heading.
        const QString arabic = QCoreApplication::translate("cf::Cli", "Commands:");
        QVERIFY2(arabic != QStringLiteral("Commands:"), qPrintable(arabic));

        QVERIFY(controller.setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("cf::Cli", "Commands:"), QStringLiteral("Commands:"));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(1).value<Qt::LayoutDirection>(), Qt::LeftToRight);
    }

    void unknownLanguageKeepsTheCurrentOne()
    {
        LanguageController controller;
        QVERIFY(controller.setLanguage(QStringLiteral("en")));
        QSignalSpy spy(&controller, &LanguageController::languageChanged);
        QVERIFY(!controller.setLanguage(QStringLiteral("xx")));
        QCOMPARE(controller.currentLanguage(), QStringLiteral("en"));
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLanguageController)
#include "tst_languagecontroller.moc"
