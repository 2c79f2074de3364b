#include "models/domain/ContentCopy.h"

#include "models/domain/JsonSupport.h"

namespace cf {

void to_json(nlohmann::json &j, const EmailCopy &value)
{
    j = nlohmann::json{
        {"subject", value.subject}, {"preheader", value.preheader}, {"html", value.html}, {"text", value.text}};
}

void from_json(const nlohmann::json &j, EmailCopy &value)
{
    jsonio::requireObject(j, "e-mail copy");
    value = EmailCopy{};
    jsonio::read(j, "subject", value.subject);
    jsonio::read(j, "preheader", value.preheader);
    jsonio::read(j, "html", value.html);
    jsonio::read(j, "text", value.text);
}

void to_json(nlohmann::json &j, const BlogCopy &value)
{
    j = nlohmann::json{{"title", value.title}, {"slug", value.slug}, {"excerpt", value.excerpt}, {"html", value.html}};
}

void from_json(const nlohmann::json &j, BlogCopy &value)
{
    jsonio::requireObject(j, "blog copy");
    value = BlogCopy{};
    jsonio::read(j, "title", value.title);
    jsonio::read(j, "slug", value.slug);
    jsonio::read(j, "excerpt", value.excerpt);
    jsonio::read(j, "html", value.html);
}

void to_json(nlohmann::json &j, const LanguageCopy &value)
{
    j = nlohmann::json{{"language", value.language},         {"headline", value.headline},
                       {"primary_text", value.primaryText},  {"description", value.description},
                       {"call_to_action", value.callToAction}, {"hashtags", value.hashtags}};
    jsonio::writeOptional(j, "email", value.email);
    jsonio::writeOptional(j, "blog", value.blog);
    jsonio::writeOptional(j, "video", value.video);
}

void from_json(const nlohmann::json &j, LanguageCopy &value)
{
    jsonio::requireObject(j, "language copy");
    value = LanguageCopy{};
    jsonio::read(j, "language", value.language);
    jsonio::read(j, "headline", value.headline);
    jsonio::read(j, "primary_text", value.primaryText);
    jsonio::read(j, "description", value.description);
    jsonio::read(j, "call_to_action", value.callToAction);
    jsonio::read(j, "hashtags", value.hashtags);
    jsonio::readOptional(j, "email", value.email);
    jsonio::readOptional(j, "blog", value.blog);
    jsonio::readOptional(j, "video", value.video);
}

void to_json(nlohmann::json &j, const ContentCopy &value)
{
    j = nlohmann::json{{"ar", value.ar},
                       {"en", value.en},
                       {"call_to_action_type", value.callToActionType},
                       {"link", value.link},
                       {"brand_name", value.brandName},
                       {"source", value.source},
                       {"fallback_reason", value.fallbackReason},
                       {"seed", value.seed},
                       {"variant", value.variant}};
    jsonio::writeInstant(j, "generated_at", value.generatedAt);
}

void from_json(const nlohmann::json &j, ContentCopy &value)
{
    jsonio::requireObject(j, "content copy");
    value = ContentCopy{};
    jsonio::read(j, "ar", value.ar);
    jsonio::read(j, "en", value.en);
    jsonio::read(j, "call_to_action_type", value.callToActionType);
    jsonio::read(j, "link", value.link);
    jsonio::read(j, "brand_name", value.brandName);
    jsonio::read(j, "source", value.source);
    jsonio::read(j, "fallback_reason", value.fallbackReason);
    jsonio::read(j, "seed", value.seed);
    jsonio::read(j, "variant", value.variant);
    jsonio::readInstant(j, "generated_at", value.generatedAt);
}

} // namespace cf
