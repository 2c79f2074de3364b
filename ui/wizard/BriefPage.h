#pragma once

#include "app/planning/ParsedInstruction.h"
#include "models/domain/Campaign.h"
#include "ui/wizard/WizardServices.h"

#include <QWizardPage>

#include <map>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cf {

class InstructionPage;

// Wizard step 2: what step 1 understood, as fields the owner can correct:
// platforms (with their connection state), budget, audience, places, dates,
// campaign type, objective and how much the app may do alone. Values the
// planner chose because the sentence did not say are marked "inferred" with
// its reason as a tooltip; the mark goes away once the owner changes them.
class BriefPage : public QWizardPage
{
    Q_OBJECT
public:
    BriefPage(const WizardServices &services, const InstructionPage &instruction, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // The brief in the parser's shape, with every field as shown.
    ParsedInstruction editedBrief() const;
    AutomationLevel automationLevel() const;
    // Field keys (the planner's: "campaign_type", "start_date", ...) marked inferred.
    QStringList inferredFields() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void fill();
    void refreshConnections();
    QLabel *badge(const QString &field);
    void userChanged(const QString &field);
    void retranslateUi();

    const WizardServices &m_services;
    const InstructionPage &m_instruction;
    QString m_filledFrom; // the instruction text the fields were filled from
    bool m_filling = false;

    QFormLayout *m_form = nullptr;
    std::map<QString, QCheckBox *> m_platforms; // by platform id
    QDoubleSpinBox *m_budget = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_gender = nullptr;
    QSpinBox *m_ageMin = nullptr;
    QSpinBox *m_ageMax = nullptr;
    QLineEdit *m_places = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_objective = nullptr;
    QButtonGroup *m_automation = nullptr;
    std::map<int, QLabel *> m_automationHelp;
    std::map<QString, QLabel *> m_badges;
    std::map<QString, QString> m_inferenceReasons;
    std::map<QString, QLabel *> m_rowLabels;
};

} // namespace cf
