#pragma once

#include "models/domain/VideoScript.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace cf {

// The parts of an e-mail in one language. html and text are complete bodies
// (brand colours, unsubscribe merge tag of the sending platform included).
struct EmailCopy
{
    QString subject;
    QString preheader;
    QString html;
    QString text;

    friend bool operator==(const EmailCopy &, const EmailCopy &) = default;
};

// The parts of a blog article in one language; html uses <h2>/<p> headings
// and paragraphs and no inline styles (the site's theme styles it).
struct BlogCopy
{
    QString title;
    QString slug;
    QString excerpt;
    QString html;

    friend bool operator==(const BlogCopy &, const BlogCopy &) = default;
};

// Everything written for one item in one language ("ar" or "en"). Each
// language is written on its own, not translated from the other.
//
// primaryText is exactly what the platform receives as the post text,
// caption or ad primary text (Meta `message`, TikTok `ad_text`), with the
// link and hashtags already placed where that platform wants them; hashtags
// also lists them (without '#') for previews and checks.
struct LanguageCopy
{
    QString language;
    QString headline;     // Meta `name`, Snapchat `headline`, YouTube title, post title
    QString primaryText;
    QString description;  // Meta `description`, YouTube description
    QString callToAction; // the visible call-to-action words
    QStringList hashtags;
    std::optional<EmailCopy> email;
    std::optional<BlogCopy> blog;
    std::optional<VideoScript> video;

    bool isEmpty() const { return headline.isEmpty() && primaryText.isEmpty(); }
    friend bool operator==(const LanguageCopy &, const LanguageCopy &) = default;
};

// Structured copy of one content item in both languages plus how it was
// made, so regeneration and review can explain and reproduce it. Stored as
// JSON in campaign_content.copy_json (schema v2).
struct ContentCopy
{
    LanguageCopy ar;
    LanguageCopy en;
    QString callToActionType; // platform enum: SHOP_NOW, LEARN_MORE, ... (empty for organic posts)
    QString link;             // landing URL with UTM parameters for this item
    QString brandName;        // Snapchat `brand_name`, e-mail sender name
    QString source;           // "templates" or "ai"
    QString fallbackReason;   // why the AI text was not used (empty when not asked)
    quint64 seed = 0;
    int variant = 0;          // 0 first generation, +1 per "regenerate"
    QDateTime generatedAt;    // UTC

    const LanguageCopy &in(const QString &language) const { return language == QLatin1String("ar") ? ar : en; }
    LanguageCopy &in(const QString &language) { return language == QLatin1String("ar") ? ar : en; }
    friend bool operator==(const ContentCopy &, const ContentCopy &) = default;
};

void to_json(nlohmann::json &j, const EmailCopy &value);
void from_json(const nlohmann::json &j, EmailCopy &value);
void to_json(nlohmann::json &j, const BlogCopy &value);
void from_json(const nlohmann::json &j, BlogCopy &value);
void to_json(nlohmann::json &j, const LanguageCopy &value);
void from_json(const nlohmann::json &j, LanguageCopy &value);
void to_json(nlohmann::json &j, const ContentCopy &value);
void from_json(const nlohmann::json &j, ContentCopy &value);

} // namespace cf
