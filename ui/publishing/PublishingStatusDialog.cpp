#include "ui/publishing/PublishingStatusDialog.h"

#include "app/publishing/PublishQueue.h"
#include "models/domain/Platform.h"
#include "models/store/Database.h"
#include "ui/publishing/AdStatusCells.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cf {
namespace {

enum Column {
    CampaignColumn,
    PlatformColumn,
    AccountColumn,
    TimeColumn,
    StateColumn,
    DeliveryColumn, // ads only
    ReviewColumn,   // ads only: the platform's review
    ProblemColumn,
    ColumnCount
};
constexpr int kTargetIdRole = Qt::UserRole;

} // namespace

PublishingStatusDialog::PublishingStatusDialog(const Database &database, const Clock &clock, QWidget *parent)
    : QDialog(parent),
      m_database(database),
      m_clock(clock),
      m_summary(new QLabel(this)),
      m_table(new QTreeWidget(this)),
      m_retry(new QPushButton(this)),
      m_permalink(new QLineEdit(this)),
      m_markPublished(new QPushButton(this)),
      m_markNotPublished(new QPushButton(this)),
      m_refresh(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("publishingStatusDialog"));
    m_table->setObjectName(QStringLiteral("publishingTable"));
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_markPublished->setObjectName(QStringLiteral("markPublished"));
    m_markNotPublished->setObjectName(QStringLiteral("markNotPublished"));
    m_permalink->setObjectName(QStringLiteral("permalink"));
    m_summary->setWordWrap(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addSpacing(12);
    actions->addWidget(m_permalink, 1);
    actions->addWidget(m_markPublished);
    actions->addWidget(m_markNotPublished);
    actions->addStretch();
    actions->addWidget(m_refresh);
    actions->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &PublishingStatusDialog::onLoaded);
    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &PublishingStatusDialog::updateActions);
    connect(m_retry, &QPushButton::clicked, this, &PublishingStatusDialog::retryFailed);
    connect(m_markPublished, &QPushButton::clicked, this, &PublishingStatusDialog::markPublished);
    connect(m_markNotPublished, &QPushButton::clicked, this, &PublishingStatusDialog::markNotPublished);
    connect(m_refresh, &QPushButton::clicked, this, &PublishingStatusDialog::reload);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    resize(900, 480);
    retranslateUi();
    updateActions();
    reload();
}

PublishingStatusDialog::~PublishingStatusDialog()
{
    // The worker only touches its own connection and copies; wait so it
    // never outlives the watcher.
    m_watcher.waitForFinished();
}

PublishingStatusDialog::Loaded PublishingStatusDialog::loadIn(const QString &databaseFile)
{
    Loaded result;
    Database db;
    DatabaseOptions options;
    if (!db.open(databaseFile, QStringLiteral("publishing-status-%1").arg(QUuid::createUuid().toString(QUuid::Id128)),
                 options)) {
        result.error = db.error().fullText();
        return result;
    }
    auto rows = loadPublishStatus(db);
    if (rows)
        result.rows = std::move(*rows);
    else
        result.error = rows.error().fullText();
    return result;
}

void PublishingStatusDialog::reload()
{
    if (m_watcher.isRunning()) {
        m_reloadAgain = true;
        return;
    }
    m_summary->setText(tr("Reading the publishing queue…"));
    m_watcher.setFuture(QtConcurrent::run(&PublishingStatusDialog::loadIn, m_database.filePath()));
}

void PublishingStatusDialog::onLoaded()
{
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
        return;
    }
    Loaded result = m_watcher.result();
    m_rows = std::move(result.rows);
    m_error = result.error;
    fill();
    Q_EMIT loaded();
}

QString PublishingStatusDialog::stateText(TargetState state)
{
    switch (state) {
    case TargetState::Scheduled: return tr("Scheduled");
    case TargetState::Claimed: return tr("Being prepared");
    case TargetState::Sending: return tr("Sending");
    case TargetState::Published: return tr("Published");
    case TargetState::FailedRetryable: return tr("Will retry");
    case TargetState::FailedPermanent: return tr("Failed");
    case TargetState::Unknown: return tr("Unknown: check on the platform");
    case TargetState::Cancelled: return tr("Cancelled");
    }
    return {};
}

void PublishingStatusDialog::fill()
{
    const qint64 selected = selectedRow() ? selectedRow()->target.id : 0;
    m_table->clear();
    const QLocale locale;
    int waiting = 0;
    int attention = 0;
    int published = 0;
    for (const TargetStatusRow &row : m_rows) {
        const PublishTarget &t = row.target;
        auto *item = new QTreeWidgetItem(m_table);
        item->setData(0, kTargetIdRole, t.id);
        item->setText(CampaignColumn, row.campaignName);
        item->setText(PlatformColumn, platformDisplayName(t.platform));
        item->setText(AccountColumn, row.accountName);
        item->setText(TimeColumn, locale.toString(row.scheduledUtc.toLocalTime(), QLocale::ShortFormat));
        item->setText(StateColumn, stateText(t.state));
        const QString problem = t.errorAction.isEmpty() ? t.errorMessage
                                                        : tr("%1 %2").arg(t.errorMessage, t.errorAction);
        item->setText(ProblemColumn, problem);
        item->setToolTip(ProblemColumn, problem);
        if (fillAdStatusCells(item, row, {DeliveryColumn, ReviewColumn, ProblemColumn}))
            ++attention;
        switch (t.state) {
        case TargetState::FailedPermanent:
        case TargetState::Unknown: ++attention; break;
        case TargetState::Published: ++published; break;
        case TargetState::Cancelled: break;
        default: ++waiting; break;
        }
        if (t.id == selected)
            item->setSelected(true);
    }
    if (!m_error.isEmpty())
        m_summary->setText(tr("The publishing queue could not be read: %1").arg(m_error));
    else if (m_rows.empty())
        m_summary->setText(tr("Nothing is queued for publishing."));
    else
        m_summary->setText(tr("%1 waiting, %2 need attention, %3 published.")
                               .arg(locale.toString(waiting), locale.toString(attention), locale.toString(published)));
    updateActions();
}

bool PublishingStatusDialog::selectTarget(qint64 targetId)
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        if (item->data(0, kTargetIdRole).toLongLong() == targetId) {
            m_table->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

const TargetStatusRow *PublishingStatusDialog::selectedRow() const
{
    const QTreeWidgetItem *item = m_table->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const qint64 id = item->data(0, kTargetIdRole).toLongLong();
    for (const TargetStatusRow &row : m_rows)
        if (row.target.id == id)
            return &row;
    return nullptr;
}

void PublishingStatusDialog::updateActions()
{
    const TargetStatusRow *row = selectedRow();
    const TargetState state = row ? row->target.state : TargetState::Scheduled;
    m_retry->setEnabled(row && (state == TargetState::FailedPermanent || state == TargetState::FailedRetryable));
    const bool unknown = row && state == TargetState::Unknown;
    m_markPublished->setEnabled(unknown);
    m_markNotPublished->setEnabled(unknown);
    m_permalink->setEnabled(unknown);
}

void PublishingStatusDialog::retryFailed()
{
    const TargetStatusRow *row = selectedRow();
    if (!row)
        return;
    const auto result = PublishQueue(m_database, m_clock).retryFailed(row->target.contentItemId);
    afterAction(result ? QString() : result.error().fullText());
}

void PublishingStatusDialog::markPublished()
{
    const TargetStatusRow *row = selectedRow();
    if (!row)
        return;
    const auto result = PublishQueue(m_database, m_clock).markPublished(row->target.id, m_permalink->text().trimmed());
    afterAction(result ? QString() : result.error().fullText());
}

void PublishingStatusDialog::markNotPublished()
{
    const TargetStatusRow *row = selectedRow();
    if (!row)
        return;
    const auto result = PublishQueue(m_database, m_clock).markNotPublished(row->target.id);
    afterAction(result ? QString() : result.error().fullText());
}

void PublishingStatusDialog::afterAction(const QString &error)
{
    if (!error.isEmpty()) {
        m_summary->setText(tr("That did not work: %1").arg(error));
        return;
    }
    m_permalink->clear();
    Q_EMIT queueChanged();
    reload();
}

void PublishingStatusDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QDialog::changeEvent(event);
}

void PublishingStatusDialog::retranslateUi()
{
    setWindowTitle(tr("Publishing"));
    m_table->setHeaderLabels({tr("Campaign"), tr("Platform"), tr("Account"), tr("Due", "column header: when the item is due to go out"), tr("State"),
                              tr("Delivery", "column header: whether a paid ad is running"),
                              tr("Platform review", "column header: the ad network's review of a paid ad"),
                              tr("Problem and what to do")});
    m_retry->setText(tr("Retry failed"));
    m_permalink->setPlaceholderText(tr("Link to the post (optional)"));
    m_markPublished->setText(tr("Mark as published"));
    m_markNotPublished->setText(tr("Mark as not published"));
    m_refresh->setText(tr("Refresh"));
    m_close->setText(tr("Close"));
}

} // namespace cf
