#pragma once

#include "app/workflow/PlanningResources.h"
#include "ui/wizard/WizardServices.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <optional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace cf {

class InstructionEdit;

// Wizard step 1: one sentence in English or Arabic. It is parsed (and planned,
// for the inferred values of step 2) on a worker 250 ms after the owner stops
// typing; recognised parts appear as chips, problems are underlined in the
// text and listed below it. Example chips insert a ready-made instruction.
class InstructionPage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 250;

    InstructionPage(const WizardServices &services, QWidget *parent = nullptr);

    bool isComplete() const override;
    // The analysis of the current text, once the worker has finished it.
    const std::optional<InstructionAnalysis> &analysis() const { return m_analysis; }
    bool isAnalysing() const;

    InstructionEdit *editor() const { return m_edit; }
    QListWidget *exampleChips() const { return m_examples; }
    QListWidget *recognisedChips() const { return m_chips; }
    QListWidget *problemList() const { return m_problemList; }

Q_SIGNALS:
    // The chips and problems now show the current text.
    void analysed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onTextChanged();
    void analyseNow();
    void onAnalysed();
    void showAnalysis();
    void insertExample(QListWidgetItem *item);
    void addChip(const QString &kind, const QString &text);

    const WizardServices &m_services;
    InstructionEdit *m_edit;
    QLabel *m_intro;
    QLabel *m_examplesLabel;
    QListWidget *m_examples;
    QLabel *m_chipsLabel;
    QListWidget *m_chips;
    QLabel *m_problemsLabel;
    QListWidget *m_problemList;
    QTimer *m_debounce;
    QFutureWatcher<InstructionAnalysis> m_watcher;
    std::optional<InstructionAnalysis> m_analysis;
    QString m_pendingText; // text being analysed by the worker
};

} // namespace cf
