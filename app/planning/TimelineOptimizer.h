#pragma once

#include "app/planning/data/PlanningData.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <vector>

namespace cf {

// Gives every calendar item a publishing time in the audience's time zone.
// Rules, in order of preference:
//  - inside the platform's best windows (Ramadan days use the after-iftar and
//    late-evening windows instead);
//  - at least the platform's spacing after and before any other item on the
//    same account, which also rules out two items in the same minute;
//  - never inside quiet hours.
// When the windows are full the item goes to the earliest other time of the
// same day that keeps spacing and quiet hours (window "fallback"); only if
// the whole day is full is spacing relaxed (kept to distinct minutes), with a
// warning. Times are local wall-clock times, so a 12:00 window stays 12:00
// across a daylight-saving change.
class TimelineOptimizer
{
    Q_DECLARE_TR_FUNCTIONS(cf::TimelineOptimizer)

public:
    explicit TimelineOptimizer(const PlanningData &data) : m_data(data) {}

    // Schedules `items` in place (they must be in date order) and returns warnings.
    std::vector<PlanMessage> schedule(std::vector<PlannedItem> &items, const QTimeZone &zone,
                                      const std::vector<DateRange> &ramadan) const;

private:
    const PlanningData &m_data;
};

} // namespace cf
