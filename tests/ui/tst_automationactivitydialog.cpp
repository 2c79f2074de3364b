// The Automation activity dialog: the optimiser's changes listed newest
// first with an Undo that restores or refuses with the reason, the limits
// saved per campaign, and screenshots in English and Arabic.
#include "app/automation/Optimiser.h"
#include "app/planning/data/PlanningData.h"
#include "tests/app/automation/OptimiserFixture.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/automation/AutomationActivityDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace cf;
using test::riyadh;

class TestAutomationActivityDialog : public QObject
{
    Q_OBJECT

    PlanningData m_data;

    // A moved post and a budget shift, written by the real optimiser.
    void optimise(test::OptimiserFixture &f, const Clock &clock)
    {
        Campaign c = *CampaignRepository(f.db).find(f.campaignId);
        c.name = QStringLiteral("Ramadan sale");
        QVERIFY(!CampaignRepository(f.db).update(c).isError());
        f.addTarget(f.addItem(riyadh(5, 9)));
        f.addAdSet(QStringLiteral("Women 25-34 Riyadh"), 10000, 5000, 10);
        f.addAdSet(QStringLiteral("Women 35-40 Riyadh"), 10000, 8000, 4);
        auto report = Optimiser(f.db, m_data, clock).optimise(f.campaignId, {}, false);
        QVERIFY(report);
        QCOMPARE(report->logIds.size(), size_t(2));
    }

    static QTreeWidgetItem *rowContaining(QTreeWidget *list, const QString &text)
    {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(1).contains(text))
                return list->topLevelItem(i);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        auto data = PlanningData::load(&error);
        QVERIFY2(data, qPrintable(error));
        m_data = std::move(*data);
    }

    void listsChangesAndUndoesOne()
    {
        test::OptimiserFixture f(QStringLiteral("dlg1"));
        QVERIFY(f.seeded());
        FixedClock clock(riyadh(5, 6));
        optimise(f, clock);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        AutomationActivityDialog dialog(f.db, clock, settings, f.campaignId);
        QSignalSpy loaded(&dialog, &AutomationActivityDialog::loaded);
        dialog.show();
        QVERIFY(loaded.wait(10000));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("Ramadan sale")));
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("activityList"));
        auto *undo = dialog.findChild<QPushButton *>(QStringLiteral("undoOptimisation"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("activityStatus"));
        QVERIFY(list && undo && status);
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(list->topLevelItem(0)->text(1).startsWith(QStringLiteral("Shifted"))); // newest first
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Can be undone"));
        QVERIFY(!undo->isEnabled());

        QTreeWidgetItem *moved = rowContaining(list, QStringLiteral("Moved the Facebook post"));
        QVERIFY(moved);
        list->setCurrentItem(moved);
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(status->text().contains(QStringLiteral("back at")));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(f.timeOf(ContentRepository(f.db).listForCampaign(f.campaignId)->back().id), riyadh(5, 9));
        QCOMPARE(list->topLevelItemCount(), 3);
        QVERIFY(list->topLevelItem(0)->text(1).startsWith(QStringLiteral("Undid")));
        moved = rowContaining(list, QStringLiteral("Moved the Facebook post"));
        QCOMPARE(moved->text(2), QStringLiteral("Undone"));
        list->setCurrentItem(moved);
        QVERIFY(!undo->isEnabled()); // already undone

        // The budget was changed by hand since: refused with the reason.
        const auto adSets = *AdSetRepository(f.db).listForCampaign(f.campaignId);
        AdSet edited = adSets.front();
        edited.budget.amount.minor += 100;
        QVERIFY(!AdSetRepository(f.db).update(edited).isError());
        list->setCurrentItem(rowContaining(list, QStringLiteral("Shifted")));
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(status->text().contains(QStringLiteral("was changed since")));
        QVERIFY(loaded.wait(10000));
    }

    void limitsAreSavedPerCampaign()
    {
        test::OptimiserFixture f(QStringLiteral("dlg2"));
        QVERIFY(f.seeded());
        FixedClock clock(riyadh(5, 6));
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setOptimiserMaxBudgetChangePercent(f.campaignId, 10);
        AutomationActivityDialog dialog(f.db, clock, settings, f.campaignId);
        auto *moves = dialog.findChild<QCheckBox *>(QStringLiteral("optimiserMovesSchedule"));
        auto *shifts = dialog.findChild<QCheckBox *>(QStringLiteral("optimiserShiftsBudget"));
        auto *maxChange = dialog.findChild<QSpinBox *>(QStringLiteral("optimiserMaxBudgetChange"));
        QVERIFY(moves && shifts && maxChange);
        QCOMPARE(maxChange->value(), 10);
        QVERIFY(moves->isChecked());
        moves->click();
        maxChange->setValue(35);
        shifts->click();
        QCOMPARE(settings.optimiserMovesSchedule(f.campaignId), false);
        QCOMPARE(settings.optimiserMaxBudgetChangePercent(f.campaignId), 35);
        QCOMPARE(settings.optimiserShiftsBudget(f.campaignId), false);
        QVERIFY(!maxChange->isEnabled());
        QCOMPARE(settings.optimiserMovesSchedule(f.campaignId + 1), true); // other campaigns keep the defaults
    }

    void explainsWhenTheCampaignIsNotAiOptimised()
    {
        test::OptimiserFixture f(QStringLiteral("dlg3"));
        QVERIFY(f.seeded());
        Campaign c = *CampaignRepository(f.db).find(f.campaignId);
        c.automationLevel = AutomationLevel::Automatic;
        QVERIFY(!CampaignRepository(f.db).update(c).isError());
        FixedClock clock(riyadh(5, 6));
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        AutomationActivityDialog dialog(f.db, clock, settings, f.campaignId);
        QSignalSpy loaded(&dialog, &AutomationActivityDialog::loaded);
        QVERIFY(loaded.wait(10000));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("activityIntro"))->text().contains(QStringLiteral("not AI-optimised")));
    }

    void screenshots()
    {
        const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(dir));
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
            test::ShellFixture shell;
            test::PseudoArabicTranslator pseudo(shell.language);
            QCoreApplication::installTranslator(&pseudo);
            shell.language.setLanguage(lang);
            test::OptimiserFixture f(QStringLiteral("shot_") + lang);
            QVERIFY(f.seeded());
            FixedClock clock(riyadh(5, 6));
            optimise(f, clock); // the log's messages are written in the current language
            AutomationActivityDialog dialog(f.db, clock, shell.settings, f.campaignId);
            QSignalSpy loaded(&dialog, &AutomationActivityDialog::loaded);
            dialog.resize(900, 560);
            dialog.show();
            QVERIFY(loaded.wait(10000));
            auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("activityList"));
            list->setCurrentItem(list->topLevelItem(0));
            QCOMPARE(dialog.layoutDirection(), lang == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("automation_activity_%1.png").arg(lang))));
            QCoreApplication::removeTranslator(&pseudo);
            shell.language.setLanguage(QStringLiteral("en"));
        }
    }
};

QTEST_MAIN(TestAutomationActivityDialog)
#include "tst_automationactivitydialog.moc"
