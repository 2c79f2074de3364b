#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cf {

// A text kept in both UI languages; planning data (templates, occasions) is
// authored bilingual, so it carries both instead of going through tr().
struct Bilingual
{
    QString en;
    QString ar;
    const QString &in(const QString &language) const { return language == QLatin1String("ar") && !ar.isEmpty() ? ar : en; }
    friend bool operator==(const Bilingual &, const Bilingual &) = default;
};

// A warning or an error: a stable code for programs, a translated message for people.
struct PlanMessage
{
    QString code;
    QString message;
    QJsonObject details = {}; // figures a program may act on (minimums, suggestions)
    friend bool operator==(const PlanMessage &, const PlanMessage &) = default;
};

// A value the instruction did not give and the planner chose, with the reason.
struct PlanInference
{
    QString field;  // "campaign_type", "objective", "start_date", ...
    QString value;  // what was chosen, as it appears in the JSON
    QString reason; // translated
    friend bool operator==(const PlanInference &, const PlanInference &) = default;
};

// Inclusive range of calendar days.
struct DateRange
{
    QDate first;
    QDate last;
    int days() const { return first.isValid() && last.isValid() ? int(first.daysTo(last)) + 1 : 0; }
    bool contains(const QDate &d) const { return d >= first && d <= last; }
    friend bool operator==(const DateRange &, const DateRange &) = default;
};

// One dated occurrence of an occasion (Ramadan 1447, Saudi National Day 2026, ...).
struct OccasionWindow
{
    QString id;
    Bilingual name;
    DateRange days;
    bool ramadan = false;
    friend bool operator==(const OccasionWindow &, const OccasionWindow &) = default;
};

// The instruction with every gap filled: what the rest of the planner works from.
struct CampaignBrief
{
    QString text;
    QString campaignType;
    QString objective;
    QString theme;
    std::optional<OccasionWindow> occasion;
    DateRange flight;
    QStringList platforms;
    std::optional<double> budget; // major units of currency
    QString currency;
    QString budgetPeriod; // "total" or "daily"
    QStringList genders;  // empty = everyone
    int ageMin = 18;
    int ageMax = 65;
    QStringList locations;
    QStringList countries; // ISO 3166 alpha-2
    QString timeZoneId;    // IANA
    QString region;        // benchmark region: gcc, mena, tier1, other
    QStringList languages; // content languages, first = primary
    friend bool operator==(const CampaignBrief &, const CampaignBrief &) = default;
};

struct PhasePlan
{
    QString id;
    Bilingual name;
    DateRange days;
    QStringList contentTypes;
    bool paidFocus = false;
    friend bool operator==(const PhasePlan &, const PhasePlan &) = default;
};

// One piece of content in the calendar; the timeline fills scheduledAt.
struct PlannedItem
{
    int sequence = 0;
    QDate date;
    QString platform;
    QString contentType;
    QString format;
    QString phase;
    QString theme; // occasion theme key, or the campaign theme
    QStringList languages;
    QDateTime scheduledAt; // in the audience's time zone
    QString window;        // best-window id, or "fallback"
    friend bool operator==(const PlannedItem &, const PlannedItem &) = default;
};

// The money given to one ad channel (meta, tiktok, snapchat).
struct ChannelBudget
{
    QString channel;
    QStringList platforms;
    double amount = 0; // major units, whole flight
    double dailyAmount = 0;
    DateRange flight;
    int adSetCount = 1;
    bool shortened = false;
    double minimumDailyPerAdSet = 0; // in the campaign currency
    QString budgetMode;              // "lifetime" or "daily"
    QString apiField;                // the platform's budget field name
    QString apiUnit;                 // "minor_units", "decimal", "micro"
    QJsonValue apiValue;             // amount in the platform's unit (per campaign)
    friend bool operator==(const ChannelBudget &, const ChannelBudget &) = default;
};

struct BudgetPlan
{
    double total = 0;
    QString currency;
    QString period;
    std::vector<ChannelBudget> channels;
    friend bool operator==(const BudgetPlan &, const BudgetPlan &) = default;
};

struct AdPlan
{
    QString name;
    QString format; // "image" or "video"
    QString contentType;
    QJsonObject fields; // platform-specific fields, named as the platform's API names them
    friend bool operator==(const AdPlan &, const AdPlan &) = default;
};

// An ad set (Meta), ad group (TikTok) or ad squad (Snapchat).
struct AdSetPlan
{
    QString name;
    int ageMin = 18;
    int ageMax = 65;
    QStringList genders;
    DateRange flight;
    double budget = 0;
    QJsonObject fields;
    std::vector<AdPlan> ads;
    friend bool operator==(const AdSetPlan &, const AdSetPlan &) = default;
};

struct AdCampaignPlan
{
    QString channel;
    QString level; // "ad_set", "ad_group" or "ad_squad": what the channel calls the middle level
    QString name;
    QStringList platforms;
    QJsonObject fields;
    std::vector<AdSetPlan> adSets;
    friend bool operator==(const AdCampaignPlan &, const AdCampaignPlan &) = default;
};

struct ValueRange
{
    double low = 0;
    double high = 0;
    friend bool operator==(const ValueRange &, const ValueRange &) = default;
};

struct ChannelEstimate
{
    QString channel;
    double spend = 0; // campaign currency
    double spendUsd = 0;
    ValueRange cpmUsd;
    ValueRange ctrPercent;
    ValueRange impressions;
    ValueRange reach;
    ValueRange clicks;
    ValueRange conversions;
    QStringList sources;
    friend bool operator==(const ChannelEstimate &, const ChannelEstimate &) = default;
};

struct EstimatePlan
{
    std::vector<ChannelEstimate> channels;
    ValueRange impressions;
    ValueRange reach;
    ValueRange clicks;
    ValueRange conversions;
    friend bool operator==(const EstimatePlan &, const EstimatePlan &) = default;
};

struct ThemePlan
{
    QString key;
    Bilingual label;
    friend bool operator==(const ThemePlan &, const ThemePlan &) = default;
};

struct StrategyPlan
{
    Bilingual typeName;
    Bilingual objectiveName;
    std::vector<Bilingual> keyMessages;
    std::vector<ThemePlan> themes;
    QStringList successMetrics;
    friend bool operator==(const StrategyPlan &, const StrategyPlan &) = default;
};

struct CampaignPlan
{
    CampaignBrief brief;
    StrategyPlan strategy;
    std::vector<PhasePlan> phases;
    std::vector<PlannedItem> items;
    BudgetPlan budget;
    std::vector<AdCampaignPlan> structure;
    EstimatePlan estimates;
    std::vector<PlanMessage> warnings;
    std::vector<PlanInference> inferences;
    friend bool operator==(const CampaignPlan &, const CampaignPlan &) = default;

    bool hasWarning(const QString &code) const
    {
        for (const PlanMessage &w : warnings) {
            if (w.code == code)
                return true;
        }
        return false;
    }
};

// What CampaignPlanner::plan returns: a plan, or the errors that prevent one.
struct PlanOutcome
{
    std::optional<CampaignPlan> plan;
    std::vector<PlanMessage> errors;
    bool hasError(const QString &code) const
    {
        for (const PlanMessage &e : errors) {
            if (e.code == code)
                return true;
        }
        return false;
    }
};

} // namespace cf
