#include "app/content/text/ai/AiPromptBuilder.h"

#include "models/domain/EnumIds.h"
#include "resources/ResourceFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace cf {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QString limitText(const FieldLimit *limit)
{
    return limit ? QString::number(limit->max) : QString();
}

} // namespace

std::optional<AiPromptBuilder> AiPromptBuilder::loadBuiltIn(const PlatformLimits &limits, QString *error)
{
    const QByteArray json = readResource(QStringLiteral("phrases/ai_prompt_copy.json"), error);
    if (json.isEmpty())
        return std::nullopt;
    return fromJson(json, limits, error);
}

std::optional<AiPromptBuilder> AiPromptBuilder::fromJson(const QByteArray &json, const PlatformLimits &limits, QString *error)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    AiPromptBuilder builder(limits);
    builder.m_system = strings(root.value(QLatin1String("system")));
    builder.m_user = strings(root.value(QLatin1String("user")));
    builder.m_notes = root.value(QLatin1String("notes")).toObject();
    builder.m_temperature = root.value(QLatin1String("temperature")).toDouble(0.8);
    if (builder.m_system.isEmpty() || builder.m_user.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("cf::AiPromptBuilder", "The AI prompt resource is missing or has no system or user lines.");
        return std::nullopt;
    }
    return builder;
}

QString AiPromptBuilder::fill(const QString &line, const QMap<QString, QString> &values, bool *complete)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString out;
    qsizetype last = 0;
    *complete = true;
    for (auto it = placeholder.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += line.mid(last, m.capturedStart() - last);
        const auto value = values.constFind(m.captured(1));
        if (value == values.constEnd() || value->trimmed().isEmpty())
            *complete = false;
        else
            out += *value;
        last = m.capturedEnd();
    }
    out += line.mid(last);
    return out;
}

AiPrompt AiPromptBuilder::build(const ContentItem &item, const CopyContext &ar, const CopyContext &en, const ContentCopy &templateCopy) const
{
    const auto note = [this](const char *key) { return m_notes.value(QLatin1String(key)).toString(); };
    const bool ad = en.isAd;
    const PlatformTextRules &rules = m_limits.rules(item.platform);
    QMap<QString, QString> v;
    v.insert(QStringLiteral("platform"), platformDisplayName(item.platform));
    v.insert(QStringLiteral("placement"), ad ? QStringLiteral("paid ad") : QStringLiteral("organic post"));
    v.insert(QStringLiteral("content_type"), enumId(item.contentType));
    v.insert(QStringLiteral("angle"), en.angle);
    v.insert(QStringLiteral("objective"), en.objective);
    v.insert(QStringLiteral("occasion"), en.occasionName.isEmpty() ? QString() : QString(en.occasionName + QStringLiteral(" / ") + ar.occasionName));
    v.insert(QStringLiteral("brand"), en.brand);
    v.insert(QStringLiteral("voice"), en.brandKit.voice.isEmpty() ? en.voice.voice : QString(en.voice.voice + QStringLiteral(" (") + en.brandKit.voice + QLatin1Char(')')));
    v.insert(QStringLiteral("dialect"), ar.voice.dialect.isEmpty() ? QStringLiteral("Modern Standard Arabic") : ar.voice.dialect);
    v.insert(QStringLiteral("audience"), note(ar.femaleAudience ? "female_audience" : "general_audience"));
    v.insert(QStringLiteral("tagline_en"), en.tagline);
    v.insert(QStringLiteral("tagline_ar"), ar.tagline);
    v.insert(QStringLiteral("product_en"), en.product);
    v.insert(QStringLiteral("product_ar"), ar.product);
    v.insert(QStringLiteral("offer_en"), en.offer);
    v.insert(QStringLiteral("offer_ar"), ar.offer);
    v.insert(QStringLiteral("discount"), en.discount ? QString::number(*en.discount) : QString());
    v.insert(QStringLiteral("price_en"), en.price);
    v.insert(QStringLiteral("price_ar"), ar.price);
    v.insert(QStringLiteral("code"), en.code);
    v.insert(QStringLiteral("cta_en"), templateCopy.en.callToAction);
    v.insert(QStringLiteral("cta_ar"), templateCopy.ar.callToAction);
    v.insert(QStringLiteral("banned"), en.brandKit.bannedWords.join(QStringLiteral(", ")));

    const FieldLimit *headline = m_limits.limit(item.platform, ad, QStringLiteral("headline"));
    const FieldLimit *body = m_limits.limit(item.platform, ad, QStringLiteral("primary_text"));
    const FieldLimit *description = m_limits.limit(item.platform, ad, QStringLiteral("description"));
    // Leave room in the body for the link line, the hashtags and the
    // disclaimer that are added after the model's text.
    int bodyMax = body ? body->max : 0;
    if (bodyMax > 0) {
        const int reserve = std::max(int(en.disclaimer.size()), int(ar.disclaimer.size())) + (en.link.isEmpty() ? 0 : 60) + 40;
        bodyMax = std::max(bodyMax / 3, bodyMax - reserve);
    }
    v.insert(QStringLiteral("headline_max"), limitText(headline));
    v.insert(QStringLiteral("body_max"), bodyMax > 0 ? QString::number(bodyMax) : QString());
    v.insert(QStringLiteral("description_max"), limitText(description));
    v.insert(QStringLiteral("hashtag_max"), QString::number(ad ? 0 : std::max(0, rules.hashtagTarget() - int(en.hashtags.size()))));
    v.insert(QStringLiteral("count_note"), body && body->count == CountMethod::XWeighted ? note("x_count") : QString());
    v.insert(QStringLiteral("link_note"),
             en.link.isEmpty() ? note("no_link") : rules.linkInText ? note("link_in_text") : note("link_in_bio"));
    v.insert(QStringLiteral("emoji_note"), (!en.emojiAllowed || (body && body->noEmoji)) ? note("no_emoji") : note("emoji_ok"));

    AiPrompt prompt;
    prompt.temperature = m_temperature;
    QStringList lines;
    for (const QString &line : m_user) {
        bool complete = false;
        const QString filled = fill(line, v, &complete);
        if (complete)
            lines << filled;
    }
    prompt.system = m_system.join(QLatin1Char('\n'));
    prompt.user = lines.join(QLatin1Char('\n'));
    return prompt;
}

} // namespace cf
