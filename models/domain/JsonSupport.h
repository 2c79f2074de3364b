#pragma once

// JSON plumbing for the domain .cpp files (not for headers: it pulls in the
// whole of nlohmann/json). Qt strings and lists map to JSON strings and
// arrays, enums to their string ids, dates and instants to TimeText's forms.
// Readers are lenient about missing keys (the default stays) and strict about
// wrong types and unknown ids: they throw, and the import boundary turns the
// exception into a translated error.

#include "models/domain/EnumIds.h"
#include "models/domain/Platform.h"
#include "models/domain/TimeText.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <stdexcept>
#include <vector>

namespace nlohmann {
template <>
struct adl_serializer<QString>
{
    static void to_json(json &j, const QString &value) { j = value.toStdString(); }
    static void from_json(const json &j, QString &value) { value = QString::fromStdString(j.get<std::string>()); }
};
template <>
struct adl_serializer<QStringList>
{
    static void to_json(json &j, const QStringList &value)
    {
        j = json::array();
        for (const QString &s : value)
            j.push_back(s.toStdString());
    }
    static void from_json(const json &j, QStringList &value)
    {
        if (!j.is_array())
            throw std::invalid_argument("expected an array of strings");
        value.clear();
        for (const auto &item : j)
            value << QString::fromStdString(item.get<std::string>());
    }
};
} // namespace nlohmann

namespace cf {

template <HasEnumIds E>
void to_json(nlohmann::json &j, const E &value)
{
    j = enumId(value).toStdString();
}

template <HasEnumIds E>
void from_json(const nlohmann::json &j, E &value)
{
    const QString id = QString::fromStdString(j.get<std::string>());
    const auto parsed = enumFromId<E>(id);
    if (!parsed)
        throw std::invalid_argument("unknown id \"" + id.toStdString() + "\"");
    value = *parsed;
}

inline void to_json(nlohmann::json &j, const Platform &value) { j = platformId(value).toStdString(); }
inline void from_json(const nlohmann::json &j, Platform &value)
{
    const QString id = QString::fromStdString(j.get<std::string>());
    const auto parsed = platformFromId(id);
    if (!parsed)
        throw std::invalid_argument("unknown platform \"" + id.toStdString() + "\"");
    value = *parsed;
}

namespace jsonio {

// Reads key into out when present and not null; otherwise leaves out alone.
template <typename T>
void read(const nlohmann::json &j, const char *key, T &out)
{
    const auto it = j.find(key);
    if (it != j.end() && !it->is_null())
        it->get_to(out);
}

template <typename T>
void writeOptional(nlohmann::json &j, const char *key, const std::optional<T> &value)
{
    if (value)
        j[key] = *value;
    else
        j[key] = nullptr;
}

template <typename T>
void readOptional(const nlohmann::json &j, const char *key, std::optional<T> &out)
{
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) {
        out.reset();
        return;
    }
    out = it->get<T>();
}

inline void writeDate(nlohmann::json &j, const char *key, const QDate &date)
{
    if (date.isValid())
        j[key] = dateText(date).toStdString();
    else
        j[key] = nullptr;
}

inline void readDate(const nlohmann::json &j, const char *key, QDate &out)
{
    QString text;
    read(j, key, text);
    out = dateFromText(text);
    if (!text.isEmpty() && !out.isValid())
        throw std::invalid_argument(std::string("invalid date in \"") + key + "\"");
}

inline void writeInstant(nlohmann::json &j, const char *key, const QDateTime &instant)
{
    if (instant.isValid())
        j[key] = utcText(instant).toStdString();
    else
        j[key] = nullptr;
}

inline void readInstant(const nlohmann::json &j, const char *key, QDateTime &out)
{
    QString text;
    read(j, key, text);
    out = utcFromText(text);
    if (!text.isEmpty() && !out.isValid())
        throw std::invalid_argument(std::string("invalid UTC time in \"") + key + "\"");
}

// Throws unless j is an object: every domain reader starts with this.
inline void requireObject(const nlohmann::json &j, const char *what)
{
    if (!j.is_object())
        throw std::invalid_argument(std::string(what) + " must be a JSON object");
}

} // namespace jsonio
} // namespace cf
