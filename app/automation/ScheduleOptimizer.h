#pragma once

#include "app/automation/BestHours.h"
#include "app/planning/data/PlanningData.h"

#include <QDateTime>
#include <QTimeZone>

#include <map>
#include <optional>
#include <vector>

namespace cf {

// An item on the campaign's schedule. Only movable items may move; the
// others (sent, natively scheduled, being sent, not approved) still take up
// their slot for the spacing rule.
struct ScheduledSlot
{
    qint64 contentId = 0;
    Platform platform = Platform::Facebook;
    QDateTime scheduledUtc;
    bool movable = false;
};

// One proposed move of an item to a better hour of the same day.
struct ScheduleMove
{
    qint64 contentId = 0;
    Platform platform = Platform::Facebook;
    QDateTime beforeUtc;
    QDateTime afterUtc;
    int fromHour = 0; // local hours in the campaign's time zone
    int toHour = 0;
    std::optional<double> fromRate; // nullopt: nothing measured at that hour
    double toRate = 0;
};

// What a move must respect.
struct ScheduleRules
{
    QTimeZone zone;          // the campaign's time zone
    QDateTime nowUtc;
    int leadMinutes = 15;    // never closer to now than this
    QuietHours quiet;        // nothing moves into these local hours
    std::map<Platform, int> spacingMinutes; // minimum gap between two posts of one platform
    int defaultSpacingMinutes = 60;
};

// Moves remaining items to the best-performing hour of the SAME local day
// (issue #7, AI-optimised level): only towards an hour whose measured
// engagement rate beats the item's current hour (an unmeasured hour counts
// as the platform's average), never into the past, never into quiet hours,
// and never closer than the platform's spacing to another post of the same
// platform. Platforms without enough data are left alone.
class ScheduleOptimizer
{
public:
    static std::vector<ScheduleMove> plan(const std::vector<ScheduledSlot> &slots,
                                          const std::map<Platform, PlatformHours> &hours, const ScheduleRules &rules);
};

} // namespace cf
