#pragma once

#include "models/domain/EnumIds.h"
#include "models/domain/Platform.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace cf {

enum class ConnectionStatus { Connected, Expired, Revoked, Error };
template <>
struct EnumIdTable<ConnectionStatus>
{
    static constexpr EnumIdEntries<ConnectionStatus, 4> entries{{
        {ConnectionStatus::Connected, "connected"},
        {ConnectionStatus::Expired, "expired"},
        {ConnectionStatus::Revoked, "revoked"},
        {ConnectionStatus::Error, "error"},
    }};
};

// A connected platform account. Deliberately holds no token, secret or
// password: those live only in the OS keychain, keyed by this id.
struct Connection
{
    qint64 id = 0; // 0 until stored
    std::optional<qint64> workspaceId;
    Platform platform = Platform::Facebook;
    QString accountId;
    QString accountName;
    QStringList scopes;
    QDateTime expiresAt; // UTC; invalid when the grant does not expire
    ConnectionStatus status = ConnectionStatus::Connected;
    QString statusDetail; // why it is not connected, translated
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Connection &, const Connection &) = default;
};

void to_json(nlohmann::json &j, const Connection &value);
void from_json(const nlohmann::json &j, Connection &value);

} // namespace cf
