#include "app/planning/data/PlanningJson.h"

#include "resources/ResourceFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace cf::planningjson {

QString invalid(const QString &resourcePath, const QString &what)
{
    return QCoreApplication::translate("cf::PlanningData", "The planning table %1 is invalid: %2.").arg(resourcePath, what);
}

std::optional<QJsonObject> readObject(const QString &resourcePath, QString *error)
{
    QString readError;
    const QByteArray bytes = readResource(resourcePath, &readError);
    if (bytes.isEmpty()) {
        if (error)
            *error = readError.isEmpty() ? invalid(resourcePath, QStringLiteral("empty")) : readError;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = invalid(resourcePath, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                          : QStringLiteral("not an object"));
        return std::nullopt;
    }
    return doc.object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString())
            list << v.toString();
    }
    return list;
}

Bilingual bilingual(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return Bilingual{o.value(QLatin1String("en")).toString(), o.value(QLatin1String("ar")).toString()};
}

std::optional<QTime> clockTime(const QJsonValue &value)
{
    const QTime t = QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
    if (!t.isValid())
        return std::nullopt;
    return t;
}

ValueRange range(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    if (a.size() != 2)
        return {};
    return ValueRange{a.at(0).toDouble(), a.at(1).toDouble()};
}

} // namespace cf::planningjson
