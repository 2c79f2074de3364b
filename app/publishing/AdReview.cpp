#include "app/publishing/AdReview.h"

#include "models/domain/AdEntity.h"
#include "platforms/metrics/MetaInsightsReader.h"
#include "platforms/metrics/SnapchatAdsReader.h"
#include "platforms/metrics/TikTokAdsReader.h"

#include <QCoreApplication>

namespace cf {

namespace {

// The readers' verdicts say whether an ad is live, rejected or failed;
// "pending" also covers paused ads, so the review words are told apart here.
bool looksLikeReview(const QString &status)
{
    const QString s = status.toUpper();
    return s.contains(QLatin1String("REVIEW")) || s.contains(QLatin1String("AUDIT"))
           || s.contains(QLatin1String("PENDING")) || s.contains(QLatin1String("IN_PROCESS"))
           || s == QLatin1String("PREAPPROVED");
}

} // namespace

AdReview adReviewFor(Platform platform, const QString &platformStatus)
{
    if (platformStatus.isEmpty())
        return AdReview::NotRead;
    EntityVerdict verdict = EntityVerdict::Pending;
    switch (platform) {
    case Platform::Facebook:
    case Platform::Instagram: verdict = MetaInsightsReader::verdictForAdStatus(platformStatus); break;
    case Platform::TikTok: verdict = TikTokAdsReader::verdictFor(platformStatus); break;
    case Platform::Snapchat: verdict = SnapchatAdsReader::verdictFor(platformStatus); break;
    default: return AdReview::Other;
    }
    switch (verdict) {
    case EntityVerdict::Live: return AdReview::Approved;
    case EntityVerdict::Rejected: return AdReview::Rejected;
    case EntityVerdict::Failed: return AdReview::Problem;
    case EntityVerdict::Pending: break;
    }
    return looksLikeReview(platformStatus) ? AdReview::PendingReview : AdReview::Other;
}

QString adReviewDisplayName(AdReview review, const QString &platformStatus)
{
    switch (review) {
    case AdReview::NotRead: return QCoreApplication::translate("cf::AdReview", "Not checked yet");
    case AdReview::PendingReview: return QCoreApplication::translate("cf::AdReview", "Pending review");
    case AdReview::Approved: return QCoreApplication::translate("cf::AdReview", "Approved");
    case AdReview::Rejected: return QCoreApplication::translate("cf::AdReview", "Rejected");
    case AdReview::Problem:
        return QCoreApplication::translate("cf::AdReview", "Problem (%1)").arg(platformStatus);
    case AdReview::Other: break;
    }
    return platformStatus;
}

QString adNetworkName(Platform platform)
{
    if (platform == Platform::Facebook || platform == Platform::Instagram)
        return QCoreApplication::translate("cf::AdReview", "Meta", "the company whose ads manager runs Facebook and Instagram ads");
    return platformDisplayName(platform);
}

QString adReviewAction(AdReview review, Platform platform)
{
    if (review != AdReview::Rejected)
        return {};
    return QCoreApplication::translate("cf::AdReview",
                                       "%1 rejected this ad. Read the reason in %2's ads manager and change the text "
                                       "or image there to follow its advertising policies (the ad is reviewed again), "
                                       "or cancel the item here.")
        .arg(platformDisplayName(platform), adNetworkName(platform));
}

QString adDeliveryDisplayName(const QString &adDelivery)
{
    if (adDelivery == enumId(AdDelivery::Active))
        return QCoreApplication::translate("cf::AdReview", "Delivering");
    if (adDelivery == enumId(AdDelivery::Paused))
        return QCoreApplication::translate("cf::AdReview", "Paused");
    return QCoreApplication::translate("cf::AdReview", "Paused until switched on");
}

} // namespace cf
