#pragma once

#include "app/content/text/TextMeasure.h"
#include "models/domain/Platform.h"

#include <QString>

#include <map>
#include <optional>

namespace cf {

// One field's limit on one platform: how long it may be, how it is counted,
// and whether the API refuses longer text (hard) or it is advice (soft).
struct FieldLimit
{
    int max = 0;
    int min = 0;
    int recommended = 0; // 0 = none beyond max
    CountMethod count = CountMethod::Utf16;
    bool hard = true;
    bool noEmoji = false;
    bool noAngleBrackets = false;
    QString source; // id in the table's sources list
};

// The text rules of one platform. Field names: headline, primary_text,
// description, first_line, brand_name, email_subject, email_preheader,
// blog_title, blog_excerpt, blog_slug.
struct PlatformTextRules
{
    std::map<QString, FieldLimit> organic;
    std::map<QString, FieldLimit> ad;
    int hashtagMax = 0;
    int hashtagRecommended = 0; // 0 = use hashtagMax
    bool hashtagHard = false;
    bool linkInText = true; // false: links in captions are not clickable ("link in bio")
    QString unsubscribeTag; // e-mail platforms' merge tag

    int hashtagTarget() const { return hashtagRecommended > 0 ? hashtagRecommended : hashtagMax; }
};

// Every platform's text limits, from resources/data/platform_limits.json
// (one table, sources cited there). Read-only once loaded.
class PlatformLimits
{
public:
    static std::optional<PlatformLimits> loadBuiltIn(QString *error);
    static std::optional<PlatformLimits> fromJson(const QByteArray &json, QString *error);

    const PlatformTextRules &rules(Platform platform) const;
    // The limit of field for an organic post or an ad; an ad falls back to
    // the organic limit of the same field. nullptr when there is none.
    const FieldLimit *limit(Platform platform, bool ad, const QString &field) const;

private:
    std::map<Platform, PlatformTextRules> m_rules;
    PlatformTextRules m_none;
};

} // namespace cf
