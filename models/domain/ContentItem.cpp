#include "models/domain/ContentItem.h"

#include "models/domain/JsonSupport.h"

#include <QCoreApplication>

namespace cf {

QString contentTypeDisplayName(ContentType type)
{
    switch (type) {
    case ContentType::TextPost: return QCoreApplication::translate("cf::ContentItem", "Text post");
    case ContentType::ImagePost: return QCoreApplication::translate("cf::ContentItem", "Image post");
    case ContentType::Carousel: return QCoreApplication::translate("cf::ContentItem", "Carousel");
    case ContentType::Video: return QCoreApplication::translate("cf::ContentItem", "Video");
    case ContentType::ShortVideo: return QCoreApplication::translate("cf::ContentItem", "Short video");
    case ContentType::Story: return QCoreApplication::translate("cf::ContentItem", "Story");
    case ContentType::BlogPost: return QCoreApplication::translate("cf::ContentItem", "Blog post");
    case ContentType::Email: return QCoreApplication::translate("cf::ContentItem", "E-mail");
    case ContentType::Thread: return QCoreApplication::translate("cf::ContentItem", "Thread");
    }
    return {};
}

QString approvalStateDisplayName(ApprovalState state)
{
    switch (state) {
    case ApprovalState::Pending: return QCoreApplication::translate("cf::ContentItem", "Awaiting approval");
    case ApprovalState::Approved: return QCoreApplication::translate("cf::ContentItem", "Approved");
    case ApprovalState::Rejected: return QCoreApplication::translate("cf::ContentItem", "Rejected");
    case ApprovalState::ChangesRequested: return QCoreApplication::translate("cf::ContentItem", "Changes requested");
    }
    return {};
}

QString publishStateDisplayName(PublishState state)
{
    switch (state) {
    case PublishState::Draft: return QCoreApplication::translate("cf::ContentItem", "Not queued");
    case PublishState::Queued: return QCoreApplication::translate("cf::ContentItem", "Queued");
    case PublishState::Publishing: return QCoreApplication::translate("cf::ContentItem", "Publishing");
    case PublishState::Published: return QCoreApplication::translate("cf::ContentItem", "Published");
    case PublishState::Failed: return QCoreApplication::translate("cf::ContentItem", "Failed");
    case PublishState::Unknown: return QCoreApplication::translate("cf::ContentItem", "Outcome unknown");
    case PublishState::Cancelled: return QCoreApplication::translate("cf::ContentItem", "Cancelled");
    }
    return {};
}

void to_json(nlohmann::json &j, const BilingualText &value)
{
    j = nlohmann::json{{"ar", value.ar}, {"en", value.en}};
}

void from_json(const nlohmann::json &j, BilingualText &value)
{
    jsonio::requireObject(j, "text");
    value = BilingualText{};
    jsonio::read(j, "ar", value.ar);
    jsonio::read(j, "en", value.en);
}

void to_json(nlohmann::json &j, const ContentItem &value)
{
    j = nlohmann::json{{"id", value.id},
                       {"campaign_id", value.campaignId},
                       {"platform", value.platform},
                       {"content_type", value.contentType},
                       {"phase", value.phase},
                       {"theme", value.theme},
                       {"title", value.title},
                       {"body", value.body},
                       {"call_to_action", value.callToAction},
                       {"hashtags", value.hashtags},
                       {"asset_ids", value.assetIds},
                       {"approval", value.approval},
                       {"publish_state", value.publishState},
                       {"external_id", value.externalId},
                       {"permalink", value.permalink}};
    jsonio::writeOptional(j, "ad_set_id", value.adSetId);
    jsonio::writeOptional(j, "copy", value.copy);
    jsonio::writeInstant(j, "scheduled_at", value.scheduledUtc);
    jsonio::writeInstant(j, "created_at", value.createdAt);
    jsonio::writeInstant(j, "updated_at", value.updatedAt);
}

void from_json(const nlohmann::json &j, ContentItem &value)
{
    jsonio::requireObject(j, "content item");
    value = ContentItem{};
    jsonio::read(j, "id", value.id);
    jsonio::read(j, "campaign_id", value.campaignId);
    jsonio::readOptional(j, "ad_set_id", value.adSetId);
    jsonio::read(j, "platform", value.platform);
    jsonio::read(j, "content_type", value.contentType);
    jsonio::read(j, "phase", value.phase);
    jsonio::read(j, "theme", value.theme);
    jsonio::read(j, "title", value.title);
    jsonio::read(j, "body", value.body);
    jsonio::read(j, "call_to_action", value.callToAction);
    jsonio::read(j, "hashtags", value.hashtags);
    jsonio::readOptional(j, "copy", value.copy);
    jsonio::read(j, "asset_ids", value.assetIds);
    jsonio::read(j, "approval", value.approval);
    jsonio::read(j, "publish_state", value.publishState);
    jsonio::read(j, "external_id", value.externalId);
    jsonio::read(j, "permalink", value.permalink);
    jsonio::readInstant(j, "scheduled_at", value.scheduledUtc);
    jsonio::readInstant(j, "created_at", value.createdAt);
    jsonio::readInstant(j, "updated_at", value.updatedAt);
}

} // namespace cf
