#pragma once

// Reading domain values out of result rows. The readers throw
// std::invalid_argument on an unknown enum id or malformed JSON text; each
// repository catches that once per call and reports StoreError::InvalidData,
// so a hand-edited or damaged row gives a clear error instead of a crash.

#include "models/domain/JsonSupport.h"
#include "models/store/SqlSupport.h"

#include <QVariant>

#include <stdexcept>
#include <string>

namespace cf::sql {

template <HasEnumIds E>
E enumColumn(const QVariant &value, const char *column)
{
    const auto parsed = enumFromId<E>(value.toString());
    if (!parsed)
        throw std::invalid_argument(std::string(column) + ": unknown value \"" + value.toString().toStdString() + "\"");
    return *parsed;
}

inline Platform platformColumn(const QVariant &value)
{
    const auto parsed = platformFromId(value.toString());
    if (!parsed)
        throw std::invalid_argument("platform: unknown value \"" + value.toString().toStdString() + "\"");
    return *parsed;
}

template <typename T>
T jsonColumn(const QVariant &value, const char *column)
{
    try {
        return nlohmann::json::parse(value.toString().toStdString()).get<T>();
    } catch (const std::exception &e) {
        throw std::invalid_argument(std::string(column) + ": " + e.what());
    }
}

template <typename T>
QString jsonText(const T &value)
{
    return QString::fromStdString(nlohmann::json(value).dump());
}

inline QDateTime instantColumn(const QVariant &value, const char *column)
{
    const QString text = value.toString();
    const QDateTime parsed = utcFromText(text);
    if (!text.isEmpty() && !parsed.isValid())
        throw std::invalid_argument(std::string(column) + ": invalid time \"" + text.toStdString() + "\"");
    return parsed;
}

inline QDate dateColumn(const QVariant &value, const char *column)
{
    const QString text = value.toString();
    const QDate parsed = dateFromText(text);
    if (!text.isEmpty() && !parsed.isValid())
        throw std::invalid_argument(std::string(column) + ": invalid date \"" + text.toStdString() + "\"");
    return parsed;
}

inline QVariant instantValue(const QDateTime &instant) { return textOrNull(utcText(instant)); }
inline QVariant dateValue(const QDate &date) { return textOrNull(dateText(date)); }

} // namespace cf::sql
