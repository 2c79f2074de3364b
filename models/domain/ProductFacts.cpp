#include "models/domain/ProductFacts.h"

#include "models/domain/JsonSupport.h"

namespace cf {

void to_json(nlohmann::json &j, const ProductFacts &value)
{
    j = nlohmann::json{{"name_ar", value.nameAr},   {"name_en", value.nameEn}, {"offer_ar", value.offerAr},
                       {"offer_en", value.offerEn}, {"url", value.url},        {"promo_code", value.promoCode}};
    jsonio::writeOptional(j, "discount_percent", value.discountPercent);
    jsonio::writeOptional(j, "price", value.price);
}

void from_json(const nlohmann::json &j, ProductFacts &value)
{
    jsonio::requireObject(j, "product");
    value = ProductFacts{};
    jsonio::read(j, "name_ar", value.nameAr);
    jsonio::read(j, "name_en", value.nameEn);
    jsonio::read(j, "offer_ar", value.offerAr);
    jsonio::read(j, "offer_en", value.offerEn);
    jsonio::read(j, "url", value.url);
    jsonio::read(j, "promo_code", value.promoCode);
    jsonio::readOptional(j, "discount_percent", value.discountPercent);
    jsonio::readOptional(j, "price", value.price);
}

} // namespace cf
