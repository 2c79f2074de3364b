#pragma once

#include <QWidget>

namespace cf {

class Clock;
class EmptyState;

// The publishing calendar. Until the calendar screen arrives it explains what
// will be shown here and how to fill it, and shows today's date (with the
// Hijri date when the user asked for it) so the date settings are visible.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    CalendarPage(const Clock &clock, bool showHijriDates, QWidget *parent = nullptr);

    void setShowHijriDates(bool show);
    bool showsHijriDates() const { return m_showHijri; }

    // "Today: …" as currently displayed; formatted in the default locale.
    QString todayText() const;

Q_SIGNALS:
    void showCampaignsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateToday();

    const Clock &m_clock;
    bool m_showHijri;
    EmptyState *m_empty;
};

} // namespace cf
