#include "app/content/text/PhraseBank.h"

#include "resources/ResourceFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cf {

namespace {

bool loadObject(const QString &path, QJsonObject *out, QString *error)
{
    const QByteArray bytes = readResource(path, error);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (bytes.isEmpty() || !doc.isObject()) {
        *error = QCoreApplication::translate("cf::PhraseBank", "The phrase bank %1 is missing or not valid JSON.").arg(path);
        return false;
    }
    *out = doc.object();
    return true;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    if (value.isString())
        out << value.toString();
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

std::optional<PhraseBank> PhraseBank::loadBuiltIn(QString *error)
{
    PhraseBank bank;
    if (!loadObject(QStringLiteral("phrases/copy_en.json"), &bank.m_en, error)
        || !loadObject(QStringLiteral("phrases/copy_ar.json"), &bank.m_ar, error)
        || !loadObject(QStringLiteral("phrases/angles.json"), &bank.m_tables, error)
        || !loadObject(QStringLiteral("phrases/guard_rules.json"), &bank.m_guard, error))
        return std::nullopt;
    return bank;
}

QJsonValue PhraseBank::node(const QString &language, const QStringList &path) const
{
    QJsonValue v = language == QLatin1String("ar") ? m_ar : m_en;
    for (const QString &key : path)
        v = v.toObject().value(key);
    return v;
}

QStringList PhraseBank::voiced(const QString &language, const QStringList &path, const VoiceKey &voice) const
{
    const QJsonObject voices = node(language, path).toObject();
    QStringList keys;
    if (!voice.dialect.isEmpty())
        keys << voice.voice + QLatin1Char('_') + voice.dialect;
    keys << voice.voice << QStringLiteral("any") << QStringLiteral("friendly");
    for (const QString &key : keys) {
        const QStringList found = strings(voices.value(key));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QString PhraseBank::text(const QString &language, const QStringList &path) const
{
    return node(language, path).toString();
}

QStringList PhraseBank::list(const QString &language, const QStringList &path) const
{
    return strings(node(language, path));
}

double PhraseBank::number(const QString &language, const QStringList &path, double fallback) const
{
    return node(language, path).toDouble(fallback);
}

QString PhraseBank::angleOf(const QString &contentType) const
{
    return m_tables.value(QLatin1String("angle_of_type")).toObject().value(contentType).toString(QStringLiteral("reveal"));
}

QString PhraseBank::occasionGroup(const QString &occasionId) const
{
    return m_tables.value(QLatin1String("occasion_group")).toObject().value(occasionId).toString(QStringLiteral("none"));
}

QString PhraseBank::ctaType(const QString &channel, const QString &objective) const
{
    const QJsonObject table = m_tables.value(QLatin1String("cta_types")).toObject().value(channel).toObject();
    return table.value(objective).toString(table.value(QLatin1String("traffic")).toString());
}

QString PhraseBank::utmMedium(const QString &kind) const
{
    return m_tables.value(QLatin1String("utm_medium")).toObject().value(kind).toString(kind);
}

QString PhraseBank::dialectOf(const QString &countryCode) const
{
    if (strings(m_tables.value(QLatin1String("gcc_countries"))).contains(countryCode))
        return QStringLiteral("gulf");
    if (strings(m_tables.value(QLatin1String("egypt_countries"))).contains(countryCode))
        return QStringLiteral("egypt");
    return {};
}

} // namespace cf
