#include "ui/wizard/BriefPage.h"

#include "app/core/Clock.h"
#include "models/domain/Connection.h"
#include "models/domain/Platform.h"
#include "models/store/ConnectionRepository.h"
#include "ui/wizard/BriefPageRows.h"
#include "ui/wizard/InstructionPage.h"
#include "ui/wizard/WizardText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace cf {
namespace {

QString automationTitle(AutomationLevel level)
{
    switch (level) {
    case AutomationLevel::Manual: return QCoreApplication::translate("cf::BriefPage", "Manual");
    case AutomationLevel::SemiAutomatic: return QCoreApplication::translate("cf::BriefPage", "Semi-automated");
    case AutomationLevel::Automatic: return QCoreApplication::translate("cf::BriefPage", "Fully automated");
    case AutomationLevel::AiOptimized: return QCoreApplication::translate("cf::BriefPage", "AI-optimised");
    }
    return {};
}

QString automationHelp(AutomationLevel level)
{
    switch (level) {
    case AutomationLevel::Manual:
        return QCoreApplication::translate("cf::BriefPage", "You approve and publish every item yourself.");
    case AutomationLevel::SemiAutomatic:
        return QCoreApplication::translate("cf::BriefPage", "Items you approve are published on schedule by themselves.");
    case AutomationLevel::Automatic:
        return QCoreApplication::translate("cf::BriefPage", "Everything is published on schedule without asking you first.");
    case AutomationLevel::AiOptimized:
        return QCoreApplication::translate("cf::BriefPage",
                                           "Published automatically, and budget and timing follow what performs best.");
    }
    return {};
}

} // namespace

BriefPage::BriefPage(const WizardServices &services, const InstructionPage &instruction, QWidget *parent)
    : QWizardPage(parent), m_services(services), m_instruction(instruction)
{
    build();
    retranslateUi();
}

void BriefPage::initializePage()
{
    refreshConnections();
    // Going back and forth keeps the owner's corrections; a changed sentence
    // starts again from what it says.
    const auto &analysis = m_instruction.analysis();
    if (analysis && analysis->parsed.text != m_filledFrom)
        fill();
}

void BriefPage::refreshConnections()
{
    std::map<QString, QString> connectedAs;
    std::map<QString, bool> known;
    if (const auto rows = ConnectionRepository(m_services.database).list()) {
        for (const Connection &c : *rows) {
            known[platformId(c.platform)] = true;
            if (c.status == ConnectionStatus::Connected && !connectedAs.count(platformId(c.platform)))
                connectedAs[platformId(c.platform)] = c.accountName.isEmpty() ? c.accountId : c.accountName;
        }
    }
    for (auto &[id, box] : m_platforms) {
        const QString name = WizardText::platform(id);
        if (connectedAs.count(id)) {
            box->setText(tr("%1 — connected as %2").arg(name, connectedAs[id]));
            box->setToolTip(tr("Content for %1 will be published to this account.").arg(name));
        } else {
            box->setText(tr("%1 — not connected").arg(name));
            box->setToolTip(known.count(id) ? tr("The %1 account needs to be connected again on the Connections page.").arg(name)
                                            : tr("Connect %1 on the Connections page before publishing; you can plan "
                                                 "and review without it.").arg(name));
        }
    }
}

void BriefPage::fill()
{
    const InstructionAnalysis &analysis = *m_instruction.analysis();
    const ParsedInstruction &parsed = analysis.parsed;
    m_filling = true;
    m_filledFrom = parsed.text;
    m_inferenceReasons.clear();

    CampaignBrief brief;
    if (analysis.outcome.plan) {
        brief = analysis.outcome.plan->brief;
        for (const PlanInference &inference : analysis.outcome.plan->inferences)
            m_inferenceReasons[inference.field] = inference.reason;
    } else {
        // No plan yet (no platform named, say): show what the sentence gave.
        brief.platforms = parsed.platforms;
        brief.budget = parsed.budget ? std::optional<double>(parsed.budget->amount) : std::nullopt;
        brief.currency = parsed.budget ? parsed.budget->currency : QString();
        brief.budgetPeriod = parsed.budgetPeriod;
        brief.genders = parsed.genders;
        brief.ageMin = parsed.ageMin.value_or(18);
        brief.ageMax = parsed.ageMax.value_or(65);
        brief.locations = parsed.locations;
        brief.campaignType = parsed.campaignType;
        brief.objective = parsed.objective;
        const QDate first = parsed.startDate.value_or(m_services.clock.todayUtc().addDays(1));
        brief.flight = DateRange{first, first.addDays(parsed.durationDays.value_or(30) - 1)};
    }
    // The audience row stands for both ages; the planner notes them apart.
    for (const char *age : {"age_min", "age_max"}) {
        if (m_inferenceReasons.count(QString::fromLatin1(age)))
            m_inferenceReasons[QStringLiteral("audience")] = m_inferenceReasons[QString::fromLatin1(age)];
    }
    if (m_inferenceReasons.count(QStringLiteral("currency")))
        m_inferenceReasons[QStringLiteral("budget")] = m_inferenceReasons[QStringLiteral("currency")];
    else if (m_inferenceReasons.count(QStringLiteral("budget_period")))
        m_inferenceReasons[QStringLiteral("budget")] = m_inferenceReasons[QStringLiteral("budget_period")];

    for (auto &[id, box] : m_platforms)
        box->setChecked(brief.platforms.contains(id));
    m_budget->setValue(brief.budget.value_or(0));
    const int currency = m_currency->findData(brief.currency.isEmpty() ? QStringLiteral("SAR") : brief.currency);
    if (currency < 0)
        m_currency->addItem(brief.currency, brief.currency);
    m_currency->setCurrentIndex(currency < 0 ? m_currency->count() - 1 : currency);
    m_period->setCurrentIndex(qMax(0, m_period->findData(brief.budgetPeriod)));
    m_gender->setCurrentIndex(brief.genders.size() == 1 ? qMax(0, m_gender->findData(brief.genders.first())) : 0);
    m_ageMin->setValue(brief.ageMin);
    m_ageMax->setValue(brief.ageMax);
    m_places->setText(brief.locations.join(QStringLiteral(", ")));
    m_start->setDate(brief.flight.first);
    m_end->setDate(brief.flight.last);
    m_type->setCurrentIndex(qMax(0, m_type->findData(brief.campaignType)));
    m_objective->setCurrentIndex(qMax(0, m_objective->findData(brief.objective)));

    for (auto &[field, label] : m_badges) {
        const auto reason = m_inferenceReasons.find(field);
        label->setVisible(reason != m_inferenceReasons.end());
        label->setToolTip(reason != m_inferenceReasons.end() ? reason->second : QString());
    }
    m_filling = false;
    Q_EMIT completeChanged();
}

void BriefPage::userChanged(const QString &field)
{
    if (m_filling)
        return;
    // The owner has now stated this value: it is no longer a guess.
    if (const auto found = m_badges.find(field); found != m_badges.end())
        found->second->hide();
}

QStringList BriefPage::inferredFields() const
{
    QStringList fields;
    for (const auto &[field, label] : m_badges) {
        if (!label->isHidden())
            fields << field;
    }
    return fields;
}

bool BriefPage::isComplete() const
{
    const bool anyPlatform = std::any_of(m_platforms.begin(), m_platforms.end(),
                                         [](const auto &entry) { return entry.second->isChecked(); });
    return anyPlatform && m_end->date() >= m_start->date() && m_ageMax->value() >= m_ageMin->value();
}

ParsedInstruction BriefPage::editedBrief() const
{
    ParsedInstruction brief;
    if (const auto &analysis = m_instruction.analysis()) {
        brief.text = analysis->parsed.text;
        brief.theme = analysis->parsed.theme;
    }
    for (const auto &[id, box] : m_platforms) {
        if (box->isChecked())
            brief.platforms << id;
    }
    brief.platforms.sort();
    if (m_budget->value() > 0) {
        brief.budget = ParsedBudget{m_budget->value(), m_currency->currentData().toString()};
        brief.budgetPeriod = m_period->currentData().toString();
    }
    if (const QString gender = m_gender->currentData().toString(); !gender.isEmpty())
        brief.genders = QStringList{gender};
    brief.ageMin = m_ageMin->value();
    brief.ageMax = m_ageMax->value();
    for (const QString &place : m_places->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!place.trimmed().isEmpty())
            brief.locations << place.trimmed();
    }
    brief.locations.sort();
    brief.locations.removeDuplicates();
    brief.objective = m_objective->currentData().toString();
    brief.campaignType = m_type->currentData().toString();
    brief.startDate = m_start->date();
    brief.durationDays = int(m_start->date().daysTo(m_end->date())) + 1;
    return brief;
}

AutomationLevel BriefPage::automationLevel() const
{
    return AutomationLevel(qMax(0, m_automation->checkedId()));
}

void BriefPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void BriefPage::retranslateUi()
{
    setTitle(tr("Check the details"));
    setSubTitle(tr("This is what the sentence says. Correct anything; values marked \"inferred\" were chosen for you."));
    const std::map<QString, QString> rowTitles = {
        {QStringLiteral("platforms"), tr("Platforms:")},   {QStringLiteral("budget"), tr("Budget:")},
        {QStringLiteral("audience"), tr("Audience:")},     {QStringLiteral("locations"), tr("Places:")},
        {QStringLiteral("start_date"), tr("Start date:")}, {QStringLiteral("duration_days"), tr("End date:")},
        {QStringLiteral("campaign_type"), tr("Campaign type:")}, {QStringLiteral("objective"), tr("Objective:")},
        {QStringLiteral("automation"), tr("Automation:")}};
    for (const char *row : briefpage::kRows) {
        const QString key = QString::fromLatin1(row);
        m_rowLabels[key]->setText(rowTitles.at(key));
    }
    for (auto &[field, label] : m_badges)
        label->setText(tr("inferred"));
    m_period->setItemText(0, WizardText::budgetPeriod(QStringLiteral("total")));
    m_period->setItemText(1, WizardText::budgetPeriod(QStringLiteral("daily")));
    m_gender->setItemText(0, tr("Everyone"));
    m_gender->setItemText(1, WizardText::gender(QStringLiteral("female")));
    m_gender->setItemText(2, WizardText::gender(QStringLiteral("male")));
    m_places->setPlaceholderText(tr("Cities or countries, separated by commas"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, WizardText::campaignType(m_type->itemData(i).toString()));
    for (int i = 0; i < m_objective->count(); ++i)
        m_objective->setItemText(i, WizardText::objective(m_objective->itemData(i).toString()));
    for (AutomationLevel level : briefpage::kLevels) {
        m_automation->button(int(level))->setText(automationTitle(level));
        m_automationHelp[int(level)]->setText(automationHelp(level));
    }
    refreshConnections();
}

} // namespace cf
