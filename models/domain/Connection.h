#pragma once

#include "models/domain/EnumIds.h"
#include "models/domain/Platform.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace cf {

// NeedsRelogin: a refresh was refused or no renewable grant is left; the
// user must sign in again (the Connections screen says so).
enum class ConnectionStatus { Connected, Expired, Revoked, Error, NeedsRelogin };
template <>
struct EnumIdTable<ConnectionStatus>
{
    static constexpr EnumIdEntries<ConnectionStatus, 5> entries{{
        {ConnectionStatus::Connected, "connected"},
        {ConnectionStatus::Expired, "expired"},
        {ConnectionStatus::Revoked, "revoked"},
        {ConnectionStatus::Error, "error"},
        {ConnectionStatus::NeedsRelogin, "needs_relogin"},
    }};
};

// What a connection row stands for. A signed-in user account is the parent
// of what was found through it: Facebook Pages, Instagram business accounts,
// ad accounts, TikTok advertisers.
enum class ConnectionKind { Account, Page, InstagramAccount, AdAccount, Advertiser };
template <>
struct EnumIdTable<ConnectionKind>
{
    static constexpr EnumIdEntries<ConnectionKind, 5> entries{{
        {ConnectionKind::Account, "account"},
        {ConnectionKind::Page, "page"},
        {ConnectionKind::InstagramAccount, "instagram_account"},
        {ConnectionKind::AdAccount, "ad_account"},
        {ConnectionKind::Advertiser, "advertiser"},
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
    ConnectionKind kind = ConnectionKind::Account;
    std::optional<qint64> parentId; // the account a page or ad account was found through
    QString provider;   // OAuth provider id ("facebook", "tiktok_ads"; "wordpress" for app passwords)
    QString pictureUrl; // avatar or page picture, as the platform gave it
    QString apiBase;    // per-account API root: Mailchimp's api_endpoint, a WordPress site URL
    bool selected = true; // chosen for publishing

    friend bool operator==(const Connection &, const Connection &) = default;
};

void to_json(nlohmann::json &j, const Connection &value);
void from_json(const nlohmann::json &j, Connection &value);

} // namespace cf
