#pragma once

#include <QDialog>

namespace cf {

struct CalendarEntry;

// What opens when a calendar item is clicked and no other screen shows
// single items: its title, platform, type, status, time and campaign.
// Window-modal and opened with open(), so no nested event loop runs.
class ItemDetailsPopup : public QDialog
{
    Q_OBJECT
public:
    ItemDetailsPopup(const CalendarEntry &entry, const QDateTime &localTime, QWidget *parent = nullptr);
};

} // namespace cf
