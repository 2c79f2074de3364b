#include "ui/wizard/InstructionPage.h"

#include "app/core/Clock.h"
#include "models/domain/Money.h"
#include "ui/wizard/InstructionEdit.h"
#include "ui/wizard/WizardText.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cf {
namespace {

// Instructions people really write (from the parser's examples), two per
// language; they are input examples, so they are not translated.
const char *const kExamples[] = {
    "Create Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget targeting women 25-40 in Riyadh",
    "Instagram campaign starting 21 November 2026 for one week in Riyadh, SAR 700 per day",
    "أنشئ حملة على إنستغرام وتيك توك لتخفيضات رمضان بميزانية 1000 ريال تستهدف النساء من 25 إلى 40 في الرياض",
    "حملة اليوم الوطني على سناب وانستا وتويتر، الميزانية ٥٠ ألف ريال، للجنسين، في كل مناطق السعودية",
};

constexpr auto kChipStyle =
    "QListWidget { background: transparent; border: none; }"
    " QListWidget::item { border: 1px solid #99D5CB; border-radius: 11px; padding: 3px 10px; margin: 3px;"
    " background: #E6F5F2; color: #0B4F4A; }"
    " QListWidget::item:hover { background: #CDEBE5; }";

void makeChipList(QListWidget *list)
{
    // Icon mode with wrapping is a flow of chips that mirrors in Arabic.
    list->setViewMode(QListView::IconMode);
    list->setFlow(QListView::LeftToRight);
    list->setWrapping(true);
    list->setResizeMode(QListView::Adjust);
    list->setMovement(QListView::Static);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::TabFocus);
    list->setWordWrap(false);
    list->setStyleSheet(QString::fromLatin1(kChipStyle));
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

} // namespace

InstructionPage::InstructionPage(const WizardServices &services, QWidget *parent)
    : QWizardPage(parent),
      m_services(services),
      m_edit(new InstructionEdit(this)),
      m_intro(new QLabel(this)),
      m_examplesLabel(new QLabel(this)),
      m_examples(new QListWidget(this)),
      m_chipsLabel(new QLabel(this)),
      m_chips(new QListWidget(this)),
      m_problemsLabel(new QLabel(this)),
      m_problemList(new QListWidget(this)),
      m_debounce(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("instructionEdit"));
    m_examples->setObjectName(QStringLiteral("exampleChips"));
    m_chips->setObjectName(QStringLiteral("recognisedChips"));
    m_problemList->setObjectName(QStringLiteral("problemList"));
    m_intro->setWordWrap(true);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 16);
    makeChipList(m_examples);
    makeChipList(m_chips);
    m_examples->setMaximumHeight(90);
    m_chips->setMinimumHeight(70);
    m_problemList->setMaximumHeight(80);
    m_problemList->setStyleSheet(QStringLiteral("QListWidget { color: #B91C1C; }"));
    for (const char *example : kExamples) {
        const QString text = QString::fromUtf8(example);
        auto *item = new QListWidgetItem(m_examples);
        item->setData(Qt::UserRole, text);
        // Long examples are shortened on the chip; the tooltip has all of it.
        item->setText(text.size() > 48 ? QString(text.left(46) + QStringLiteral("…")) : text);
        item->setToolTip(text);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_edit);
    layout->addWidget(m_examplesLabel);
    layout->addWidget(m_examples);
    layout->addWidget(m_chipsLabel);
    layout->addWidget(m_chips, 1);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problemList);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &InstructionPage::onTextChanged);
    connect(m_debounce, &QTimer::timeout, this, &InstructionPage::analyseNow);
    connect(&m_watcher, &QFutureWatcher<InstructionAnalysis>::finished, this, &InstructionPage::onAnalysed);
    connect(m_examples, &QListWidget::itemClicked, this, &InstructionPage::insertExample);
    retranslateUi();
    showAnalysis();
}

bool InstructionPage::isComplete() const
{
    return m_services.resources && m_analysis && !m_edit->toPlainText().trimmed().isEmpty()
        && m_analysis->parsed.text == m_edit->toPlainText();
}

bool InstructionPage::isAnalysing() const
{
    return m_debounce->isActive() || m_watcher.isRunning();
}

void InstructionPage::onTextChanged()
{
    m_debounce->start();
    Q_EMIT completeChanged();
}

void InstructionPage::analyseNow()
{
    if (!m_services.resources)
        return;
    if (m_watcher.isRunning()) {
        // One analysis at a time; the newest text is taken up when it ends.
        m_debounce->start();
        return;
    }
    m_pendingText = m_edit->toPlainText();
    const QDate today = m_services.clock.todayUtc();
    m_watcher.setFuture(QtConcurrent::run([resources = m_services.resources, text = m_pendingText, today] {
        return analyseInstruction(*resources, text, today);
    }));
}

void InstructionPage::onAnalysed()
{
    InstructionAnalysis result = m_watcher.result();
    if (result.parsed.text != m_edit->toPlainText())
        return; // outdated: the debounce timer is already running for the new text
    m_analysis = std::move(result);
    showAnalysis();
    Q_EMIT completeChanged();
    Q_EMIT analysed();
}

void InstructionPage::insertExample(QListWidgetItem *item)
{
    m_edit->setPlainText(item->data(Qt::UserRole).toString());
    m_edit->moveCursor(QTextCursor::End);
    m_edit->setFocus();
}

void InstructionPage::addChip(const QString &kind, const QString &text)
{
    auto *item = new QListWidgetItem(text, m_chips);
    item->setData(Qt::UserRole, kind);
}

void InstructionPage::showAnalysis()
{
    m_chips->clear();
    m_problemList->clear();
    if (!m_services.resources) {
        m_problemList->addItem(m_services.resourcesError);
        m_problemsLabel->show();
        m_problemList->show();
        return;
    }
    if (!m_analysis || m_analysis->parsed.text.trimmed().isEmpty()) {
        m_edit->setProblems({});
        m_problemsLabel->hide();
        m_problemList->hide();
        return;
    }
    const ParsedInstruction &p = m_analysis->parsed;
    const QLocale locale;
    for (const QString &platform : p.platforms)
        addChip(QStringLiteral("platform"), WizardText::platform(platform));
    if (p.budget) {
        const QString amount = p.budget->currency.isEmpty()
            ? locale.toString(p.budget->amount, 'f', 0)
            : formatMoney(moneyFromMajor(p.budget->amount, p.budget->currency), locale);
        addChip(QStringLiteral("budget"), p.budgetPeriod == QLatin1String("daily") ? tr("%1 per day").arg(amount)
                                                                                   : tr("Budget %1").arg(amount));
    }
    for (const QString &gender : p.genders)
        addChip(QStringLiteral("audience"), WizardText::gender(gender));
    if (p.ageMin && p.ageMax)
        addChip(QStringLiteral("audience"), tr("Ages %1–%2").arg(locale.toString(*p.ageMin), locale.toString(*p.ageMax)));
    else if (p.ageMin)
        addChip(QStringLiteral("audience"), tr("Ages %1+").arg(locale.toString(*p.ageMin)));
    for (const QString &place : p.locations)
        addChip(QStringLiteral("place"), place);
    if (!p.theme.isEmpty())
        addChip(QStringLiteral("occasion"), p.theme);
    if (!p.objective.isEmpty())
        addChip(QStringLiteral("objective"), WizardText::objective(p.objective));
    if (!p.campaignType.isEmpty())
        addChip(QStringLiteral("type"), WizardText::campaignType(p.campaignType));
    if (p.startDate)
        addChip(QStringLiteral("date"), tr("Starts %1").arg(locale.toString(*p.startDate, QLocale::ShortFormat)));
    if (p.durationDays)
        addChip(QStringLiteral("date"), tr("%n days", nullptr, *p.durationDays));

    m_edit->setProblems(p.errors);
    for (const ParseError &error : p.errors) {
        auto *item = new QListWidgetItem(error.message, m_problemList);
        item->setData(Qt::UserRole, error.code);
    }
    m_problemsLabel->setVisible(!p.errors.empty());
    m_problemList->setVisible(!p.errors.empty());
}

void InstructionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showAnalysis();
    }
    QWizardPage::changeEvent(event);
}

void InstructionPage::retranslateUi()
{
    setTitle(tr("Describe your campaign"));
    setSubTitle(tr("One sentence is enough, in English or Arabic: platforms, budget, audience, place and occasion."));
    m_intro->setText(tr("What should the campaign do?"));
    m_edit->setPlaceholderText(tr("For example: Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget "
                                  "targeting women 25-40 in Riyadh"));
    m_edit->setAccessibleName(tr("Campaign instruction"));
    m_examplesLabel->setText(tr("Examples (click one to use it):"));
    m_chipsLabel->setText(tr("Recognised:"));
    m_problemsLabel->setText(tr("Problems:"));
}

} // namespace cf
