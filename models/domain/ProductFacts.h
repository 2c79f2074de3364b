#pragma once

#include "models/domain/Money.h"

#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace cf {

// What a campaign sells, as the copy mentions it: names and offer written in
// each language by the owner, an optional price and discount, the landing
// page and a promo code. Every field may be empty; copy that needs a missing
// fact is simply not chosen.
struct ProductFacts
{
    QString nameAr;
    QString nameEn;
    QString offerAr; // e.g. "خصم 30٪ على كل العبايات"
    QString offerEn; // e.g. "30% off every abaya"
    std::optional<int> discountPercent;
    std::optional<Money> price;
    QString url; // landing page without tracking parameters
    QString promoCode;

    bool isEmpty() const { return *this == ProductFacts{}; }
    friend bool operator==(const ProductFacts &, const ProductFacts &) = default;
};

void to_json(nlohmann::json &j, const ProductFacts &value);
void from_json(const nlohmann::json &j, ProductFacts &value);

} // namespace cf
