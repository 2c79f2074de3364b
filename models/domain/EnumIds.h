#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace cf {

// Every domain enum has a stable string id used in the database, in JSON and
// on the command line. A header specialises EnumIdTable<E> with the complete
// list of {value, id} pairs; the functions below do the lookups, so the ids of
// one enum live in exactly one table.
template <typename E>
struct EnumIdTable;

template <typename E>
concept HasEnumIds = requires { EnumIdTable<E>::entries; };

template <HasEnumIds E>
QString enumId(E value)
{
    for (const auto &[v, id] : EnumIdTable<E>::entries) {
        if (v == value)
            return QString::fromLatin1(id.data(), qsizetype(id.size()));
    }
    return {};
}

template <HasEnumIds E>
std::optional<E> enumFromId(QStringView id)
{
    for (const auto &[v, text] : EnumIdTable<E>::entries) {
        if (id == QLatin1String(text.data(), qsizetype(text.size())))
            return v;
    }
    return std::nullopt;
}

template <HasEnumIds E>
QStringList enumIds()
{
    QStringList ids;
    for (const auto &entry : EnumIdTable<E>::entries)
        ids << QString::fromLatin1(entry.second.data(), qsizetype(entry.second.size()));
    return ids;
}

template <typename E, std::size_t N>
using EnumIdEntries = std::array<std::pair<E, std::string_view>, N>;

} // namespace cf
