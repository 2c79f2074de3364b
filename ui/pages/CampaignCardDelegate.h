#pragma once

#include <QStyledItemDelegate>

namespace cf {

// Draws one campaign of CampaignListModel as a card for the Campaigns page's
// card view: name, status pill, dates, budget, a progress bar (approved of all
// items) and the next scheduled item. Reads the row's other columns through
// siblings, so it works on any proxy of the model. Mirrors in right-to-left
// layouts: text starts at the leading edge and the bar fills from it.
class CampaignCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kCardWidth = 300;
    static constexpr int kCardHeight = 150;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace cf
