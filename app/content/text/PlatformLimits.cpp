#include "app/content/text/PlatformLimits.h"

#include "resources/ResourceFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cf {

namespace {

bool readFields(const QJsonObject &object, std::map<QString, FieldLimit> *out, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        FieldLimit limit;
        limit.max = o.value(QLatin1String("max")).toInt();
        limit.min = o.value(QLatin1String("min")).toInt();
        limit.recommended = o.value(QLatin1String("recommended")).toInt();
        limit.hard = o.value(QLatin1String("hard")).toBool(true);
        limit.noEmoji = o.value(QLatin1String("no_emoji")).toBool();
        limit.noAngleBrackets = o.value(QLatin1String("no_angle_brackets")).toBool();
        limit.source = o.value(QLatin1String("source")).toString();
        if (limit.max <= 0 || !textmeasure::parseCountMethod(o.value(QLatin1String("count")).toString(), &limit.count)) {
            *error = QCoreApplication::translate("cf::PlatformLimits", "The platform limits table has a bad entry for \"%1\".")
                         .arg(it.key());
            return false;
        }
        (*out)[it.key()] = limit;
    }
    return true;
}

} // namespace

std::optional<PlatformLimits> PlatformLimits::loadBuiltIn(QString *error)
{
    const QByteArray json = readResource(QStringLiteral("data/platform_limits.json"), error);
    if (json.isEmpty())
        return std::nullopt;
    return fromJson(json, error);
}

std::optional<PlatformLimits> PlatformLimits::fromJson(const QByteArray &json, QString *error)
{
    const QJsonObject platforms = QJsonDocument::fromJson(json).object().value(QLatin1String("platforms")).toObject();
    if (platforms.isEmpty()) {
        *error = QCoreApplication::translate("cf::PlatformLimits", "The platform limits table is missing or not valid JSON.");
        return std::nullopt;
    }
    PlatformLimits limits;
    for (auto it = platforms.begin(); it != platforms.end(); ++it) {
        const auto platform = platformFromId(it.key());
        if (!platform)
            continue;
        const QJsonObject o = it.value().toObject();
        PlatformTextRules rules;
        if (!readFields(o.value(QLatin1String("organic")).toObject(), &rules.organic, error)
            || !readFields(o.value(QLatin1String("ad")).toObject(), &rules.ad, error))
            return std::nullopt;
        const QJsonObject tags = o.value(QLatin1String("hashtags")).toObject();
        rules.hashtagMax = tags.value(QLatin1String("max")).toInt();
        rules.hashtagRecommended = tags.value(QLatin1String("recommended")).toInt();
        rules.hashtagHard = tags.value(QLatin1String("hard")).toBool();
        rules.linkInText = o.value(QLatin1String("link_in_text")).toBool(true);
        rules.unsubscribeTag = o.value(QLatin1String("unsubscribe_tag")).toString();
        limits.m_rules[*platform] = rules;
    }
    return limits;
}

const PlatformTextRules &PlatformLimits::rules(Platform platform) const
{
    const auto it = m_rules.find(platform);
    return it == m_rules.end() ? m_none : it->second;
}

const FieldLimit *PlatformLimits::limit(Platform platform, bool ad, const QString &field) const
{
    const PlatformTextRules &r = rules(platform);
    if (ad) {
        const auto it = r.ad.find(field);
        if (it != r.ad.end())
            return &it->second;
    }
    const auto it = r.organic.find(field);
    return it == r.organic.end() ? nullptr : &it->second;
}

} // namespace cf
