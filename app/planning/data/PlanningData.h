#pragma once

#include "app/planning/plan/CampaignPlan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

#include <map>
#include <optional>
#include <vector>

namespace cf {

// --- campaign templates (resources/templates/*.json) -----------------------
struct TemplatePhase
{
    QString id;
    Bilingual name;
    int referenceDays = 1; // length in the template's default duration; scaled to the flight
    QStringList contentTypes;
    int perDay = 0;  // items per platform per day, or
    int perWeek = 0; // items per platform per week
    QStringList platformGroups;
    bool paidFocus = false; // where a shortened paid flight goes
};

struct CampaignTemplate
{
    QString type;
    Bilingual name;
    int defaultDurationDays = 30;
    QString defaultObjective;
    std::vector<Bilingual> keyMessages;
    std::vector<TemplatePhase> phases;
};

// --- tables under resources/data -------------------------------------------
struct TimeWindow
{
    QString id;
    QTime start;
    QTime end;
};

// A daily span when nothing is published; may cross midnight.
struct QuietHours
{
    QTime start;
    QTime end;
    bool contains(const QTime &t) const
    {
        return start <= end ? (t >= start && t < end) : (t >= start || t < end);
    }
};

struct PlatformRule
{
    QString group; // social, email, blog
    QStringList formats;
    int volume = 1;
    int maxPerWeek = 0; // 0 = no cap
    int spacingMinutes = 60;
};

struct ContentTypeInfo
{
    QStringList formats;
    Bilingual name;
};

struct CountryInfo
{
    QString code;
    QString name;
    QString currency;
    QString timeZone;
    QStringList languages;
    QString region;
};

struct LocationInfo
{
    QString country;
    QString timeZone; // overrides the country's zone when set
};

struct ObjectiveInfo
{
    QString id;
    Bilingual name;
    QString campaignType;
    QMap<QString, QJsonObject> channels; // "meta" / "tiktok" / "snapchat" -> enums
    QMap<QString, double> weights;
    QStringList metrics;
};

struct BenchmarkRow
{
    ValueRange cpm;
    ValueRange ctr;
    ValueRange cvr;
    ValueRange frequency;
    QStringList sources;
};

struct OccasionRule
{
    QString kind; // hijri, fixed, nth_weekday, easter
    int month = 0;
    int day = 0;
    int weekday = 0;
    int n = 0;
    int offsetDays = 0;
    bool wholeMonth = false;
};

struct OccasionTheme
{
    QString key;
    int from = 0;
    int to = 0;
    Bilingual label;
};

struct OccasionInfo
{
    QString id;
    QStringList names;
    QStringList countries; // empty = everywhere
    OccasionRule rule;
    QMap<QString, OccasionRule> byCountry;
    int lengthDays = 1;
    int leadDays = 0;
    QString objective;
    QString campaignType;
    bool ramadan = false;
    Bilingual name;
    std::vector<OccasionTheme> themes;
    std::vector<Bilingual> messages;
};

struct AdMinimums
{
    int minFlightDays = 3;
    QStringList metaTier1Currencies;
    QMap<QString, double> metaTier1DailyUsd;
    QMap<QString, double> metaOtherDailyUsd;
    QMap<QString, QString> metaGoalCategory;
    QStringList zeroDecimalCurrencies;
    double tiktokCampaignMinUsd = 50;
    double tiktokAdGroupDailyMinUsd = 20;
    qint64 snapchatAdSquadDailyMinMicro = 5000000;
};

// Every table the planner reads, loaded once from the compiled-in resources
// and shared read-only by the planning services (it holds no state that
// changes, so one instance can serve many plans and threads).
class PlanningData
{
public:
    // Loads every table; on failure returns nullopt and a translated reason.
    static std::optional<PlanningData> load(QString *error);

    std::map<QString, CampaignTemplate> templates;
    std::map<QString, ContentTypeInfo> contentTypes;
    std::map<QString, PlatformRule> platformRules;
    std::map<QString, std::vector<TimeWindow>> postingWindows;
    std::vector<TimeWindow> ramadanWindows;
    QuietHours quietHours;
    QuietHours ramadanQuietHours;
    std::map<QString, CountryInfo> countries;
    std::map<QString, LocationInfo> places;
    std::map<QString, double> unitsPerUsd;
    QString exchangeRatesAsOf;
    std::map<QString, ObjectiveInfo> objectives;
    std::map<QString, std::map<QString, BenchmarkRow>> benchmarks; // channel -> region -> row
    std::map<QString, QString> benchmarkSourceTitles;              // source id -> title and url
    std::vector<OccasionInfo> occasions;
    std::map<QString, std::pair<QString, QString>> undatedThemes; // theme -> (type, objective)
    AdMinimums minimums;

    const CampaignTemplate *templateFor(const QString &type) const;
    const ObjectiveInfo *objective(const QString &id) const;
    const OccasionInfo *occasion(const QString &id) const;
    // Converts an amount in US dollars to `currency`; nullopt for a currency
    // the exchange table does not know.
    std::optional<double> fromUsd(double usd, const QString &currency) const;
    std::optional<double> toUsd(double amount, const QString &currency) const;
    // Decimal places used when rounding amounts of `currency` (0 or 2).
    int currencyDecimals(const QString &currency) const;

private:
    bool loadTemplates(QString *error);
    bool loadContent(QString *error);
    bool loadPlaces(QString *error);
    bool loadMoney(QString *error);
    bool loadOccasions(QString *error);
    bool loadBenchmarks(QString *error);
};

} // namespace cf
