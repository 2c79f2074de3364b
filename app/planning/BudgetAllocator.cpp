#include "app/planning/BudgetAllocator.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cf {

namespace {

QString money(double amount, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(QLocale::c().toString(amount, 'f', 2), currency);
}

} // namespace

QStringList BudgetAllocator::paidChannels(const QStringList &platforms)
{
    QStringList channels;
    if (platforms.contains(QLatin1String("facebook")) || platforms.contains(QLatin1String("instagram")))
        channels << QStringLiteral("meta");
    if (platforms.contains(QLatin1String("tiktok")))
        channels << QStringLiteral("tiktok");
    if (platforms.contains(QLatin1String("snapchat")))
        channels << QStringLiteral("snapchat");
    return channels;
}

QStringList BudgetAllocator::channelPlatforms(const QString &channel, const QStringList &platforms)
{
    if (channel != QLatin1String("meta"))
        return {channel};
    QStringList result;
    for (const QString &p : {QStringLiteral("facebook"), QStringLiteral("instagram")}) {
        if (platforms.contains(p))
            result << p;
    }
    return result;
}

double BudgetAllocator::roundMoney(double amount, const QString &currency) const
{
    const double scale = std::pow(10.0, m_data.currencyDecimals(currency));
    return std::round(amount * scale) / scale;
}

std::optional<double> BudgetAllocator::minimumDailyPerAdSet(const QString &channel, const QString &objective,
                                                            const QString &currency) const
{
    std::optional<double> value;
    if (channel == QLatin1String("meta")) {
        const ObjectiveInfo *info = m_data.objective(objective);
        const QString goal = info ? info->channels.value(channel).value(QLatin1String("optimization_goal")).toString() : QString();
        const QString category = m_data.minimums.metaGoalCategory.value(goal, QStringLiteral("high_frequency"));
        const bool tier1 = m_data.minimums.metaTier1Currencies.contains(currency);
        const double usd = (tier1 ? m_data.minimums.metaTier1DailyUsd : m_data.minimums.metaOtherDailyUsd).value(category);
        value = m_data.fromUsd(usd, currency);
    } else if (channel == QLatin1String("tiktok")) {
        value = m_data.fromUsd(m_data.minimums.tiktokAdGroupDailyMinUsd, currency);
    } else if (channel == QLatin1String("snapchat")) {
        // Snapchat states its ad squad floor in micro-units of any currency.
        if (m_data.unitsPerUsd.count(currency))
            value = double(m_data.minimums.snapchatAdSquadDailyMinMicro) / 1e6;
    }
    if (!value)
        return std::nullopt;
    const double scale = std::pow(10.0, m_data.currencyDecimals(currency));
    return std::ceil(*value * scale - 1e-9) / scale;
}

std::optional<double> BudgetAllocator::minimumCampaign(const QString &channel, const QString &currency) const
{
    if (channel != QLatin1String("tiktok"))
        return m_data.unitsPerUsd.count(currency) ? std::optional<double>(0.0) : std::nullopt;
    const auto value = m_data.fromUsd(m_data.minimums.tiktokCampaignMinUsd, currency);
    if (!value)
        return std::nullopt;
    // TikTok wants strictly more than $50: one minor unit above.
    const double scale = std::pow(10.0, m_data.currencyDecimals(currency));
    return (std::ceil(*value * scale - 1e-9) + 1) / scale;
}

QString BudgetAllocator::apiUnit(const QString &channel)
{
    if (channel == QLatin1String("meta"))
        return QStringLiteral("minor_units");
    if (channel == QLatin1String("snapchat"))
        return QStringLiteral("micro");
    return QStringLiteral("decimal");
}

QJsonValue BudgetAllocator::apiAmount(const QString &channel, double amount, const QString &currency) const
{
    if (channel == QLatin1String("meta")) {
        const double offset = m_data.minimums.zeroDecimalCurrencies.contains(currency) ? 1 : 100;
        return QJsonValue(qint64(std::llround(amount * offset)));
    }
    if (channel == QLatin1String("snapchat"))
        return QJsonValue(qint64(std::llround(amount * 1e6)));
    return QJsonValue(roundMoney(amount, currency));
}

std::vector<double> BudgetAllocator::share(double total, const QStringList &channels, const std::vector<double> &floors,
                                           const QString &objective) const
{
    const ObjectiveInfo *info = m_data.objective(objective);
    std::vector<double> weights;
    for (const QString &c : channels)
        weights.push_back(info ? std::max(0.05, info->weights.value(c, 1.0)) : 1.0);
    // Channels below their floor get exactly the floor; the rest share what
    // is left by weight. Repeat until no channel falls below its floor.
    std::vector<bool> pinned(channels.size(), false);
    std::vector<double> shares(channels.size(), 0.0);
    for (int round = 0; round <= channels.size(); ++round) {
        double free = total;
        double weightSum = 0;
        for (size_t i = 0; i < shares.size(); ++i) {
            if (pinned[i])
                free -= floors[i];
            else
                weightSum += weights[i];
        }
        bool changed = false;
        for (size_t i = 0; i < shares.size(); ++i) {
            shares[i] = pinned[i] ? floors[i] : free * weights[i] / std::max(1e-9, weightSum);
            if (!pinned[i] && shares[i] < floors[i]) {
                pinned[i] = true;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return shares;
}

BudgetAllocator::Result BudgetAllocator::allocate(const CampaignBrief &brief, const DateRange &paidFocus,
                                                  const std::map<QString, int> &desiredAdSets) const
{
    Result r;
    const QStringList channels = paidChannels(brief.platforms);
    BudgetPlan &plan = r.plan;
    plan.currency = brief.currency;
    plan.period = brief.budgetPeriod;
    if (!brief.budget) {
        if (!channels.isEmpty())
            r.warnings.push_back({QStringLiteral("no_budget"),
                                  tr("No budget was named, so no ads are planned; the content is published organically.")});
        return r;
    }
    const bool daily = brief.budgetPeriod == QLatin1String("daily");
    const int days = brief.flight.days();
    plan.total = roundMoney(daily ? *brief.budget * days : *brief.budget, brief.currency);
    if (channels.isEmpty()) {
        r.warnings.push_back({QStringLiteral("budget_not_used"),
                              tr("None of the chosen platforms has a paid-ads API in CampaignForge (Meta, TikTok and Snapchat do), so the budget is not allocated.")});
        return r;
    }
    if (!m_data.unitsPerUsd.count(brief.currency))
        return r; // BriefInference already warned: minimums cannot be checked

    const int minFlight = std::min(m_data.minimums.minFlightDays, days);
    // The cheapest viable plan per channel: one ad set over the shortest
    // flight (per day in daily mode).
    std::vector<double> dailyMin;
    std::vector<double> floors;
    for (const QString &c : channels) {
        const double perDay = *minimumDailyPerAdSet(c, brief.objective, brief.currency);
        const double campaign = *minimumCampaign(c, brief.currency);
        dailyMin.push_back(perDay);
        floors.push_back(daily ? std::max(perDay, campaign) : std::max(perDay * minFlight, campaign));
    }
    double floorSum = 0;
    for (double f : floors)
        floorSum += f;
    const double available = daily ? *brief.budget : plan.total;
    if (available + 1e-9 < floorSum) {
        int cheapest = 0;
        for (int i = 1; i < channels.size(); ++i) {
            if (floors[size_t(i)] < floors[size_t(cheapest)])
                cheapest = i;
        }
        QJsonObject details{{QStringLiteral("minimum"), roundMoney(floorSum, brief.currency)},
                            {QStringLiteral("currency"), brief.currency},
                            {QStringLiteral("period"), daily ? QStringLiteral("daily") : QStringLiteral("total")},
                            {QStringLiteral("channels"), QJsonArray::fromStringList(channels)}};
        QString message = daily ? tr("A daily budget of %1 is below the %2 a day that %3 need at their platforms' minimums.")
                                      .arg(money(available, brief.currency), money(floorSum, brief.currency), channels.join(QStringLiteral(", ")))
                                : tr("A total budget of %1 is below the %2 that %3 need for at least %4 days at their platforms' minimums.")
                                      .arg(money(available, brief.currency), money(floorSum, brief.currency), channels.join(QStringLiteral(", ")))
                                      .arg(minFlight);
        QJsonArray suggestions;
        if (channels.size() > 1 && floors[size_t(cheapest)] <= available) {
            message += QLatin1Char(' ')
                + tr("Choose fewer platforms (%1 alone needs %2), a shorter flight, or a larger budget of at least %3.")
                      .arg(channels.at(cheapest), money(floors[size_t(cheapest)], brief.currency), money(floorSum, brief.currency));
            suggestions.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("fewer_platforms")},
                                           {QStringLiteral("channel"), channels.at(cheapest)},
                                           {QStringLiteral("minimum"), floors[size_t(cheapest)]}});
        } else {
            message += QLatin1Char(' ') + tr("Choose a shorter flight on fewer platforms, or a larger budget of at least %1.")
                                              .arg(money(floorSum, brief.currency));
        }
        suggestions.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("shorter_flight")},
                                       {QStringLiteral("days"), minFlight}});
        suggestions.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("larger_budget")},
                                       {QStringLiteral("minimum"), roundMoney(floorSum, brief.currency)}});
        details.insert(QStringLiteral("suggestions"), suggestions);
        r.errors.push_back({QStringLiteral("insufficient_budget"), message, details});
        return r;
    }

    std::vector<double> shares = share(available, channels, floors, brief.objective);
    // Round to the currency's minor unit; the largest channel absorbs the
    // rounding so the parts add up to the whole.
    double sum = 0;
    size_t largest = 0;
    for (size_t i = 0; i < shares.size(); ++i) {
        shares[i] = roundMoney(shares[i], brief.currency);
        sum += shares[i];
        if (shares[i] > shares[largest])
            largest = i;
    }
    shares[largest] = roundMoney(shares[largest] + available - sum, brief.currency);

    for (int i = 0; i < channels.size(); ++i) {
        const QString &c = channels.at(i);
        const size_t ix = size_t(i);
        ChannelBudget cb;
        cb.channel = c;
        cb.platforms = channelPlatforms(c, brief.platforms);
        cb.flight = brief.flight;
        cb.minimumDailyPerAdSet = dailyMin[ix];
        cb.budgetMode = daily ? QStringLiteral("daily") : QStringLiteral("lifetime");
        const int wanted = std::max(1, desiredAdSets.count(c) ? desiredAdSets.at(c) : 1);
        const double campaignMin = *minimumCampaign(c, brief.currency);
        const double perDay = daily ? shares[ix] : shares[ix] / days;
        cb.adSetCount = wanted;
        if (perDay + 1e-9 < wanted * dailyMin[ix] || (!daily && shares[ix] + 1e-9 < campaignMin)) {
            cb.adSetCount = 1;
            if (wanted > 1)
                r.warnings.push_back({QStringLiteral("ad_sets_merged"),
                                      tr("The %1 budget cannot fund %2 audience splits at %3 a day each, so it runs one combined audience.")
                                          .arg(c)
                                          .arg(wanted)
                                          .arg(money(dailyMin[ix], brief.currency))});
        }
        if (!daily && shares[ix] + 1e-9 < dailyMin[ix] * days) {
            const int shortDays = std::clamp(int(std::floor(shares[ix] / dailyMin[ix] + 1e-9)), minFlight, days);
            QDate last = std::min(paidFocus.last.isValid() ? paidFocus.last : brief.flight.last, brief.flight.last);
            QDate first = last.addDays(-(shortDays - 1));
            if (first < brief.flight.first) {
                first = brief.flight.first;
                last = first.addDays(shortDays - 1);
            }
            cb.flight = DateRange{first, last};
            cb.shortened = true;
            r.warnings.push_back({QStringLiteral("flight_shortened"),
                                  tr("%1 needs at least %2 a day; its %3 share runs for %4 days (%5 to %6) instead of the whole campaign.")
                                      .arg(c, money(dailyMin[ix], brief.currency), money(shares[ix], brief.currency))
                                      .arg(shortDays)
                                      .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)),
                                  QJsonObject{{QStringLiteral("channel"), c}, {QStringLiteral("days"), shortDays}}});
        }
        cb.amount = daily ? roundMoney(shares[ix] * days, brief.currency) : shares[ix];
        cb.dailyAmount = daily ? shares[ix] : roundMoney(shares[ix] / cb.flight.days(), brief.currency);
        cb.apiField = c == QLatin1String("meta")       ? (daily ? QStringLiteral("daily_budget") : QStringLiteral("lifetime_budget"))
                      : c == QLatin1String("snapchat") ? (daily ? QStringLiteral("daily_budget_micro") : QStringLiteral("lifetime_budget_micro"))
                                                       : QStringLiteral("budget");
        cb.apiUnit = apiUnit(c);
        cb.apiValue = apiAmount(c, daily ? cb.dailyAmount : cb.amount, brief.currency);
        plan.channels.push_back(cb);
    }
    bool rebalanced = false;
    const std::vector<double> unpinned = share(available, channels, std::vector<double>(floors.size(), 0.0), brief.objective);
    for (size_t i = 0; i < shares.size(); ++i)
        rebalanced = rebalanced || std::abs(roundMoney(unpinned[i], brief.currency) - shares[i]) > 0.05;
    if (rebalanced)
        r.warnings.push_back({QStringLiteral("budget_rebalanced"),
                              tr("Some platforms were given more than their usual share so that each meets its minimum budget.")});
    return r;
}

} // namespace cf
