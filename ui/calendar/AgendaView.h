#pragma once

#include <QTreeView>

namespace cf {

class ContentCalendarModelFilter;

// The agenda: the filtered items of the shown period as a sorted list (time,
// title, platform, type, status, campaign), with the platform colour, the
// content-type icon and the status badge painted by its delegate. Clicking a
// row (or Enter) opens the item.
class AgendaView : public QTreeView
{
    Q_OBJECT
public:
    explicit AgendaView(ContentCalendarModelFilter *filter, QWidget *parent = nullptr);

Q_SIGNALS:
    void itemActivated(qint64 id);
    // The context menu was asked for on a row (globalPos: where to show it).
    void itemMenuRequested(qint64 id, const QPoint &globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void emitActivated(const QModelIndex &index);
};

} // namespace cf
