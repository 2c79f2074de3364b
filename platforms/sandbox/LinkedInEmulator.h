#pragma once

#include "platforms/sandbox/LinkedInSocialActionsApi.h"
#include "platforms/sandbox/PlatformEmulator.h"

#include <map>

namespace cf::sandbox {

// LinkedIn: OAuth on www.linkedin.com (authorization, accessToken with
// comma-separated scope, refresh only for apps approved for it, revoke,
// introspectToken), OpenID userinfo, image upload (initializeUpload + PUT to
// the dms-uploads URL) and POST /rest/posts with the required LinkedIn-Version
// and Rest.li headers, answering 201 with x-restli-id; GET /rest/posts?q=author
// lists an author's posts, newest first (r_member_social for a member,
// r_organization_social for an organisation).
class LinkedInEmulator final : public PlatformEmulator
{
public:
    explicit LinkedInEmulator(SandboxContext &context)
        : PlatformEmulator(context)
    {
    }
    QList<HostRoute> routes() const override;
    SandboxReply handle(const SandboxRequest &request) override;
    SandboxReply faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request) override;
    void reset() override;

    static constexpr qint64 kAccessTtl = 5184000;
    static constexpr qint64 kRefreshTtl = 31536000;
    static constexpr int kMaxCommentary = 3000;

private:
    SandboxReply handleOAuth(const SandboxRequest &request);
    SandboxReply handleApi(const SandboxRequest &request);
    std::optional<SandboxReply> checkRestHeaders(const SandboxRequest &request) const;
    SandboxReply createPost(const SandboxRequest &request, const TokenCheck &check);
    SandboxReply initializeImage(const SandboxRequest &request, const TokenCheck &check);
    SandboxReply postsByAuthor(const SandboxRequest &request, const TokenCheck &check) const;
    TokenPolicy policy() const;

    std::map<QString, bool> m_images; // image urn -> uploaded
    std::map<QString, QString> m_uploads; // upload id -> image urn
    struct Post
    {
        QString commentary;
        QString author;
        qint64 createdAtMs = 0;
    };
    std::map<QString, Post> m_posts; // share urn -> post
    LinkedInSocialActionsApi m_socialActions{m_context}; // tracking: /rest/socialActions/{urn}
};

} // namespace cf::sandbox
