// SnapchatAdsPublisher::checkLimits: Snapchat's limits, checked before anything is sent.
#include "platforms/publishing/ads/SnapchatAdsPublisher.h"

#include "platforms/publishing/PublishMediaKinds.h"
#include "platforms/publishing/PublishText.h"
#include "platforms/publishing/ads/SnapchatAdsRules.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cf {

QStringList SnapchatAdsPublisher::checkLimits(const PublishRequest &request) const
{
    const char *context = "cf::SnapchatAdsPublisher";
    if (!request.ad)
        return {QCoreApplication::translate(context, "This item belongs to no ad squad, so it cannot run as a Snapchat ad.")};
    QStringList problems;
    const AdSet &adSet = request.ad->adSet;
    const int headline = int(publishtext::headline(request).toUcs4().size());
    if (headline < 1 || headline > snapchatads::kMaxHeadline)
        problems << QCoreApplication::translate(context, "The headline has %1 characters; Snapchat needs 1 to %2.").arg(headline).arg(snapchatads::kMaxHeadline);
    const int brand = int(snapchatads::brandName(request).toUcs4().size());
    if (brand < 1 || brand > m_brandNameLimit)
        problems << QCoreApplication::translate(context, "The brand name has %1 characters; Snapchat needs 1 to %2.").arg(brand).arg(m_brandNameLimit);
    if (request.ad->adName.size() > snapchatads::kMaxName || request.ad->adSetName.size() > snapchatads::kMaxName
        || request.ad->campaignName.size() > snapchatads::kMaxName)
        problems << QCoreApplication::translate(context, "Snapchat names are at most %1 characters.").arg(snapchatads::kMaxName);
    const QString url = snapchatads::landingUrl(request);
    if (!url.startsWith(QLatin1String("https://")) && !url.startsWith(QLatin1String("http://")))
        problems << QCoreApplication::translate(context, "A Snapchat web view ad needs a web address to open.");
    const PublishMedia *media = snapchatads::topSnapMedia(request);
    if (!media) {
        problems << QCoreApplication::translate(context, "A Snapchat ad needs an image or a video.");
    } else if (isVideoMedia(*media)) {
        if (media->mimeType != QLatin1String("video/mp4") && media->mimeType != QLatin1String("video/quicktime"))
            problems << QCoreApplication::translate(context, "Snapchat takes MP4 or MOV videos, not %1.").arg(media->mimeType);
        if (media->sizeBytes > snapchatads::kMaxVideoBytes)
            problems << QCoreApplication::translate(context, "The video is larger than Snapchat's 32 MB limit.");
        if (media->durationSeconds > 0 && (media->durationSeconds < snapchatads::kMinVideoSeconds || media->durationSeconds > snapchatads::kMaxVideoSeconds))
            problems << QCoreApplication::translate(context, "The video lasts %1 s; Snapchat takes 3 to 180 s.").arg(qRound(media->durationSeconds));
    } else {
        if (media->mimeType != QLatin1String("image/jpeg") && media->mimeType != QLatin1String("image/png"))
            problems << QCoreApplication::translate(context, "Snapchat takes JPEG or PNG images; %1 is %2.").arg(QFileInfo(media->path).fileName(), media->mimeType);
        if (media->sizeBytes > snapchatads::kMaxImageBytes)
            problems << QCoreApplication::translate(context, "The image %1 is larger than Snapchat's 5 MB limit.").arg(QFileInfo(media->path).fileName());
    }
    if (adSet.targeting.locations.isEmpty())
        problems << QCoreApplication::translate(context, "A Snapchat ad squad needs at least one location.");
    if (!snapchatads::optimizationGoalFor(snapchatads::effectiveObjective(adSet.platformObjective)))
        problems << QCoreApplication::translate(context, "The Snapchat objective \"%1\" needs an app or a place, which CampaignForge cannot attach yet.")
                        .arg(adSet.platformObjective);
    const qint64 micro = snapchatads::toMicro(adSet.budget.amount);
    if (micro <= 0)
        problems << QCoreApplication::translate(context, "The ad squad has no budget.");
    else if (adSet.budget.period == BudgetPeriod::Daily && micro < snapchatads::kMinDailyBudgetMicro)
        problems << QCoreApplication::translate(context, "Snapchat needs a daily budget of at least 5 %1 for an ad squad.").arg(adSet.budget.amount.currency);
    if (adSet.budget.period == BudgetPeriod::Total && !adSet.endUtc.isValid())
        problems << QCoreApplication::translate(context, "A lifetime budget on Snapchat needs an end date.");
    return problems;
}

} // namespace cf
