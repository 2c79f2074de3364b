#pragma once

#include "models/domain/EnumIds.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace cf {

enum class LogLevel { Info, Warning, Error };
template <>
struct EnumIdTable<LogLevel>
{
    static constexpr EnumIdEntries<LogLevel, 3> entries{{
        {LogLevel::Info, "info"},
        {LogLevel::Warning, "warning"},
        {LogLevel::Error, "error"},
    }};
};

// Something the automation did or declined to do ("published item 12",
// "skipped: not approved"), shown to the owner in the campaign's activity.
struct AutomationLog
{
    qint64 id = 0; // 0 until stored
    std::optional<qint64> campaignId;
    std::optional<qint64> contentItemId;
    LogLevel level = LogLevel::Info;
    QString event;       // machine code, e.g. "publish_skipped"
    QString message;     // translated, for people
    QString detailsJson; // extra structured facts, compact JSON text
    QDateTime at;        // UTC

    friend bool operator==(const AutomationLog &, const AutomationLog &) = default;
};

void to_json(nlohmann::json &j, const AutomationLog &value);
void from_json(const nlohmann::json &j, AutomationLog &value);

} // namespace cf
