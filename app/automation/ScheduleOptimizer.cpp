#include "app/automation/ScheduleOptimizer.h"

#include <algorithm>
#include <cstdlib>

namespace cf {
namespace {

// Candidate minutes inside an hour, in the order they are tried.
constexpr int kCandidateMinutes[] = {0, 15, 30, 45};

bool keepsSpacing(const std::vector<QDateTime> &taken, const QDateTime &when, int spacingMinutes)
{
    return std::none_of(taken.begin(), taken.end(), [&](const QDateTime &other) {
        return std::llabs(other.secsTo(when)) < qint64(spacingMinutes) * 60;
    });
}

} // namespace

std::vector<ScheduleMove> ScheduleOptimizer::plan(const std::vector<ScheduledSlot> &slots,
                                                  const std::map<Platform, PlatformHours> &hours,
                                                  const ScheduleRules &rules)
{
    // Every slot's current time per platform; a slot leaves its own entry
    // while it looks for a better one and puts back where it ends up.
    std::map<Platform, std::vector<QDateTime>> taken;
    std::vector<const ScheduledSlot *> order;
    for (const ScheduledSlot &slot : slots) {
        if (!slot.scheduledUtc.isValid())
            continue;
        taken[slot.platform].push_back(slot.scheduledUtc);
        if (slot.movable)
            order.push_back(&slot);
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const ScheduledSlot *a, const ScheduledSlot *b) { return a->scheduledUtc < b->scheduledUtc; });

    const QDateTime earliest = rules.nowUtc.addSecs(qint64(rules.leadMinutes) * 60);
    std::vector<ScheduleMove> moves;
    for (const ScheduledSlot *slot : order) {
        auto platformHours = hours.find(slot->platform);
        if (platformHours == hours.end() || !platformHours->second.enough || slot->scheduledUtc < earliest)
            continue;
        const PlatformHours &measured = platformHours->second;
        const QDateTime local = slot->scheduledUtc.toTimeZone(rules.zone);
        const int currentHour = local.time().hour();
        const std::optional<double> currentRate = measured.rateAt(currentHour);
        const double toBeat = currentRate.value_or(measured.averageRate());
        auto spacingIt = rules.spacingMinutes.find(slot->platform);
        const int spacing = spacingIt != rules.spacingMinutes.end() ? spacingIt->second : rules.defaultSpacingMinutes;

        std::vector<QDateTime> &platformTaken = taken[slot->platform];
        platformTaken.erase(std::find(platformTaken.begin(), platformTaken.end(), slot->scheduledUtc));

        std::optional<ScheduleMove> chosen;
        for (const HourStat &stat : measured.ranked) {
            if (stat.rate() <= toBeat || stat.hour == currentHour)
                break; // ranked best first: nothing further down beats the current hour
            for (int minute : kCandidateMinutes) {
                const QTime wall(stat.hour, minute);
                if (rules.quiet.start.isValid() && rules.quiet.end.isValid() && rules.quiet.contains(wall))
                    continue;
                const QDateTime candidate(local.date(), wall, rules.zone);
                const QDateTime back = candidate.toTimeZone(rules.zone);
                if (back.date() != local.date() || back.time() != wall)
                    continue; // a daylight-saving gap
                const QDateTime candidateUtc = candidate.toUTC();
                if (candidateUtc < earliest || !keepsSpacing(platformTaken, candidateUtc, spacing))
                    continue;
                chosen = ScheduleMove{slot->contentId, slot->platform, slot->scheduledUtc, candidateUtc,
                                      currentHour, stat.hour, currentRate, stat.rate()};
                break;
            }
            if (chosen)
                break;
        }
        if (chosen) {
            platformTaken.push_back(chosen->afterUtc);
            moves.push_back(*chosen);
        } else {
            platformTaken.push_back(slot->scheduledUtc);
        }
    }
    return moves;
}

} // namespace cf
