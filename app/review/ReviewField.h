#pragma once

#include "app/content/text/PlatformLimits.h"
#include "models/domain/ContentCopy.h"
#include "models/domain/ContentItem.h"

#include <QString>
#include <QStringList>

namespace cf {

// The copy fields the owner edits in review, per language.
enum class ReviewField { Headline, PrimaryText, Description, CallToAction, Hashtags };

// "headline", "primary_text", "description", "call_to_action", "hashtags":
// the same names the brand guard uses in GuardFinding::field ("en.headline").
QString reviewFieldId(ReviewField field);
std::optional<ReviewField> reviewFieldFromId(const QString &id);
// The field's name for people, translated.
QString reviewFieldDisplayName(ReviewField field);

// The text of a field as the editor shows it (hashtags as "#a #b").
QString reviewFieldText(const LanguageCopy &copy, ReviewField field);
// Writes text into the field; hashtags are split on spaces and commas, '#' dropped.
void setReviewFieldText(LanguageCopy *copy, ReviewField field, const QString &text);

// How long a field is as its platform counts it, against the platform's limit.
struct FieldCount
{
    int length = 0;
    int max = 0;        // 0: the platform sets no limit for this field
    bool hard = false;  // the API refuses longer text
    bool over = false;  // length > max
    QString message;    // translated: "125 / 2,200" or the limit problem
};

// Counts text the way `platform` counts `field` (TextMeasure), for the
// live counters beside the editors. Pure; safe on any thread.
FieldCount countField(const PlatformLimits &limits, const ContentItem &item, ReviewField field, const QString &text);

} // namespace cf
