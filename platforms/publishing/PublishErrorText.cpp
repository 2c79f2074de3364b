#include "platforms/publishing/PublishErrorText.h"

#include <QCoreApplication>

namespace cf {

PublishErrorText PublishErrorText::forKind(PublishErrorKind kind)
{
    switch (kind) {
    case PublishErrorKind::None:
        return {QCoreApplication::translate("cf::PublishErrorText", "No error."), QString()};
    case PublishErrorKind::InsufficientBudget:
        return {QCoreApplication::translate("cf::PublishErrorText", "The budget is below the platform's minimum or the ad account has no funds."),
                QCoreApplication::translate("cf::PublishErrorText", "Raise the budget or add a payment method to the ad account, then retry.")};
    case PublishErrorKind::InvalidTargeting:
        return {QCoreApplication::translate("cf::PublishErrorText", "The platform rejected the audience targeting."),
                QCoreApplication::translate("cf::PublishErrorText", "Widen or correct the audience (places, ages, interests) and retry.")};
    case PublishErrorKind::ContentPolicyViolation:
        return {QCoreApplication::translate("cf::PublishErrorText", "The platform rejected the content under its policies."),
                QCoreApplication::translate("cf::PublishErrorText", "Edit the text or media so it follows the platform's rules, or appeal on the platform.")};
    case PublishErrorKind::RateLimited:
        return {QCoreApplication::translate("cf::PublishErrorText", "The platform is limiting how often this account can publish."),
                QCoreApplication::translate("cf::PublishErrorText", "Nothing to do: CampaignForge retries automatically after the platform's waiting time.")};
    case PublishErrorKind::TokenExpiredOrInvalid:
        return {QCoreApplication::translate("cf::PublishErrorText", "The connection to the account has expired or was revoked."),
                QCoreApplication::translate("cf::PublishErrorText", "Reconnect the account in Connections, then retry.")};
    case PublishErrorKind::PermissionMissing:
        return {QCoreApplication::translate("cf::PublishErrorText", "The connected account lacks a permission this post needs."),
                QCoreApplication::translate("cf::PublishErrorText", "Reconnect the account and grant every permission asked for, or ask the Page or account admin for the right role.")};
    case PublishErrorKind::MediaRejected:
        return {QCoreApplication::translate("cf::PublishErrorText", "The platform rejected the image or video (format, size, length or address)."),
                QCoreApplication::translate("cf::PublishErrorText", "Regenerate or replace the media in a supported format and size, then retry.")};
    case PublishErrorKind::Duplicate:
        return {QCoreApplication::translate("cf::PublishErrorText", "The platform refused the post as a duplicate of an earlier one."),
                QCoreApplication::translate("cf::PublishErrorText", "Change the text before publishing again, or check whether the earlier post is already live.")};
    case PublishErrorKind::PlatformUnavailable:
        return {QCoreApplication::translate("cf::PublishErrorText", "The platform could not be reached or had a temporary failure."),
                QCoreApplication::translate("cf::PublishErrorText", "Check the internet connection; CampaignForge retries automatically when it is safe.")};
    case PublishErrorKind::ContentOutOfLimits:
        return {QCoreApplication::translate("cf::PublishErrorText", "The content exceeds the platform's limits, so nothing was sent."),
                QCoreApplication::translate("cf::PublishErrorText", "Shorten the text or change the media as listed, then retry.")};
    case PublishErrorKind::Unknown:
        return {QCoreApplication::translate("cf::PublishErrorText", "It is not known whether the platform applied the request."),
                QCoreApplication::translate("cf::PublishErrorText", "Open the account on the platform and check whether the post exists before publishing again.")};
    }
    return {QCoreApplication::translate("cf::PublishErrorText", "Unexpected error."), QString()};
}

QString PublishErrorText::describe(const PublishOutcome &outcome)
{
    const PublishErrorText text = forKind(outcome.error);
    if (outcome.platformMessage.isEmpty())
        return text.message;
    return QCoreApplication::translate("cf::PublishErrorText", "%1 (The platform said: %2)").arg(text.message, outcome.platformMessage);
}

QString PublishErrorText::kindId(PublishErrorKind kind)
{
    switch (kind) {
    case PublishErrorKind::None: return QStringLiteral("none");
    case PublishErrorKind::InsufficientBudget: return QStringLiteral("insufficient_budget");
    case PublishErrorKind::InvalidTargeting: return QStringLiteral("invalid_targeting");
    case PublishErrorKind::ContentPolicyViolation: return QStringLiteral("content_policy_violation");
    case PublishErrorKind::RateLimited: return QStringLiteral("rate_limited");
    case PublishErrorKind::TokenExpiredOrInvalid: return QStringLiteral("token_expired_or_invalid");
    case PublishErrorKind::PermissionMissing: return QStringLiteral("permission_missing");
    case PublishErrorKind::MediaRejected: return QStringLiteral("media_rejected");
    case PublishErrorKind::Duplicate: return QStringLiteral("duplicate");
    case PublishErrorKind::PlatformUnavailable: return QStringLiteral("platform_unavailable");
    case PublishErrorKind::ContentOutOfLimits: return QStringLiteral("content_out_of_limits");
    case PublishErrorKind::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

} // namespace cf
