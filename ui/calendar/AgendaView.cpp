#include "ui/calendar/AgendaView.h"

#include "models/itemmodels/ContentCalendarModelFilter.h"
#include "ui/calendar/ContentTypeIcons.h"
#include "ui/calendar/PlatformPalette.h"
#include "ui/calendar/StatusBadge.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QStyledItemDelegate>

namespace cf {

namespace {

// Paints the platform colour, type icon and status pill in their columns;
// text columns are left to the style.
class AgendaDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int column = index.column();
        if (column != ContentCalendarModel::PlatformColumn && column != ContentCalendarModel::TypeColumn
            && column != ContentCalendarModel::StatusColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const bool rtl = opt.direction == Qt::RightToLeft;
        const QRect r = opt.rect.adjusted(4, 3, -4, -3);
        if (opt.state & QStyle::State_Selected)
            painter->fillRect(opt.rect, opt.palette.highlight().color().lighter(170));
        painter->save();
        painter->setFont(opt.font); // the pill is measured with the item's font
        if (column == ContentCalendarModel::StatusColumn) {
            const auto status = statusFromId(index.data(ContentCalendarModel::StatusRole).toString());
            const int w = qMin(r.width(), statusPillWidth(opt.fontMetrics, status));
            paintStatusPill(*painter, QRect(rtl ? r.right() - w + 1 : r.left(), r.top(), w, r.height()), status);
        } else {
            int textStart = r.left();
            int textEnd = r.right();
            const int mark = r.height();
            QRect markRect(rtl ? r.right() - mark + 1 : r.left(), r.top(), mark, mark);
            if (column == ContentCalendarModel::PlatformColumn) {
                const auto platform = platformFromId(index.data(ContentCalendarModel::PlatformRole).toString());
                painter->setRenderHint(QPainter::Antialiasing);
                painter->setPen(Qt::NoPen);
                painter->setBrush(platformColor(platform.value_or(Platform::Facebook)));
                painter->drawRoundedRect(markRect.adjusted(2, 2, -2, -2), 3, 3);
            } else {
                const auto type = enumFromId<ContentType>(index.data(ContentCalendarModel::ContentTypeRole).toString());
                painter->drawPixmap(markRect.topLeft(),
                                    m_icons.pixmap(type.value_or(ContentType::TextPost), mark, painter->device()->devicePixelRatioF()));
            }
            if (rtl)
                textEnd -= mark + 4;
            else
                textStart += mark + 4;
            painter->setPen(opt.palette.color(QPalette::Text));
            const QRect textRect(textStart, opt.rect.top(), qMax(0, textEnd - textStart), opt.rect.height());
            painter->drawText(textRect, int((rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter),
                              opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width()));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
        if (index.column() == ContentCalendarModel::PlatformColumn || index.column() == ContentCalendarModel::TypeColumn)
            size.setWidth(size.width() + size.height());
        return size;
    }

private:
    static CalendarStatus statusFromId(const QString &id)
    {
        for (int i = 0; i < kCalendarStatusCount; ++i) {
            if (calendarStatusId(CalendarStatus(i)) == id)
                return CalendarStatus(i);
        }
        return CalendarStatus::Unknown;
    }

    mutable ContentTypeIcons m_icons;
};

} // namespace

AgendaView::AgendaView(ContentCalendarModelFilter *filter, QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("calendarAgendaView"));
    setModel(filter);
    setItemDelegate(new AgendaDelegate(this));
    setRootIsDecorated(false);
    setUniformRowHeights(true); // constant-time layout for thousands of rows
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(ContentCalendarModel::TitleColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ContentCalendarModel::WhenColumn, QHeaderView::ResizeToContents);
    header()->resizeSection(ContentCalendarModel::PlatformColumn, 130);
    header()->resizeSection(ContentCalendarModel::TypeColumn, 130);
    header()->resizeSection(ContentCalendarModel::StatusColumn, 110);
    header()->resizeSection(ContentCalendarModel::CampaignColumn, 160);
    // One click opens, as in the month and week views; Enter opens the current row.
    connect(this, &QAbstractItemView::clicked, this, &AgendaView::emitActivated);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = indexAt(pos);
        if (index.isValid())
            Q_EMIT itemMenuRequested(index.data(ContentCalendarModel::IdRole).toLongLong(), viewport()->mapToGlobal(pos));
    });
}

void AgendaView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emitActivated(currentIndex());
        return;
    }
    QTreeView::keyPressEvent(event);
}

void AgendaView::emitActivated(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT itemActivated(index.data(ContentCalendarModel::IdRole).toLongLong());
}

} // namespace cf
