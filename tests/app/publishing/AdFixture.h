#pragma once

// PublishFixture plus what paid ads need: a Meta ad account under the
// signed-in account, an Instagram account under the Page, ad sets and ad
// items (content items with an ad set) with targets on the ad account.

#include "models/domain/AdSet.h"
#include "models/store/AdSetRepository.h"
#include "tests/app/publishing/PublishFixture.h"

namespace cf::test {

class AdFixture : public PublishFixture
{
public:
    explicit AdFixture(const QString &connectionName, AutomationLevel level = AutomationLevel::SemiAutomatic)
        : PublishFixture(connectionName, level)
    {
        if (!PublishFixture::ok())
            return;
        Connection ads;
        ads.platform = Platform::Facebook;
        ads.kind = ConnectionKind::AdAccount;
        ads.accountId = QStringLiteral("act_2000001");
        ads.accountName = QStringLiteral("Noura Ads");
        ads.provider = QStringLiteral("facebook");
        ads.parentId = accountId;
        auto adsRow = ConnectionRepository(db).upsert(ads);
        Connection instagram;
        instagram.platform = Platform::Instagram;
        instagram.kind = ConnectionKind::InstagramAccount;
        instagram.accountId = QStringLiteral("17841400000000001");
        instagram.accountName = QStringLiteral("noura.boutique");
        instagram.provider = QStringLiteral("facebook");
        instagram.parentId = pageId;
        auto instagramRow = ConnectionRepository(db).upsert(instagram);
        adAccountId = adsRow ? *adsRow : 0;
        instagramId = instagramRow ? *instagramRow : 0;
        adSetId = addAdSet(QStringLiteral("Riyadh women 25-40"), 3000); // x 31 days fits the campaign's 1,000 SAR
        m_adOk = adsRow && instagramRow && adSetId > 0;
    }

    bool ok() const { return PublishFixture::ok() && m_adOk; }

    // A daily budget in SAR minor units.
    qint64 addAdSet(const QString &name, qint64 dailyMinor)
    {
        AdSet s;
        s.campaignId = campaignId;
        s.platform = Platform::Facebook;
        s.name = name;
        s.targeting.locations = {QStringLiteral("Riyadh")};
        s.targeting.ageMin = 25;
        s.targeting.ageMax = 40;
        s.placements = {QStringLiteral("facebook_feed")};
        s.platformObjective = QStringLiteral("OUTCOME_SALES");
        s.budget = {{dailyMinor, QStringLiteral("SAR")}, BudgetPeriod::Daily};
        s.startUtc = noonUtc(1);
        s.endUtc = noonUtc(30);
        auto id = AdSetRepository(db).insert(s);
        return id ? *id : 0;
    }

    // An approved, queued ad of `set` at `when`; returns its id.
    qint64 addAd(const QDateTime &when, qint64 set, const QString &title = QStringLiteral("Winter coats"))
    {
        ContentItem item;
        item.campaignId = campaignId;
        item.adSetId = set;
        item.platform = Platform::Facebook;
        item.contentType = ContentType::ImagePost;
        item.scheduledUtc = when;
        item.title = {QStringLiteral("معاطف الشتاء"), title};
        item.body = {QStringLiteral("تخفيضات الشتاء"), QStringLiteral("Winter sale: 30% off")};
        ContentCopy copy;
        copy.en.language = QStringLiteral("en");
        copy.en.headline = title;
        copy.en.primaryText = QStringLiteral("Winter sale: 30% off");
        copy.en.callToAction = QStringLiteral("Shop now");
        copy.link = QStringLiteral("https://shop.example/winter?utm_source=facebook");
        copy.callToActionType = QStringLiteral("SHOP_NOW");
        item.copy = copy;
        item.approval = ApprovalState::Approved;
        item.publishState = PublishState::Queued;
        item.createdAt = when.addDays(-1);
        item.updatedAt = item.createdAt;
        auto id = ContentRepository(db).insert(item);
        return id ? *id : 0;
    }

    // The ad's target on the ad account; returns its id.
    qint64 addAdTarget(qint64 itemId)
    {
        auto id = PublishTargetRepository(db).ensure({itemId, adAccountId, Platform::Facebook, QStringLiteral("en"), false},
                                                     noonUtc(1));
        return id ? *id : 0;
    }

    qint64 adAccountId = 0;
    qint64 instagramId = 0;
    qint64 adSetId = 0;

private:
    bool m_adOk = false;
};

} // namespace cf::test
