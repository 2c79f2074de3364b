#pragma once

#include "models/domain/EnumIds.h"
#include "models/domain/Money.h"
#include "models/domain/Platform.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace cf {

// Which shared level of a paid campaign an ad entity is. The ads themselves
// are publish_targets rows; the levels above them are shared by every ad of
// the same campaign / ad set on the same ad account.
enum class AdEntityLevel { Campaign, AdSet };
template <>
struct EnumIdTable<AdEntityLevel>
{
    static constexpr EnumIdEntries<AdEntityLevel, 2> entries{{
        {AdEntityLevel::Campaign, "campaign"},
        {AdEntityLevel::AdSet, "adset"},
    }};
};

// Whether an entity on an ad platform spends. Everything is created paused.
enum class AdDelivery { Paused, Active };
template <>
struct EnumIdTable<AdDelivery>
{
    static constexpr EnumIdEntries<AdDelivery, 2> entries{{
        {AdDelivery::Paused, "paused"},
        {AdDelivery::Active, "active"},
    }};
};

// A budget as last sent to the platform (the currency is the ad set's own).
struct PushedBudget
{
    qint64 minor = 0;
    BudgetPeriod period = BudgetPeriod::Total;

    friend bool operator==(const PushedBudget &, const PushedBudget &) = default;
};

// Identifies one shared entity: the campaign level when adSetId is empty.
struct AdEntityKey
{
    qint64 campaignId = 0;
    qint64 connectionId = 0; // the ad account / advertiser
    std::optional<qint64> adSetId;

    AdEntityLevel level() const { return adSetId ? AdEntityLevel::AdSet : AdEntityLevel::Campaign; }
    friend bool operator==(const AdEntityKey &, const AdEntityKey &) = default;
};

// One row of ad_entities (schema v5): a platform campaign or ad set that
// exists on an ad account, so the next ad of the same campaign reuses it.
struct AdEntity
{
    qint64 id = 0;
    AdEntityKey key;
    Platform platform = Platform::Facebook;
    QString externalId;
    AdDelivery delivery = AdDelivery::Paused;
    std::optional<PushedBudget> budgetPushed; // ad sets: what the platform holds
    QDateTime createdAt;
    QDateTime updatedAt;

    AdEntityLevel level() const { return key.level(); }
    friend bool operator==(const AdEntity &, const AdEntity &) = default;
};

} // namespace cf
