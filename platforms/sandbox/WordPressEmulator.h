#pragma once

#include "platforms/sandbox/PlatformEmulator.h"

#include <map>

namespace cf::sandbox {

// A self-hosted WordPress site at https://blog.example.com with Application
// Passwords: the REST index, users/me, posts (status enum and the core rule
// that turns publish-in-the-future into "future" and future-in-the-past into
// "publish") and raw-body media upload. Errors use {"code","message","data"}.
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
    void reset() override { m_nextId = 100; }

    static QString siteHost() { return QStringLiteral("blog.example.com"); }

private:
    std::optional<SandboxReply> authenticate(const SandboxRequest &request) const;
    SandboxReply createPost(const SandboxRequest &request);
    SandboxReply uploadMedia(const SandboxRequest &request);
    qint64 m_nextId = 100;
};

} // namespace cf::sandbox
