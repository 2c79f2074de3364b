#include "ui/calendar/RescheduleRules.h"

#include "app/planning/OccasionCalendar.h"
#include "models/itemmodels/ContentCalendarModel.h"

#include <QLocale>
#include <QTimeZone>

namespace cf {

std::optional<QString> RescheduleRules::refusal(const ContentCalendarModel &model, int sourceRow,
                                                const QDateTime &newUtc, const QDateTime &nowUtc) const
{
    const CalendarEntry &e = model.entry(sourceRow);
    const QLocale locale;
    switch (e.publishState) {
    case PublishState::Published:
        // A post waiting in the platform's scheduler can be moved there
        // (cancel and create again), by the same rules as any other item.
        if (e.waitsOnPlatform(nowUtc))
            break;
        return tr("“%1” is already published and cannot be moved.").arg(e.displayTitle());
    case PublishState::Publishing:
        return tr("“%1” is being published right now and cannot be moved.").arg(e.displayTitle());
    case PublishState::Unknown:
        return tr("“%1” may already be published (its last attempt has no recorded outcome), so it cannot be moved "
                  "until that is checked.")
            .arg(e.displayTitle());
    default: break;
    }
    if (!newUtc.isValid())
        return tr("That is not a valid time.");
    if (newUtc < nowUtc)
        return tr("Items cannot be moved into the past (%1).").arg(locale.toString(newUtc.toLocalTime(), QLocale::ShortFormat));

    QTimeZone zone(e.campaignTimeZone.toUtf8());
    if (!zone.isValid())
        zone = model.displayZone();
    const QDateTime local = newUtc.toTimeZone(zone);
    const OccasionCalendar occasions(m_data);
    const bool ramadan = !occasions.ramadanDays({local.date(), local.date()}).empty();
    const QuietHours &quiet = ramadan ? m_data.ramadanQuietHours : m_data.quietHours;
    if (quiet.contains(local.time())) {
        const QString span = tr("%1–%2", "a time span")
                                 .arg(locale.toString(quiet.start, QLocale::ShortFormat),
                                      locale.toString(quiet.end, QLocale::ShortFormat));
        return ramadan ? tr("%1 is inside the Ramadan quiet hours (%2, %3), when nothing is published.")
                             .arg(locale.toString(local.time(), QLocale::ShortFormat), span, QString::fromUtf8(zone.id()))
                       : tr("%1 is inside the quiet hours (%2, %3), when nothing is published.")
                             .arg(locale.toString(local.time(), QLocale::ShortFormat), span, QString::fromUtf8(zone.id()));
    }

    const auto rule = m_data.platformRules.find(platformId(e.platform));
    const qint64 spacing = rule == m_data.platformRules.end() ? 60 : rule->second.spacingMinutes;
    // Neighbours are on the same or an adjacent day; the spacing is at most
    // a day in the tables, so three days of the index cover it.
    const QDate day = newUtc.toTimeZone(model.displayZone()).date();
    for (int offset = -1; offset <= 1; ++offset) {
        for (int other : model.rowsOnDay(day.addDays(offset))) {
            if (other == sourceRow)
                continue;
            const CalendarEntry &o = model.entry(other);
            if (o.platform != e.platform)
                continue;
            const qint64 gap = qAbs(o.scheduledUtc.secsTo(newUtc)) / 60;
            if (gap < spacing) {
                return tr("%1 needs at least %2 minutes between items; “%3” is at %4.")
                    .arg(platformDisplayName(e.platform), locale.toString(spacing), o.displayTitle(),
                         locale.toString(o.scheduledUtc.toTimeZone(zone), QLocale::ShortFormat));
            }
        }
    }
    return std::nullopt;
}

} // namespace cf
