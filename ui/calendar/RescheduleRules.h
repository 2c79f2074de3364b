#pragma once

#include "app/planning/data/PlanningData.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace cf {

class ContentCalendarModel;
struct CalendarEntry;

// Whether an item may move to a new time, by the rules the planner's
// TimelineOptimizer schedules with (resources/data): never inside quiet
// hours (the Ramadan quiet hours on Ramadan days), at least the platform's
// spacing from every other item on that platform, and not in the past.
// Items that went out, are going out or may have gone out never move; a
// post still waiting in the platform's own scheduler may (see
// NativeScheduleActions, which asks before moving it there).
// A move that breaks a rule is refused with the reason; nothing is snapped,
// so what the owner dropped is either exactly what is saved or not saved.
class RescheduleRules
{
    Q_DECLARE_TR_FUNCTIONS(cf::RescheduleRules)

public:
    explicit RescheduleRules(PlanningData data) : m_data(std::move(data)) {}

    // The translated reason the move is refused, or nullopt when it is allowed.
    // Times are checked in the item's campaign time zone (the audience's).
    std::optional<QString> refusal(const ContentCalendarModel &model, int sourceRow, const QDateTime &newUtc,
                                   const QDateTime &nowUtc) const;

private:
    PlanningData m_data;
};

} // namespace cf
