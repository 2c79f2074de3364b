#include "models/domain/Workspace.h"

#include "models/domain/JsonSupport.h"

namespace cf {

void to_json(nlohmann::json &j, const BrandKit &value)
{
    j = nlohmann::json{{"primary_color", value.primaryColor}, {"secondary_color", value.secondaryColor},
                       {"accent_color", value.accentColor},   {"heading_font", value.headingFont},
                       {"body_font", value.bodyFont},         {"voice", value.voice},
                       {"tagline_ar", value.taglineAr},       {"tagline_en", value.taglineEn},
                       {"hashtags", value.hashtags},          {"banned_words", value.bannedWords},
                       {"tone", value.tone},                  {"website", value.website},
                       {"disclaimer_ar", value.disclaimerAr}, {"disclaimer_en", value.disclaimerEn}};
    jsonio::writeOptional(j, "logo_asset_id", value.logoAssetId);
    if (!value.lastProduct.isEmpty())
        j["last_product"] = value.lastProduct;
    jsonio::writeOptional(j, "product_photo_asset_id", value.productPhotoAssetId);
}

void from_json(const nlohmann::json &j, BrandKit &value)
{
    jsonio::requireObject(j, "brand kit");
    value = BrandKit{};
    jsonio::read(j, "primary_color", value.primaryColor);
    jsonio::read(j, "secondary_color", value.secondaryColor);
    jsonio::read(j, "accent_color", value.accentColor);
    jsonio::read(j, "heading_font", value.headingFont);
    jsonio::read(j, "body_font", value.bodyFont);
    jsonio::read(j, "voice", value.voice);
    jsonio::read(j, "tagline_ar", value.taglineAr);
    jsonio::read(j, "tagline_en", value.taglineEn);
    jsonio::read(j, "hashtags", value.hashtags);
    jsonio::read(j, "banned_words", value.bannedWords);
    jsonio::read(j, "tone", value.tone);
    jsonio::read(j, "website", value.website);
    jsonio::read(j, "disclaimer_ar", value.disclaimerAr);
    jsonio::read(j, "disclaimer_en", value.disclaimerEn);
    jsonio::readOptional(j, "logo_asset_id", value.logoAssetId);
    if (j.contains("last_product"))
        value.lastProduct = j.at("last_product").get<ProductFacts>();
    jsonio::readOptional(j, "product_photo_asset_id", value.productPhotoAssetId);
}

void to_json(nlohmann::json &j, const Workspace &value)
{
    j = nlohmann::json{{"id", value.id},
                       {"name", value.name},
                       {"default_currency", value.defaultCurrency},
                       {"time_zone", value.timeZone},
                       {"locale", value.locale},
                       {"brand_kit", value.brandKit}};
    jsonio::writeInstant(j, "created_at", value.createdAt);
    jsonio::writeInstant(j, "updated_at", value.updatedAt);
}

void from_json(const nlohmann::json &j, Workspace &value)
{
    jsonio::requireObject(j, "workspace");
    value = Workspace{};
    jsonio::read(j, "id", value.id);
    jsonio::read(j, "name", value.name);
    jsonio::read(j, "default_currency", value.defaultCurrency);
    jsonio::read(j, "time_zone", value.timeZone);
    jsonio::read(j, "locale", value.locale);
    jsonio::read(j, "brand_kit", value.brandKit);
    jsonio::readInstant(j, "created_at", value.createdAt);
    jsonio::readInstant(j, "updated_at", value.updatedAt);
}

} // namespace cf
