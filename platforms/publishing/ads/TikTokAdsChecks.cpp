// TikTokAdsPublisher::checkLimits: TikTok's limits, checked before anything is sent.
#include "platforms/publishing/ads/TikTokAdsPublisher.h"

#include "platforms/publishing/PublishMediaKinds.h"
#include "platforms/publishing/PublishText.h"
#include "platforms/publishing/ads/TikTokAdsRules.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cf {

QStringList TikTokAdsPublisher::checkLimits(const PublishRequest &request) const
{
    const char *context = "cf::TikTokAdsPublisher";
    QStringList problems;
    if (!request.ad)
        return {QCoreApplication::translate(context, "This item belongs to no ad group, so it cannot run as a TikTok ad.")};
    const AdSet &adSet = request.ad->adSet;
    const QString text = publishtext::primaryText(request);
    const int length = tiktokads::textLength(text);
    if (length < 1 || length > tiktokads::kMaxAdText)
        problems << QCoreApplication::translate(context, "The ad text has %1 characters; TikTok needs 1 to %2 (Chinese, Japanese and Korean characters count twice).")
                        .arg(length).arg(tiktokads::kMaxAdText);
    if (tiktokads::hasEmoji(text))
        problems << QCoreApplication::translate(context, "TikTok ad text may not contain emoji.");
    const int nameLength = tiktokads::textLength(tiktokads::displayName(request));
    if (nameLength < 1 || nameLength > tiktokads::kMaxDisplayName)
        problems << QCoreApplication::translate(context, "The brand name shown on the ad has %1 characters; TikTok needs 1 to %2.").arg(nameLength).arg(tiktokads::kMaxDisplayName);
    if (tiktokads::landingUrl(request).isEmpty())
        problems << QCoreApplication::translate(context, "A TikTok ad needs a landing page address.");
    const PublishMedia *video = firstVideo(request);
    const PublishMedia *image = tiktokads::firstImage(request);
    if (!video && !image)
        problems << QCoreApplication::translate(context, "A TikTok ad needs a video (or, outside the TikTok app, an image).");
    if (!video && image && tiktokads::placementsOf(adSet).contains(QLatin1String("PLACEMENT_TIKTOK")))
        problems << QCoreApplication::translate(context, "TikTok does not show single-image ads in the TikTok app; give this ad a video.");
    if (video) {
        static const QStringList kVideoTypes{QStringLiteral("video/mp4"), QStringLiteral("video/quicktime"), QStringLiteral("video/mpeg"),
                                             QStringLiteral("video/x-msvideo"), QStringLiteral("video/avi")};
        if (!kVideoTypes.contains(video->mimeType))
            problems << QCoreApplication::translate(context, "TikTok ads take MP4, MOV, MPEG or AVI videos, not %1.").arg(video->mimeType);
        if (video->sizeBytes > tiktokads::kMaxVideoBytes)
            problems << QCoreApplication::translate(context, "The video is larger than TikTok's 500 MB limit for ads.");
    }
    if (image) {
        if (image->mimeType != QLatin1String("image/jpeg") && image->mimeType != QLatin1String("image/png"))
            problems << QCoreApplication::translate(context, "TikTok ad images must be JPEG or PNG; %1 is %2.").arg(QFileInfo(image->path).fileName(), image->mimeType);
        if (image->sizeBytes > tiktokads::kMaxImageBytes || qint64(image->width) * image->height > tiktokads::kMaxImagePixels)
            problems << QCoreApplication::translate(context, "The image %1 is larger than TikTok allows (50 MB, 3,686,400 pixels).").arg(QFileInfo(image->path).fileName());
    }
    if (adSet.targeting.locations.isEmpty())
        problems << QCoreApplication::translate(context, "A TikTok ad group needs at least one location.");
    const auto goal = tiktokads::goalFor(tiktokads::effectiveObjective(adSet.platformObjective));
    if (!goal)
        problems << QCoreApplication::translate(context, "TikTok has no objective \"%1\".").arg(adSet.platformObjective);
    else if (goal->needsPixel || goal->needsApp)
        problems << QCoreApplication::translate(context, "This TikTok objective needs an app, which CampaignForge cannot attach yet; choose sales, traffic, reach, video views, engagement or leads.");
    const double budget = moneyToMajor(adSet.budget.amount);
    if (budget <= 0) {
        problems << QCoreApplication::translate(context, "The ad group has no budget.");
    } else if (const auto minimum = tiktokads::minimumDailyBudget(adSet.budget.amount.currency)) {
        const bool daily = adSet.budget.period == BudgetPeriod::Daily;
        const double required = daily ? *minimum : *minimum * tiktokads::budgetDays(adSet.startUtc, adSet.endUtc);
        if (budget < required)
            problems << QCoreApplication::translate(context, "TikTok needs at least %1 %2 for this ad group (%3 a day); it has %4.")
                            .arg(QString::number(required, 'f', 2), adSet.budget.amount.currency, QString::number(*minimum, 'f', 2),
                                 QString::number(budget, 'f', 2));
    }
    if (adSet.budget.period == BudgetPeriod::Total && (!adSet.startUtc.isValid() || !adSet.endUtc.isValid() || adSet.endUtc <= adSet.startUtc))
        problems << QCoreApplication::translate(context, "A total budget on TikTok needs a start and a later end date.");
    return problems;
}

} // namespace cf
