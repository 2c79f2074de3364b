// The campaign wizard driven like a person would: typing the seed instruction
// (English and Arabic) with simulated key presses, checking the chips, the
// filled and "inferred" fields, the brand step and the plan, then Generate,
// and finally the stored campaign with its items and copy. Also: a bad
// instruction is underlined with its message, and cancelling during
// generation leaves a consistent draft.
#include "app/core/Clock.h"
#include "app/workflow/CampaignCreationService.h"
#include "app/workflow/PlanningResources.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/GenerationJobRepository.h"
#include "models/store/WorkspaceRepository.h"
#include "ui/wizard/BrandPage.h"
#include "ui/wizard/BriefPage.h"
#include "ui/wizard/CampaignWizard.h"
#include "ui/wizard/InstructionEdit.h"
#include "ui/wizard/InstructionPage.h"
#include "ui/wizard/SummaryPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using cf::CampaignWizard;

namespace {
const QString kSeedEn = QStringLiteral(
    "Create Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget targeting women 25-40 in Riyadh");
const QString kSeedAr = QStringLiteral(
    "أنشئ حملة على إنستغرام وتيك توك لتخفيضات رمضان بميزانية 1000 ريال تستهدف النساء من 25 إلى 40 في الرياض");

QStringList chipTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

int chipsOfKind(const QListWidget *list, const QString &kind)
{
    int count = 0;
    for (int i = 0; i < list->count(); ++i)
        count += list->item(i)->data(Qt::UserRole).toString() == kind;
    return count;
}
} // namespace

class TestCampaignWizard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    cf::Database m_db;
    cf::FixedClock m_clock{QDateTime(QDate(2026, 2, 1), QTime(9, 0), QTimeZone::utc())};
    std::shared_ptr<const cf::PlanningResources> m_resources;
    int m_run = 0;

    cf::WizardServices services(bool media = false)
    {
        cf::WizardServices s{m_db, m_clock, m_dir.filePath(QStringLiteral("assets")), m_resources, QString()};
        s.generateMedia = media;
        return s;
    }

    static void clickNext(CampaignWizard &wizard)
    {
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }

    // Key presses carrying each character's text: QTest::keyClicks only
    // handles Latin-1, and Arabic must be typed as well.
    static void typeText(QWidget *widget, const QString &text)
    {
        for (const QChar ch : text) {
            if (ch.unicode() < 0x80)
                QTest::keyClick(widget, ch.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }

    // Types the instruction and waits for its analysis.
    void typeInstruction(CampaignWizard &wizard, const QString &text)
    {
        cf::InstructionPage *page = wizard.instructionPage();
        typeText(page->editor(), text);
        QCOMPARE(page->editor()->toPlainText(), text);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
    }

    void checkBriefOfTheSeed(CampaignWizard &wizard)
    {
        cf::BriefPage *brief = wizard.briefPage();
        QCOMPARE(wizard.currentId(), int(CampaignWizard::BriefStep));
        QVERIFY(brief->findChild<QCheckBox *>(QStringLiteral("platform_instagram"))->isChecked());
        QVERIFY(brief->findChild<QCheckBox *>(QStringLiteral("platform_tiktok"))->isChecked());
        QVERIFY(!brief->findChild<QCheckBox *>(QStringLiteral("platform_facebook"))->isChecked());
        // Connection state is shown; nothing is connected in a new database.
        QVERIFY(brief->findChild<QCheckBox *>(QStringLiteral("platform_instagram"))->text().contains(QStringLiteral("not connected")));
        QCOMPARE(brief->findChild<QDoubleSpinBox *>(QStringLiteral("budgetAmount"))->value(), 1000.0);
        QCOMPARE(brief->findChild<QComboBox *>(QStringLiteral("currency"))->currentData().toString(), QStringLiteral("SAR"));
        QCOMPARE(brief->findChild<QComboBox *>(QStringLiteral("gender"))->currentData().toString(), QStringLiteral("female"));
        QCOMPARE(brief->findChild<QSpinBox *>(QStringLiteral("ageMin"))->value(), 25);
        QCOMPARE(brief->findChild<QSpinBox *>(QStringLiteral("ageMax"))->value(), 40);
        QCOMPARE(brief->findChild<QLineEdit *>(QStringLiteral("places"))->text(), QStringLiteral("Riyadh"));
        // The dates come from Ramadan, not from the sentence: inferred, with the reason.
        QVERIFY2(brief->inferredFields().contains(QStringLiteral("start_date")), qPrintable(brief->inferredFields().join(u',')));
        const QLabel *badge = brief->findChild<QLabel *>(QStringLiteral("inferred_start_date"));
        QVERIFY(badge->isVisible());
        QVERIFY(!badge->toolTip().isEmpty());
        // Stated values are not marked.
        QVERIFY(!brief->inferredFields().contains(QStringLiteral("platforms")));
        // Correcting an inferred value removes the mark.
        const QStringList before = brief->inferredFields();
        if (before.contains(QStringLiteral("campaign_type"))) {
            auto *type = brief->findChild<QComboBox *>(QStringLiteral("campaignType"));
            type->setFocus();
            const bool last = type->currentIndex() == type->count() - 1;
            QTest::keyClick(type, last ? Qt::Key_Up : Qt::Key_Down);
            QVERIFY(!brief->inferredFields().contains(QStringLiteral("campaign_type")));
            QTest::keyClick(type, last ? Qt::Key_Down : Qt::Key_Up);
        }
        auto *semi = brief->findChild<QRadioButton *>(QStringLiteral("automation_semi_automatic"));
        semi->setFocus();
        QTest::keyClick(semi, Qt::Key_Space);
        QCOMPARE(brief->automationLevel(), cf::AutomationLevel::SemiAutomatic);
    }

    void fillBrand(CampaignWizard &wizard)
    {
        cf::BrandPage *brand = wizard.brandPage();
        QCOMPARE(wizard.currentId(), int(CampaignWizard::BrandStep));
        auto *business = brand->findChild<QLineEdit *>(QStringLiteral("businessName"));
        business->selectAll();
        QTest::keyClicks(business, QStringLiteral("Noura Abayas"));
        auto *product = brand->findChild<QLineEdit *>(QStringLiteral("productNameEn"));
        product->clear();
        QTest::keyClicks(product, QStringLiteral("Abayas"));
        auto *url = brand->findChild<QLineEdit *>(QStringLiteral("landingPage"));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("shop.example"));
        QVERIFY(!brand->isComplete()); // not a web address yet
        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://shop.example/abayas"));
        QVERIFY(brand->isComplete());

        QImage logo(240, 120, QImage::Format_RGB32);
        logo.fill(QColor(0x0F, 0x76, 0x6E));
        const QString logoFile = m_dir.filePath(QStringLiteral("logo%1.png").arg(m_run));
        QVERIFY(logo.save(logoFile));
        brand->chooseLogo(logoFile);
        QTRY_COMPARE_WITH_TIMEOUT(brand->logoFile(), logoFile, 5000);
    }

    void checkSummary(CampaignWizard &wizard)
    {
        cf::SummaryPage *summary = wizard.summaryPage();
        QCOMPARE(wizard.currentId(), int(CampaignWizard::SummaryStep));
        QTRY_VERIFY_WITH_TIMEOUT(summary->isComplete(), 10000);
        const QString text = summary->summary()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Budget split")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Estimates")));
        QVERIFY(summary->plan()->brief.platforms.contains(QStringLiteral("tiktok")));
        QCOMPARE(wizard.button(QWizard::FinishButton)->text().remove(u'&'), QStringLiteral("Generate"));
    }

    qint64 generate(CampaignWizard &wizard)
    {
        QSignalSpy created(&wizard, &CampaignWizard::campaignCreated);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        if (!wizard.progressDialog() || !wizard.isGenerating())
            return 0;
        if (!created.wait(60000))
            return 0;
        return created.first().at(0).toLongLong();
    }

    void checkStored(qint64 id, const QString &instruction)
    {
        QVERIFY(id > 0);
        const auto campaign = cf::CampaignRepository(m_db).find(id);
        QVERIFY(campaign.ok());
        QCOMPARE(campaign->instruction, instruction);
        QCOMPARE(campaign->status, cf::CampaignStatus::InReview);
        QCOMPARE(campaign->automationLevel, cf::AutomationLevel::SemiAutomatic);
        QCOMPARE(campaign->audience.ageMin, 25);
        QCOMPARE(campaign->audience.ageMax, 40);
        QCOMPARE(campaign->product.nameEn, QStringLiteral("Abayas"));
        const auto items = cf::ContentRepository(m_db).listForCampaign(id);
        QVERIFY(items.ok());
        QVERIFY(items->size() > 5);
        for (const cf::ContentItem &item : *items)
            QVERIFY(item.copy.has_value() && !item.copy->ar.isEmpty() && !item.copy->en.isEmpty());
        const auto workspace = cf::WorkspaceRepository(m_db).find(campaign->workspaceId);
        QCOMPARE(workspace->name, QStringLiteral("Noura Abayas"));
        QVERIFY(workspace->brandKit.logoAssetId.has_value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_resources = cf::PlanningResources::load(&error);
        QVERIFY2(m_resources, qPrintable(error));
    }

    void init()
    {
        m_db.close();
        cf::DatabaseOptions options;
        options.nowUtc = m_clock.nowUtc();
        ++m_run;
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(m_run)), QStringLiteral("wiz%1").arg(m_run), options));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void seedInstructionInEnglish()
    {
        const cf::WizardServices s = services();
        CampaignWizard wizard(s);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typeInstruction(wizard, kSeedEn);
        const QListWidget *chips = wizard.instructionPage()->recognisedChips();
        const QStringList texts = chipTexts(chips);
        QVERIFY2(texts.contains(QStringLiteral("Instagram")) && texts.contains(QStringLiteral("TikTok")), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("Riyadh")));
        QVERIFY(texts.contains(QStringLiteral("Women")));
        QVERIFY(texts.contains(QStringLiteral("Ramadan")));
        QCOMPARE(chipsOfKind(chips, QStringLiteral("budget")), 1);
        QVERIFY(wizard.instructionPage()->problemList()->isHidden());
        QVERIFY(wizard.instructionPage()->editor()->extraSelections().isEmpty());

        clickNext(wizard);
        checkBriefOfTheSeed(wizard);
        clickNext(wizard);
        fillBrand(wizard);
        clickNext(wizard);
        checkSummary(wizard);
        checkStored(generate(wizard), kSeedEn);
        QVERIFY(!wizard.isVisible());
    }

    void seedInstructionInArabic()
    {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        const cf::WizardServices s = services();
        CampaignWizard wizard(s);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // An example chip inserts text; typing replaces it.
        QListWidget *examples = wizard.instructionPage()->exampleChips();
        QTest::mouseClick(examples->viewport(), Qt::LeftButton, {}, examples->visualItemRect(examples->item(0)).center());
        QCOMPARE(wizard.instructionPage()->editor()->toPlainText(), kSeedEn);
        wizard.instructionPage()->editor()->clear();
        typeInstruction(wizard, kSeedAr);
        const QListWidget *chips = wizard.instructionPage()->recognisedChips();
        QCOMPARE(chipsOfKind(chips, QStringLiteral("platform")), 2);
        QCOMPARE(chipsOfKind(chips, QStringLiteral("budget")), 1);
        QCOMPARE(chipsOfKind(chips, QStringLiteral("place")), 1);
        QVERIFY(chipsOfKind(chips, QStringLiteral("audience")) >= 2);
        QVERIFY(wizard.instructionPage()->problemList()->isHidden());

        clickNext(wizard);
        checkBriefOfTheSeed(wizard);
        clickNext(wizard);
        fillBrand(wizard);
        clickNext(wizard);
        checkSummary(wizard);
        checkStored(generate(wizard), kSeedAr);
    }

    void badInstructionIsUnderlinedWithItsMessage()
    {
        const cf::WizardServices s = services();
        CampaignWizard wizard(s);
        wizard.show();
        const QString text = QStringLiteral("حملة على Pinterest بميزانية 500 درهم في دبي");
        typeInstruction(wizard, text);
        cf::InstructionPage *page = wizard.instructionPage();
        QVERIFY(!page->problemList()->isHidden());
        QVERIFY(page->problemList()->count() >= 1);
        const auto selections = page->editor()->extraSelections();
        QCOMPARE(selections.size(), page->problemList()->count());
        bool pinterestUnderlined = false;
        for (const QTextEdit::ExtraSelection &selection : selections) {
            QCOMPARE(selection.format.underlineStyle(), QTextCharFormat::WaveUnderline);
            if (selection.cursor.selectedText() == QStringLiteral("Pinterest")) {
                pinterestUnderlined = true;
                const QString message = page->editor()->problemAt(selection.cursor.selectionStart() + 2);
                QVERIFY(!message.isEmpty());
                QCOMPARE(selection.format.toolTip(), message);
            }
        }
        QVERIFY(pinterestUnderlined);

        // Fixing the text clears the problems once the parse catches up.
        page->editor()->selectAll();
        typeText(page->editor(), kSeedEn);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 10000);
        QVERIFY(page->editor()->extraSelections().isEmpty());
        QVERIFY(page->problemList()->isHidden());
    }

    void cancelDuringGenerationKeepsADraft()
    {
        const cf::WizardServices s = services(true);
        CampaignWizard wizard(s);
        wizard.service()->setMaxParallelMediaJobs(1);
        wizard.show();
        typeInstruction(wizard, kSeedEn);
        clickNext(wizard);
        clickNext(wizard);
        clickNext(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.summaryPage()->isComplete(), 10000);

        QSignalSpy kept(&wizard, &CampaignWizard::draftKept);
        QSignalSpy created(&wizard, &CampaignWizard::campaignCreated);
        bool clicked = false;
        connect(wizard.service(), &cf::CampaignCreationService::progressChanged, this,
                [&](cf::CampaignCreationService::Step step, int, const QString &) {
                    if (step != cf::CampaignCreationService::Step::MakingMedia || clicked)
                        return;
                    clicked = true;
                    // The progress dialog's own Cancel button, clicked later from the event loop.
                    QMetaObject::invokeMethod(this, [&wizard] {
                        auto *cancel = wizard.progressDialog()->findChild<QPushButton *>();
                        QTest::mouseClick(cancel, Qt::LeftButton);
                    }, Qt::QueuedConnection);
                });
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(wizard.progressDialog()->isVisible());
        QVERIFY(kept.wait(120000));
        QVERIFY(clicked);
        QVERIFY(created.isEmpty());
        const qint64 id = kept.first().at(0).toLongLong();
        const auto campaign = cf::CampaignRepository(m_db).find(id);
        QVERIFY(campaign.ok());
        QCOMPARE(campaign->status, cf::CampaignStatus::Draft);
        const auto items = cf::ContentRepository(m_db).listForCampaign(id);
        QVERIFY(!items->empty());
        QVERIFY(items->front().copy.has_value());
        const auto jobs = cf::GenerationJobRepository(m_db).listForCampaign(id);
        for (const cf::GenerationJob &job : *jobs)
            QVERIFY(job.status != cf::JobStatus::Queued && job.status != cf::JobStatus::Running);
        QVERIFY(!wizard.isVisible());
    }
};

QTEST_MAIN(TestCampaignWizard)
#include "tst_campaignwizard.moc"
