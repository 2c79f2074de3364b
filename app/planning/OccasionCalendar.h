#pragma once

#include "app/planning/data/PlanningData.h"

#include <QDate>

#include <optional>
#include <vector>

namespace cf {

// Anchors occasions to real dates. Hijri occasions (Ramadan, the two Eids)
// use Qt's Islamic civil calendar, which is tabular: an observed start can
// differ from it by a day, which the plan's lead days absorb.
class OccasionCalendar
{
public:
    explicit OccasionCalendar(const PlanningData &data) : m_data(data) {}

    struct Match
    {
        const OccasionInfo *occasion = nullptr;
        bool byCountry = false; // chosen because a location is in one of its countries
    };
    // The occasion a theme names ("Ramadan", "National Day"), for audiences in
    // `countries`. A name several countries share resolves by country.
    Match resolve(const QString &theme, const QStringList &countries) const;

    // The first occurrence that has not ended before `from`; `country` picks
    // a per-country date where the occasion has one.
    std::optional<OccasionWindow> next(const OccasionInfo &occasion, const QDate &from, const QString &country = {}) const;

    // The Ramadan day ranges that overlap `range`.
    std::vector<DateRange> ramadanDays(const DateRange &range) const;

    // Gregorian Easter Sunday (anonymous Gregorian computus).
    static QDate easterSunday(int year);

private:
    std::optional<DateRange> occurrenceInYear(const OccasionInfo &occasion, const OccasionRule &rule, int year) const;

    const PlanningData &m_data;
};

} // namespace cf
