#pragma once

#include "models/domain/ContentCopy.h"
#include "models/domain/EnumIds.h"
#include "models/domain/Platform.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <vector>

namespace cf {

// The format of a piece of content (what the platform receives).
enum class ContentType { TextPost, ImagePost, Carousel, Video, ShortVideo, Story, BlogPost, Email, Thread };
template <>
struct EnumIdTable<ContentType>
{
    static constexpr EnumIdEntries<ContentType, 9> entries{{
        {ContentType::TextPost, "text_post"},
        {ContentType::ImagePost, "image_post"},
        {ContentType::Carousel, "carousel"},
        {ContentType::Video, "video"},
        {ContentType::ShortVideo, "short_video"},
        {ContentType::Story, "story"},
        {ContentType::BlogPost, "blog_post"},
        {ContentType::Email, "email"},
        {ContentType::Thread, "thread"},
    }};
};

enum class ApprovalState { Pending, Approved, Rejected, ChangesRequested };
template <>
struct EnumIdTable<ApprovalState>
{
    static constexpr EnumIdEntries<ApprovalState, 4> entries{{
        {ApprovalState::Pending, "pending"},
        {ApprovalState::Approved, "approved"},
        {ApprovalState::Rejected, "rejected"},
        {ApprovalState::ChangesRequested, "changes_requested"},
    }};
};

// Where an item is on its way out. Unknown: a publish attempt started but its
// outcome was never recorded (crash); it must be reconciled, never re-sent blindly.
enum class PublishState { Draft, Queued, Publishing, Published, Failed, Unknown, Cancelled };
template <>
struct EnumIdTable<PublishState>
{
    static constexpr EnumIdEntries<PublishState, 7> entries{{
        {PublishState::Draft, "draft"},
        {PublishState::Queued, "queued"},
        {PublishState::Publishing, "publishing"},
        {PublishState::Published, "published"},
        {PublishState::Failed, "failed"},
        {PublishState::Unknown, "unknown"},
        {PublishState::Cancelled, "cancelled"},
    }};
};

QString contentTypeDisplayName(ContentType type);
QString approvalStateDisplayName(ApprovalState state);
QString publishStateDisplayName(PublishState state);

// A text in both languages; either may be empty.
struct BilingualText
{
    QString ar;
    QString en;

    friend bool operator==(const BilingualText &, const BilingualText &) = default;
};

// One scheduled piece of content on one platform: a post, story, video,
// e-mail or blog article, or an ad when adSetId is set.
struct ContentItem
{
    qint64 id = 0; // 0 until stored
    qint64 campaignId = 0;
    std::optional<qint64> adSetId;
    Platform platform = Platform::Facebook;
    ContentType contentType = ContentType::TextPost;
    QString phase; // template phase id, e.g. "pre_launch"
    QString theme; // what this item is about, e.g. "teaser"
    QDateTime scheduledUtc;
    BilingualText title;
    BilingualText body;
    BilingualText callToAction;
    QStringList hashtags;           // without '#'
    // Structured copy per language (schema v2); title/body/callToAction and
    // hashtags above stay filled from it for lists and previews.
    std::optional<ContentCopy> copy;
    std::vector<qint64> assetIds;   // in display order
    ApprovalState approval = ApprovalState::Pending;
    PublishState publishState = PublishState::Draft;
    QString externalId;
    QString permalink;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    friend bool operator==(const ContentItem &, const ContentItem &) = default;
};

void to_json(nlohmann::json &j, const BilingualText &value);
void from_json(const nlohmann::json &j, BilingualText &value);
void to_json(nlohmann::json &j, const ContentItem &value);
void from_json(const nlohmann::json &j, ContentItem &value);

} // namespace cf
