#include "app/planning/TimelineOptimizer.h"

#include <map>
#include <set>

namespace cf {

namespace {

constexpr qint64 kMinute = 60;

// Epoch minutes already used on one account, for spacing checks.
class AccountSlots
{
public:
    bool fits(qint64 minute, qint64 spacing) const
    {
        const auto after = m_taken.lower_bound(minute);
        if (after != m_taken.end() && *after - minute < spacing)
            return false;
        if (after != m_taken.begin() && minute - *std::prev(after) < spacing)
            return false;
        return true;
    }
    void take(qint64 minute) { m_taken.insert(minute); }

private:
    std::set<qint64> m_taken;
};

// Local wall-clock time on `date`, or an invalid QDateTime when that time does
// not exist there (a daylight-saving gap).
QDateTime localTime(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QDateTime dt(date, time, zone);
    if (!dt.isValid() || dt.date() != date || dt.time() != time)
        return {};
    return dt;
}

} // namespace

std::vector<PlanMessage> TimelineOptimizer::schedule(std::vector<PlannedItem> &items, const QTimeZone &zone,
                                                     const std::vector<DateRange> &ramadan) const
{
    std::vector<PlanMessage> warnings;
    std::map<QString, AccountSlots> accounts;
    int relaxed = 0;
    int fallbacks = 0;

    // Items of one platform on one day, in calendar order.
    std::map<std::pair<QDate, QString>, std::vector<PlannedItem *>> groups;
    for (PlannedItem &item : items)
        groups[{item.date, item.platform}].push_back(&item);

    for (auto &[key, dayItems] : groups) {
        const auto &[date, platform] = key;
        bool isRamadan = false;
        for (const DateRange &r : ramadan)
            isRamadan = isRamadan || r.contains(date);
        const auto windowsIt = m_data.postingWindows.find(platform);
        const std::vector<TimeWindow> &windows =
            isRamadan || windowsIt == m_data.postingWindows.end() ? m_data.ramadanWindows : windowsIt->second;
        const QuietHours &quiet = isRamadan ? m_data.ramadanQuietHours : m_data.quietHours;
        const auto rule = m_data.platformRules.find(platform);
        const qint64 spacing = rule == m_data.platformRules.end() ? 60 : rule->second.spacingMinutes;
        AccountSlots &slots = accounts[platform];
        const int dayIndex = int(QDate(2000, 1, 1).daysTo(date));

        const int n = int(dayItems.size());
        const int w = int(windows.size());
        for (int k = 0; k < n; ++k) {
            PlannedItem &item = *dayItems[size_t(k)];
            QDateTime chosen;
            // Spread a day's items over the windows, and rotate a lone daily
            // item through them from one day to the next.
            const int preferred = n >= w ? (k * w) / n : (k + dayIndex) % w;
            for (int attempt = 0; attempt < w && !chosen.isValid(); ++attempt) {
                const TimeWindow &window = windows[size_t((preferred + attempt) % w)];
                const int first = window.start.msecsSinceStartOfDay() / 60000;
                const int last = window.end.msecsSinceStartOfDay() / 60000;
                for (int minute = first; minute <= last; minute += 5) {
                    const QTime t = QTime(0, 0).addSecs(minute * kMinute);
                    const QDateTime dt = localTime(date, t, zone);
                    if (!dt.isValid() || quiet.contains(t))
                        continue;
                    if (slots.fits(dt.toSecsSinceEpoch() / kMinute, spacing)) {
                        chosen = dt;
                        item.window = window.id;
                        break;
                    }
                }
            }
            for (int relax = 0; relax < 2 && !chosen.isValid(); ++relax) {
                // Fallback: the whole day, quiet hours still respected; then,
                // when even that is full, any distinct minute.
                const qint64 need = relax == 0 ? spacing : 1;
                for (int minute = 0; minute < 24 * 60; minute += relax == 0 ? 5 : 1) {
                    const QTime t = QTime(0, 0).addSecs(minute * kMinute);
                    const QDateTime dt = localTime(date, t, zone);
                    if (!dt.isValid() || (relax == 0 && quiet.contains(t)))
                        continue;
                    if (slots.fits(dt.toSecsSinceEpoch() / kMinute, need)) {
                        chosen = dt;
                        item.window = QStringLiteral("fallback");
                        relax == 0 ? ++fallbacks : ++relaxed;
                        break;
                    }
                }
            }
            if (chosen.isValid()) {
                slots.take(chosen.toSecsSinceEpoch() / kMinute);
                item.scheduledAt = chosen;
            }
        }
    }
    if (fallbacks > 0)
        warnings.push_back({QStringLiteral("outside_best_windows"),
                            tr("%n item(s) could not fit the best posting windows and were placed at other times of the same day.",
                               nullptr, fallbacks)});
    if (relaxed > 0)
        warnings.push_back({QStringLiteral("spacing_relaxed"),
                            tr("%n item(s) are closer than the recommended spacing because their day is full.", nullptr, relaxed)});
    return warnings;
}

} // namespace cf
