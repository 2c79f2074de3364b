#pragma once

#include "platforms/sandbox/FaultInjector.h"
#include "platforms/sandbox/OAuthEmulator.h"
#include "platforms/sandbox/SandboxClock.h"
#include "platforms/sandbox/SandboxHttp.h"
#include "platforms/sandbox/SandboxSeed.h"

namespace cf::sandbox {

// What every emulator shares: the clock, the seeded accounts and the
// authorization server. Owned by SandboxServer; emulators keep references.
struct SandboxContext
{
    SandboxClock &clock;
    SandboxSeed &seed;
    OAuthEmulator &oauth;
    qint64 nextId = 1000;
    // A numeric id with the given prefix digits, unique within the run.
    QString numericId(const QString &prefix) { return prefix + QString::number(nextId++).rightJustified(10, QLatin1Char('0')); }
};

// A real host an emulator answers for and the path prefix it is served
// under: "graph.facebook.com" -> "/graph.facebook.com",
// "*.api.mailchimp.com" -> "/mailchimp".
struct HostRoute
{
    QString realHost;
    QString prefix;
};

// One emulated platform (or platform family sharing hosts). Implementations
// validate method, path, headers, authentication, required fields, enums and
// limits as documented, and answer in the platform's own shapes.
class PlatformEmulator
{
public:
    explicit PlatformEmulator(SandboxContext &context)
        : m_context(context)
    {
    }
    virtual ~PlatformEmulator() = default;
    PlatformEmulator(const PlatformEmulator &) = delete;
    PlatformEmulator &operator=(const PlatformEmulator &) = delete;

    virtual QList<HostRoute> routes() const = 0;
    virtual SandboxReply handle(const SandboxRequest &request) = 0;
    // The platform's answer to an injected fault (slow and drop_after_accept
    // are handled by the server and never reach this).
    virtual SandboxReply faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request) = 0;
    // Forgets everything created since start (posts, media, campaigns).
    virtual void reset() = 0;

protected:
    SandboxContext &m_context;
};

// Reads "client_id:client_secret" from "Authorization: Basic ..."; false when absent.
bool basicCredentials(const SandboxRequest &request, QString *user, QString *password);
// The standard RFC 6749 error body {"error","error_description"}.
SandboxReply oauthErrorReply(const OAuthFailure &failure);
// The standard token response body of RFC 6749 section 5.1.
Json standardTokenJson(const IssuedTokens &tokens, const QString &scopeSeparator, const char *tokenType = "Bearer");
SandboxReply notFoundText(const SandboxRequest &request);

} // namespace cf::sandbox

namespace cf::sandbox {

// The common shape of a form-encoded token endpoint (RFC 6749): reads
// grant_type, code, redirect_uri, code_verifier, refresh_token and the client
// credentials (form fields or HTTP Basic), then asks the OAuthEmulator.
struct FormTokenOptions
{
    QString realm;
    TokenPolicy policy;
    QString clientIdKey = QStringLiteral("client_id");
    QString clientSecretKey = QStringLiteral("client_secret");
    bool acceptJson = false; // Kit documents JSON bodies
};
TokenResult formTokenGrant(OAuthEmulator &oauth, const SandboxRequest &request, const FormTokenOptions &options);

} // namespace cf::sandbox
