#include "ui/automation/AutomationActivityDialog.h"

#include "app/automation/OptimisationUndo.h"
#include "app/core/AppSettings.h"
#include "app/core/Clock.h"
#include "models/store/AutomationLogRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/Database.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <set>

namespace cf {
namespace {

constexpr int kLogIdRole = Qt::UserRole;
constexpr int kUndoableRole = Qt::UserRole + 1;

} // namespace

AutomationActivityDialog::AutomationActivityDialog(const Database &database, const Clock &clock, AppSettings &settings,
                                                   qint64 campaignId, QWidget *parent)
    : QDialog(parent), m_database(database), m_clock(clock), m_settings(settings), m_campaignId(campaignId)
{
    setObjectName(QStringLiteral("automationActivityDialog"));
    buildUi();
    retranslateUi();
    connect(&m_watcher, &QFutureWatcher<AutomationActivity>::finished, this, &AutomationActivityDialog::onLoaded);
    reload();
}

AutomationActivityDialog::~AutomationActivityDialog()
{
    m_watcher.waitForFinished(); // the read holds its own connection; let it close
}

void AutomationActivityDialog::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("activityIntro"));

    auto *limits = new QGroupBox(this);
    m_limitsTitle = new QLabel(limits);
    m_moveSchedule = new QCheckBox(limits);
    m_moveSchedule->setObjectName(QStringLiteral("optimiserMovesSchedule"));
    m_shiftBudget = new QCheckBox(limits);
    m_shiftBudget->setObjectName(QStringLiteral("optimiserShiftsBudget"));
    m_maxChange = new QSpinBox(limits);
    m_maxChange->setObjectName(QStringLiteral("optimiserMaxBudgetChange"));
    m_maxChange->setRange(0, 100);
    m_maxChangeLabel = new QLabel(limits);
    m_maxChangeLabel->setBuddy(m_maxChange);
    const OptimiserLimits saved = loadOptimiserLimits(m_settings, m_campaignId);
    m_moveSchedule->setChecked(saved.moveSchedule);
    m_shiftBudget->setChecked(saved.shiftBudget);
    m_maxChange->setValue(saved.maxBudgetChangePercent);
    m_maxChange->setEnabled(saved.shiftBudget);
    auto *form = new QFormLayout(limits);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_limitsTitle);
    form->addRow(m_moveSchedule);
    form->addRow(m_shiftBudget);
    form->addRow(m_maxChangeLabel, m_maxChange);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("activityList"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_undo = new QPushButton(this);
    m_undo->setObjectName(QStringLiteral("undoOptimisation"));
    m_refresh = new QPushButton(this);
    m_close = new QPushButton(this);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("activityDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("activityStatus"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(limits);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(760, 520);

    connect(m_moveSchedule, &QCheckBox::toggled, this, &AutomationActivityDialog::saveLimits);
    connect(m_shiftBudget, &QCheckBox::toggled, this, &AutomationActivityDialog::saveLimits);
    connect(m_maxChange, &QSpinBox::valueChanged, this, &AutomationActivityDialog::saveLimits);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AutomationActivityDialog::updateUndo);
    connect(m_undo, &QPushButton::clicked, this, &AutomationActivityDialog::undoSelected);
    connect(m_refresh, &QPushButton::clicked, this, &AutomationActivityDialog::reload);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    updateUndo();
}

void AutomationActivityDialog::retranslateUi()
{
    const QString name = m_activity.campaign ? m_activity.campaign->name : QString();
    setWindowTitle(name.isEmpty() ? tr("Automation activity") : tr("Automation activity: %1").arg(name));
    if (m_activity.campaign && m_activity.campaign->automationLevel != AutomationLevel::AiOptimized)
        m_intro->setText(tr("This campaign is not AI-optimised, so the optimiser leaves it alone. The limits below "
                            "apply once you choose the AI-optimised level. Everything the automation did is listed "
                            "here."));
    else
        m_intro->setText(tr("Once results come in, the optimiser moves remaining posts to the hours when people "
                            "engaged most and shifts ad budget towards the ad set with the lowest cost per result. "
                            "Every change is listed here and can be undone."));
    m_limitsTitle->setText(tr("Limits for this campaign"));
    m_moveSchedule->setText(tr("Move remaining posts to the best hours of the same day"));
    m_shiftBudget->setText(tr("Shift ad budget towards the best ad set"));
    m_maxChangeLabel->setText(tr("Largest budget change per ad set per day:"));
    m_maxChange->setSuffix(tr(" %"));
    m_list->setHeaderLabels({tr("Time"), tr("What happened"), tr("Undo")});
    m_undo->setText(tr("&Undo change"));
    m_undo->setToolTip(tr("Put the post's time or the ad budgets back as they were before this change"));
    m_refresh->setText(tr("&Refresh"));
    m_close->setText(tr("&Close"));
    fillList();
}

void AutomationActivityDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

AutomationActivity AutomationActivityDialog::read(const QString &path, qint64 campaignId)
{
    AutomationActivity activity;
    Database db;
    DatabaseOptions options;
    options.createIfMissing = false;
    options.migrate = false;
    if (!db.open(path, Database::connectionNameForCurrentThread(QStringLiteral("activity")), options)) {
        activity.error = db.error().fullText();
        return activity;
    }
    auto campaign = CampaignRepository(db).find(campaignId);
    if (!campaign) {
        activity.error = campaign.error().fullText();
        return activity;
    }
    activity.campaign = *campaign;
    auto logs = AutomationLogRepository(db).listForCampaign(campaignId);
    if (!logs)
        activity.error = logs.error().fullText();
    else
        activity.logs = std::move(*logs);
    return activity;
}

void AutomationActivityDialog::reload()
{
    if (m_watcher.isRunning())
        return;
    m_refresh->setEnabled(false);
    const QString path = m_database.filePath();
    const qint64 id = m_campaignId;
    m_watcher.setFuture(QtConcurrent::run([path, id] { return read(path, id); }));
}

void AutomationActivityDialog::onLoaded()
{
    m_activity = m_watcher.result();
    m_refresh->setEnabled(true);
    if (!m_activity.error.isEmpty())
        m_status->setText(tr("The activity could not be read: %1").arg(m_activity.error));
    retranslateUi();
    Q_EMIT loaded();
}

void AutomationActivityDialog::fillList()
{
    const qint64 selected = selectedLogId();
    m_list->clear();
    const std::set<qint64> undone = OptimisationUndo::undoneIds(m_activity.logs);
    QTreeWidgetItem *current = nullptr;
    for (auto it = m_activity.logs.rbegin(); it != m_activity.logs.rend(); ++it) {
        const AutomationLog &log = *it;
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(0, QLocale().toString(log.at.toLocalTime(), QLocale::ShortFormat));
        row->setText(1, log.message.isEmpty() ? log.event : log.message);
        row->setToolTip(1, row->text(1));
        const bool optimisation = OptimisationUndo::isOptimisation(log);
        const bool wasUndone = undone.count(log.id) > 0;
        if (optimisation)
            row->setText(2, wasUndone ? tr("Undone") : tr("Can be undone"));
        row->setData(0, kLogIdRole, log.id);
        row->setData(0, kUndoableRole, optimisation && !wasUndone);
        if (log.level == LogLevel::Warning || log.level == LogLevel::Error)
            row->setForeground(1, palette().brush(QPalette::Highlight));
        if (log.id == selected)
            current = row;
    }
    if (current)
        m_list->setCurrentItem(current);
    updateUndo();
}

qint64 AutomationActivityDialog::selectedLogId() const
{
    const QTreeWidgetItem *row = m_list ? m_list->currentItem() : nullptr;
    return row ? row->data(0, kLogIdRole).toLongLong() : 0;
}

void AutomationActivityDialog::updateUndo()
{
    const QTreeWidgetItem *row = m_list->currentItem();
    m_detail->setText(row ? row->text(1) : QString());
    m_undo->setEnabled(row && row->data(0, kUndoableRole).toBool() && !m_database.isReadOnly());
}

void AutomationActivityDialog::undoSelected()
{
    const qint64 id = selectedLogId();
    if (id == 0)
        return;
    auto outcome = OptimisationUndo(m_database, m_clock).undo(id);
    if (!outcome)
        m_status->setText(tr("The change could not be undone: %1").arg(outcome.error().fullText()));
    else
        m_status->setText(outcome->message);
    reload();
}

void AutomationActivityDialog::saveLimits()
{
    OptimiserLimits limits;
    limits.moveSchedule = m_moveSchedule->isChecked();
    limits.shiftBudget = m_shiftBudget->isChecked();
    limits.maxBudgetChangePercent = m_maxChange->value();
    saveOptimiserLimits(m_settings, m_campaignId, limits);
    m_maxChange->setEnabled(limits.shiftBudget);
}

} // namespace cf
