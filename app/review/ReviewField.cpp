#include "app/review/ReviewField.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace cf {
namespace {

struct FieldName
{
    ReviewField field;
    const char *id;
    const char *display;
};

constexpr FieldName kFields[] = {
    {ReviewField::Headline, "headline", QT_TRANSLATE_NOOP("cf::ReviewField", "Headline")},
    {ReviewField::PrimaryText, "primary_text", QT_TRANSLATE_NOOP("cf::ReviewField", "Primary text")},
    {ReviewField::Description, "description", QT_TRANSLATE_NOOP("cf::ReviewField", "Description")},
    {ReviewField::CallToAction, "call_to_action", QT_TRANSLATE_NOOP("cf::ReviewField", "Call to action")},
    {ReviewField::Hashtags, "hashtags", QT_TRANSLATE_NOOP("cf::ReviewField", "Hashtags")},
};

} // namespace

QString reviewFieldId(ReviewField field)
{
    for (const FieldName &f : kFields) {
        if (f.field == field)
            return QString::fromLatin1(f.id);
    }
    return {};
}

std::optional<ReviewField> reviewFieldFromId(const QString &id)
{
    for (const FieldName &f : kFields) {
        if (id == QLatin1String(f.id))
            return f.field;
    }
    return std::nullopt;
}

QString reviewFieldDisplayName(ReviewField field)
{
    for (const FieldName &f : kFields) {
        if (f.field == field)
            return QCoreApplication::translate("cf::ReviewField", f.display);
    }
    return {};
}

QString reviewFieldText(const LanguageCopy &copy, ReviewField field)
{
    switch (field) {
    case ReviewField::Headline: return copy.headline;
    case ReviewField::PrimaryText: return copy.primaryText;
    case ReviewField::Description: return copy.description;
    case ReviewField::CallToAction: return copy.callToAction;
    case ReviewField::Hashtags: {
        QStringList tags;
        for (const QString &tag : copy.hashtags)
            tags << QLatin1Char('#') + tag;
        return tags.join(QLatin1Char(' '));
    }
    }
    return {};
}

void setReviewFieldText(LanguageCopy *copy, ReviewField field, const QString &text)
{
    switch (field) {
    case ReviewField::Headline: copy->headline = text; return;
    case ReviewField::PrimaryText: copy->primaryText = text; return;
    case ReviewField::Description: copy->description = text; return;
    case ReviewField::CallToAction: copy->callToAction = text; return;
    case ReviewField::Hashtags: {
        static const QRegularExpression separators(QStringLiteral("[\\s,،]+"));
        QStringList tags;
        for (QString tag : text.split(separators, Qt::SkipEmptyParts)) {
            while (tag.startsWith(QLatin1Char('#')))
                tag.remove(0, 1);
            if (!tag.isEmpty() && !tags.contains(tag))
                tags << tag;
        }
        copy->hashtags = tags;
        return;
    }
    }
}

FieldCount countField(const PlatformLimits &limits, const ContentItem &item, ReviewField field, const QString &text)
{
    FieldCount count;
    const QLocale locale;
    if (field == ReviewField::Hashtags) {
        LanguageCopy scratch;
        setReviewFieldText(&scratch, field, text);
        const PlatformTextRules &rules = limits.rules(item.platform);
        count.length = int(scratch.hashtags.size());
        count.max = rules.hashtagMax;
        count.hard = rules.hashtagHard;
        count.over = count.max > 0 && count.length > count.max;
        count.message = count.over
            ? QCoreApplication::translate("cf::ReviewField", "%1 hashtags: %2 takes at most %3.")
                  .arg(locale.toString(count.length), platformDisplayName(item.platform), locale.toString(count.max))
            : count.max > 0 ? QCoreApplication::translate("cf::ReviewField", "%1 / %2 hashtags")
                                  .arg(locale.toString(count.length), locale.toString(count.max))
                            : QCoreApplication::translate("cf::ReviewField", "%1 hashtags").arg(locale.toString(count.length));
        return count;
    }
    const FieldLimit *limit = limits.limit(item.platform, item.adSetId.has_value(), reviewFieldId(field));
    if (!limit) {
        count.length = textmeasure::measure(text, CountMethod::Graphemes);
        count.message = QCoreApplication::translate("cf::ReviewField", "%1 characters").arg(locale.toString(count.length));
        return count;
    }
    count.length = textmeasure::measure(text, limit->count);
    count.max = limit->max;
    count.hard = limit->hard;
    count.over = count.length > count.max;
    if (!count.over) {
        count.message = QCoreApplication::translate("cf::ReviewField", "%1 / %2").arg(locale.toString(count.length), locale.toString(count.max));
    } else if (count.hard) {
        count.message = QCoreApplication::translate("cf::ReviewField", "%1 / %2: too long, %3 refuses more than %2.")
                            .arg(locale.toString(count.length), locale.toString(count.max), platformDisplayName(item.platform));
    } else {
        count.message = QCoreApplication::translate("cf::ReviewField", "%1 / %2: longer than %3 shows in full.")
                            .arg(locale.toString(count.length), locale.toString(count.max), platformDisplayName(item.platform));
    }
    return count;
}

} // namespace cf
