#include "ui/review/ReviewQueueTree.h"

#include <QHeaderView>
#include <QLocale>
#include <QTimeZone>

#include <map>

namespace cf {
namespace {

QDateTime inZone(const QDateTime &utc, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    return zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime();
}

QColor approvalColour(ApprovalState state)
{
    switch (state) {
    case ApprovalState::Approved: return QColor(0x1A, 0x7F, 0x37);
    case ApprovalState::Rejected: return QColor(0xB0, 0x1E, 0x1E);
    case ApprovalState::ChangesRequested: return QColor(0x9A, 0x67, 0x00);
    case ApprovalState::Pending: break;
    }
    return QColor();
}

} // namespace

ReviewQueueTree::ReviewQueueTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("reviewQueue"));
    setHeaderHidden(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUniformRowHeights(true);
    setMinimumWidth(300);
}

QString ReviewQueueTree::rowText(const ContentItem &item, const QString &timeZone)
{
    const QLocale locale;
    const QString time = item.scheduledUtc.isValid() ? locale.toString(inZone(item.scheduledUtc, timeZone).time(), QLocale::ShortFormat)
                                                     : QStringLiteral("—");
    const QString headline = !item.title.ar.isEmpty() && locale.language() == QLocale::Arabic ? item.title.ar
                           : !item.title.en.isEmpty() ? item.title.en : item.title.ar;
    //: A queue row: time, content type, approval state, headline.
    return tr("%1 · %2 · %3 — %4")
        .arg(time, contentTypeDisplayName(item.contentType), approvalStateDisplayName(item.approval), headline);
}

void ReviewQueueTree::populate(const ReviewQueueSnapshot &snapshot, qint64 campaignId, std::optional<ApprovalState> approval)
{
    const qint64 current = currentItemId();
    const std::vector<qint64> selected = selectedItemIds();
    clear();
    m_count = 0;
    m_timeZones.clear();
    for (const Campaign &c : snapshot.campaigns)
        m_timeZones[c.id] = c.timeZone;
    const QLocale locale;
    std::map<QDate, QTreeWidgetItem *> days;
    std::map<std::pair<QDate, Platform>, QTreeWidgetItem *> groups;
    QTreeWidgetItem *unscheduled = nullptr;
    for (const ContentItem &item : snapshot.items) {
        if (campaignId != 0 && item.campaignId != campaignId)
            continue;
        if (approval && item.approval != *approval)
            continue;
        const QString zone = m_timeZones[item.campaignId];
        const QDate day = item.scheduledUtc.isValid() ? inZone(item.scheduledUtc, zone).date() : QDate();
        QTreeWidgetItem *dayRow = nullptr;
        if (!day.isValid()) {
            if (!unscheduled) {
                unscheduled = new QTreeWidgetItem(this, {tr("Not scheduled")});
                unscheduled->setFlags(Qt::ItemIsEnabled);
            }
            dayRow = unscheduled;
        } else if (auto found = days.find(day); found != days.end()) {
            dayRow = found->second;
        } else {
            dayRow = new QTreeWidgetItem(this, {locale.toString(day, QLocale::LongFormat)});
            dayRow->setFlags(Qt::ItemIsEnabled);
            QFont bold = dayRow->font(0);
            bold.setBold(true);
            dayRow->setFont(0, bold);
            days[day] = dayRow;
        }
        QTreeWidgetItem *&group = groups[{day, item.platform}];
        if (!group) {
            group = new QTreeWidgetItem(dayRow, {platformDisplayName(item.platform)});
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *row = new QTreeWidgetItem(group, {rowText(item, zone)});
        row->setData(0, kItemIdRole, item.id);
        row->setToolTip(0, row->text(0));
        if (const QColor colour = approvalColour(item.approval); colour.isValid())
            row->setForeground(0, colour);
        ++m_count;
    }
    expandAll();
    for (qint64 id : selected) {
        if (QTreeWidgetItem *row = findRow(id))
            row->setSelected(true);
    }
    if (QTreeWidgetItem *row = findRow(current))
        setCurrentItem(row, 0, QItemSelectionModel::Current);
}

void ReviewQueueTree::updateItem(const ContentItem &item)
{
    if (QTreeWidgetItem *row = findRow(item.id)) {
        row->setText(0, rowText(item, m_timeZones[item.campaignId]));
        row->setToolTip(0, row->text(0));
        const QColor colour = approvalColour(item.approval);
        row->setForeground(0, colour.isValid() ? QBrush(colour) : palette().text());
    }
}

QTreeWidgetItem *ReviewQueueTree::findRow(qint64 itemId) const
{
    if (itemId <= 0)
        return nullptr;
    for (QTreeWidgetItemIterator it(const_cast<ReviewQueueTree *>(this)); *it; ++it) {
        if ((*it)->data(0, kItemIdRole).toLongLong() == itemId)
            return *it;
    }
    return nullptr;
}

bool ReviewQueueTree::selectItem(qint64 itemId)
{
    QTreeWidgetItem *row = findRow(itemId);
    if (!row)
        return false;
    setCurrentItem(row);
    scrollToItem(row);
    return true;
}

qint64 ReviewQueueTree::currentItemId() const
{
    return currentItem() ? currentItem()->data(0, kItemIdRole).toLongLong() : 0;
}

std::vector<qint64> ReviewQueueTree::selectedItemIds() const
{
    std::vector<qint64> ids;
    for (QTreeWidgetItem *row : selectedItems()) {
        const qint64 id = row->data(0, kItemIdRole).toLongLong();
        if (id > 0)
            ids.push_back(id);
    }
    return ids;
}

} // namespace cf
