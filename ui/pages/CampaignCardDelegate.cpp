#include "ui/pages/CampaignCardDelegate.h"

#include "models/domain/Campaign.h"
#include "models/itemmodels/CampaignListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace cf {
namespace {

QColor statusColour(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft: return QColor(0x6B, 0x72, 0x80);
    case CampaignStatus::InReview: return QColor(0xB4, 0x53, 0x09);
    case CampaignStatus::Scheduled: return QColor(0x1D, 0x4E, 0xD8);
    case CampaignStatus::Active: return QColor(0x04, 0x78, 0x57);
    case CampaignStatus::Paused: return QColor(0x92, 0x40, 0x0E);
    case CampaignStatus::Completed: return QColor(0x37, 0x41, 0x51);
    case CampaignStatus::Cancelled: return QColor(0xB9, 0x1C, 0x1C);
    case CampaignStatus::Archived: return QColor(0x9C, 0xA3, 0xAF);
    }
    return Qt::gray;
}

QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

QSize CampaignCardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return {kCardWidth, kCardHeight};
}

void CampaignCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const Qt::LayoutDirection direction = option.direction;
    const auto leading = [direction](Qt::Alignment vertical) {
        return int(QStyle::visualAlignment(direction, Qt::AlignLeft | vertical));
    };
    const auto trailing = [direction](Qt::Alignment vertical) {
        return int(QStyle::visualAlignment(direction, Qt::AlignRight | vertical));
    };

    const QRectF card = QRectF(option.rect).adjusted(6, 6, -6, -6);
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath outline;
    outline.addRoundedRect(card, 10, 10);
    painter->fillPath(outline, option.palette.base());
    painter->setPen(QPen(selected ? option.palette.highlight().color() : option.palette.mid().color(), selected ? 2 : 1));
    painter->drawPath(outline);

    const QRect inner = card.toRect().adjusted(14, 10, -14, -10);
    const auto status = CampaignStatus(index.data(CampaignListModel::StatusRole).toInt());
    QFont base = option.font;
    QFont bold = base;
    bold.setBold(true);
    bold.setPointSizeF(base.pointSizeF() * 1.15);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(base);
    const int line = metrics.lineSpacing();

    // Status pill at the trailing edge of the first line.
    const QString statusText = cell(index, CampaignListModel::StatusColumn);
    const int pillWidth = metrics.horizontalAdvance(statusText) + 16;
    QRect pill(0, inner.top(), pillWidth, line + 4);
    pill.moveRight(inner.right());
    if (direction == Qt::RightToLeft)
        pill.moveLeft(inner.left());
    QPainterPath pillPath;
    pillPath.addRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    QColor pillColour = statusColour(status);
    painter->fillPath(pillPath, pillColour.lighter(185));
    painter->setPen(pillColour.darker(120));
    painter->setFont(base);
    painter->drawText(pill, Qt::AlignCenter, statusText);

    // Name on the first line, up to the pill.
    QRect nameRect(inner.left(), inner.top(), inner.width() - pillWidth - 8, boldMetrics.lineSpacing());
    if (direction == Qt::RightToLeft)
        nameRect.moveRight(inner.right());
    painter->setFont(bold);
    painter->setPen(option.palette.text().color());
    painter->drawText(nameRect, leading(Qt::AlignVCenter),
                      boldMetrics.elidedText(cell(index, CampaignListModel::NameColumn), Qt::ElideRight, nameRect.width()));

    painter->setFont(base);
    int y = inner.top() + boldMetrics.lineSpacing() + 6;
    const QString dates = QCoreApplication::translate("cf::CampaignCardDelegate", "%1 – %2")
                              .arg(cell(index, CampaignListModel::StartColumn), cell(index, CampaignListModel::EndColumn));
    painter->setPen(option.palette.placeholderText().color());
    painter->drawText(QRect(inner.left(), y, inner.width(), line), leading(Qt::AlignVCenter), dates);
    painter->setPen(option.palette.text().color());
    painter->drawText(QRect(inner.left(), y, inner.width(), line), trailing(Qt::AlignVCenter),
                      cell(index, CampaignListModel::BudgetColumn));
    y += line + 2;
    painter->setPen(option.palette.placeholderText().color());
    painter->drawText(QRect(inner.left(), y, inner.width(), line), leading(Qt::AlignVCenter),
                      metrics.elidedText(cell(index, CampaignListModel::PlatformsColumn), Qt::ElideRight, inner.width()));
    y += line + 6;

    // Progress: approved of all items, filled from the leading edge.
    const int items = index.data(CampaignListModel::ItemCountRole).toInt();
    const double share = items > 0 ? double(index.data(CampaignListModel::ApprovedCountRole).toInt()) / items : 0.0;
    const QRectF track(inner.left(), y, inner.width(), 6);
    QPainterPath trackPath;
    trackPath.addRoundedRect(track, 3, 3);
    painter->fillPath(trackPath, option.palette.alternateBase());
    QRectF fill = track;
    fill.setWidth(track.width() * share);
    if (direction == Qt::RightToLeft)
        fill.moveRight(track.right());
    QPainterPath fillPath;
    fillPath.addRoundedRect(fill, 3, 3);
    painter->fillPath(fillPath, QColor(0x0F, 0x76, 0x6E));
    y += 10;
    painter->setPen(option.palette.placeholderText().color());
    painter->drawText(QRect(inner.left(), y, inner.width(), line), leading(Qt::AlignVCenter),
                      metrics.elidedText(cell(index, CampaignListModel::ProgressColumn), Qt::ElideRight, inner.width()));
    y += line;
    painter->drawText(QRect(inner.left(), y, inner.width(), line), leading(Qt::AlignVCenter),
                      metrics.elidedText(QCoreApplication::translate("cf::CampaignCardDelegate", "Next: %1")
                                             .arg(cell(index, CampaignListModel::NextItemColumn)),
                                         Qt::ElideRight, inner.width()));
    painter->restore();
}

} // namespace cf
