#pragma once

// The seed campaign's ads as if publishing had run: a Meta ad account and a
// TikTok advertiser, the platform campaign and ad sets (ad_entities), and
// each ad's target in a chosen state with a delivery and the platform's
// review word - for the status window and the structure view (tests and
// screenshots). Rows are written directly: what the worker and the status
// sync would have stored.
#include "models/domain/AdSet.h"
#include "models/domain/Connection.h"
#include "models/store/AdEntityRepository.h"
#include "models/store/AdSetRepository.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/PublishTargetRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace cf::test {

struct SeededAd
{
    qint64 itemId = 0;
    qint64 targetId = 0;
    Platform platform = Platform::Instagram;
};

struct SeededAds
{
    qint64 metaAccount = 0;
    qint64 tiktokAccount = 0;
    std::vector<SeededAd> ads; // in content order
    bool ok = false;
    QString failedAt; // which step did not work, for the test's message
};

inline qint64 seedConnection(const Database &db, Platform platform, ConnectionKind kind, const QString &id,
                             const QString &name, std::optional<qint64> parent)
{
    Connection c;
    c.platform = platform;
    c.kind = kind;
    c.accountId = id;
    c.accountName = name;
    c.provider = platform == Platform::TikTok ? QStringLiteral("tiktok_business") : QStringLiteral("facebook");
    c.parentId = parent;
    auto row = ConnectionRepository(db).upsert(c);
    return row ? *row : 0;
}

// Moves a target to `state` with an external id, delivery and review word.
inline bool setAdTarget(const Database &db, qint64 targetId, const QString &state, const QString &externalId,
                        const QString &delivery, const QString &platformStatus)
{
    QSqlQuery q(db.handle());
    q.prepare(QStringLiteral("UPDATE publish_targets SET state = ?, external_id = ?, ad_delivery = ?, platform_status = ? "
                             "WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(externalId);
    q.addBindValue(delivery);
    q.addBindValue(platformStatus);
    q.addBindValue(targetId);
    return q.exec() && q.numRowsAffected() == 1;
}

// Every ad of the campaign gets a target; the first Instagram ads are
// delivering and approved, one is rejected, one waits in review; TikTok's
// deliver. The Meta campaign and ad sets are active.
inline SeededAds seedPublishedAds(const Database &db, qint64 campaignId, const QDateTime &nowUtc)
{
    SeededAds seeded;
    const qint64 metaUser = seedConnection(db, Platform::Facebook, ConnectionKind::Account, QStringLiteral("1000001"),
                                           QStringLiteral("Noura Al-Saud"), std::nullopt);
    seeded.metaAccount = seedConnection(db, Platform::Facebook, ConnectionKind::AdAccount, QStringLiteral("act_2000001"),
                                        QStringLiteral("Noura Boutique Ads"), metaUser);
    const qint64 tiktokUser = seedConnection(db, Platform::TikTok, ConnectionKind::Account, QStringLiteral("tt-user-1"),
                                             QStringLiteral("Noura Boutique"), std::nullopt);
    seeded.tiktokAccount = seedConnection(db, Platform::TikTok, ConnectionKind::Advertiser, QStringLiteral("7000000000000001"),
                                          QStringLiteral("Noura Boutique Advertiser"), tiktokUser);
    seeded.failedAt = QStringLiteral("connections");
    if (!metaUser || !seeded.metaAccount || !tiktokUser || !seeded.tiktokAccount)
        return seeded;
    seeded.failedAt = QStringLiteral("ad sets / items");
    auto adSets = AdSetRepository(db).listForCampaign(campaignId);
    auto items = ContentRepository(db).listForCampaign(campaignId);
    if (!adSets || !items)
        return seeded;
    const AdEntityRepository entities(db);
    int adSetNumber = 0;
    for (const AdSet &set : *adSets) {
        const bool tiktok = set.platform == Platform::TikTok;
        const qint64 account = tiktok ? seeded.tiktokAccount : seeded.metaAccount;
        const Platform entityPlatform = tiktok ? Platform::TikTok : Platform::Facebook;
        const QString campaignExternal = tiktok ? QStringLiteral("1790000000000001") : QStringLiteral("120210000000001");
        seeded.failedAt = QStringLiteral("campaign entity");
        if (!entities.upsertExternalId({campaignId, account, std::nullopt}, entityPlatform, campaignExternal, std::nullopt,
                                       nowUtc))
            return seeded;
        seeded.failedAt = QStringLiteral("ad set entity");
        ++adSetNumber;
        const QString setExternal = tiktok ? QStringLiteral("17900000000001%1").arg(adSetNumber, 2, 10, QLatin1Char('0'))
                                           : QStringLiteral("1202100000001%1").arg(adSetNumber, 2, 10, QLatin1Char('0'));
        if (!entities.upsertExternalId({campaignId, account, set.id}, entityPlatform, setExternal,
                                       PushedBudget{set.budget.amount.minor, set.budget.period}, nowUtc))
            return seeded;
    }
    const PublishTargetRepository targets(db);
    int instagram = 0;
    int tiktok = 0;
    for (const ContentItem &item : *items) {
        if (!item.adSetId)
            continue;
        const bool isTikTok = item.platform == Platform::TikTok;
        const qint64 account = isTikTok ? seeded.tiktokAccount : seeded.metaAccount;
        seeded.failedAt = QStringLiteral("target");
        auto target = targets.ensure({item.id, account, item.platform, QStringLiteral("en"), false}, nowUtc);
        if (!target) {
            seeded.failedAt += QLatin1Char(' ') + target.error().fullText();
            return seeded;
        }
        seeded.failedAt = QStringLiteral("target state");
        seeded.ads.push_back({item.id, *target, item.platform});
        bool set = true;
        if (isTikTok) {
            ++tiktok;
            set = tiktok <= 2 ? setAdTarget(db, *target, QStringLiteral("published"), QStringLiteral("18000000000000%1").arg(tiktok),
                                            QStringLiteral("active"), QStringLiteral("AD_STATUS_DELIVERY_OK"))
                              : true; // the rest are still scheduled
        } else {
            ++instagram;
            const QString id = QStringLiteral("12021000000100%1").arg(instagram);
            switch (instagram) {
            case 1: set = setAdTarget(db, *target, QStringLiteral("published"), id, QStringLiteral("active"), QStringLiteral("ACTIVE")); break;
            case 2: set = setAdTarget(db, *target, QStringLiteral("published"), id, QStringLiteral("active"), QStringLiteral("DISAPPROVED")); break;
            case 3: set = setAdTarget(db, *target, QStringLiteral("published"), id, QStringLiteral(""), QStringLiteral("PENDING_REVIEW")); break;
            default: break; // still scheduled
            }
        }
        if (!set)
            return seeded;
    }
    QSqlQuery on(db.handle());
    on.prepare(QStringLiteral("UPDATE ad_entities SET delivery = 'active' WHERE campaign_id = ?"));
    on.addBindValue(campaignId);
    seeded.failedAt = seeded.ads.empty() ? QStringLiteral("no ads") : QStringLiteral("delivery");
    seeded.ok = on.exec() && !seeded.ads.empty();
    if (seeded.ok)
        seeded.failedAt.clear();
    return seeded;
}

} // namespace cf::test
