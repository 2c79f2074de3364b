#pragma once

#include "platforms/sandbox/PlatformEmulator.h"

#include <map>

namespace cf::sandbox {

// A self-hosted WordPress site at https://blog.example.com with Application
// Passwords: the REST index, users/me, posts (status enum and the core rule
// that turns publish-in-the-future into "future" and future-in-the-past into
// "publish"; categories and tags must exist), posts listing (search, slug,
// status), categories and tags (list with search, create; a taken name is
// 400 term_exists with the existing term_id), raw-body media upload,
// GET / DELETE (force=true) of an attachment, and GET / DELETE of a post
// (to the trash, 410 rest_already_trashed the second time; force=true
// deletes; a "future" post whose date has come reads as "publish"). Errors use {"code","message","data"}.
class WordPressEmulator final : public PlatformEmulator
{
public:
    explicit WordPressEmulator(SandboxContext &context)
        : PlatformEmulator(context)
    {
    }
    QList<HostRoute> routes() const override;
    SandboxReply handle(const SandboxRequest &request) override;
    SandboxReply faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request) override;
    void reset() override;

    static QString siteHost() { return QStringLiteral("blog.example.com"); }

private:
    std::optional<SandboxReply> authenticate(const SandboxRequest &request) const;
    SandboxReply createPost(const SandboxRequest &request);
    SandboxReply uploadMedia(const SandboxRequest &request);
    SandboxReply mediaItem(const SandboxRequest &request, const QString &idText);
    SandboxReply postItem(const SandboxRequest &request, const QString &idText);
    SandboxReply listPosts(const SandboxRequest &request) const;
    SandboxReply terms(const SandboxRequest &request, const QString &taxonomy);
    struct Term
    {
        qint64 id = 0;
        QString name;
        QString taxonomy; // "category" or "post_tag"
    };
    bool termsExist(const Json &ids, const QString &taxonomy) const;
    qint64 m_nextId = 100;
    std::map<qint64, Json> m_media; // attachments by id
    qint64 m_nextTerm = 2;
    std::map<qint64, Term> m_terms{{1, {1, QStringLiteral("Uncategorized"), QStringLiteral("category")}}};
    std::map<qint64, Json> m_posts;
};

} // namespace cf::sandbox
