#pragma once

#include "models/domain/EnumIds.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace cf {

enum class AuditActor { User, Automation, System };
template <>
struct EnumIdTable<AuditActor>
{
    static constexpr EnumIdEntries<AuditActor, 3> entries{{
        {AuditActor::User, "user"},
        {AuditActor::Automation, "automation"},
        {AuditActor::System, "system"},
    }};
};

// Who changed what and when: approvals, publishes, deletions, imports. Never
// holds a secret.
struct AuditEntry
{
    qint64 id = 0; // 0 until stored
    AuditActor actor = AuditActor::User;
    QString action;     // e.g. "content.approve", "campaign.import"
    QString entityType; // e.g. "campaign", "content_item"
    std::optional<qint64> entityId;
    QString detailsJson;
    QDateTime at; // UTC

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

void to_json(nlohmann::json &j, const AuditEntry &value);
void from_json(const nlohmann::json &j, AuditEntry &value);

} // namespace cf
