#pragma once

#include "platforms/sandbox/SandboxHttp.h"

#include <QRegularExpression>

#include <optional>
#include <vector>

namespace cf::sandbox {

enum class FaultKind { RateLimit, ServerError, TokenExpired, TokenInvalid, Policy, Slow, DropAfterAccept };

QString faultName(FaultKind kind);
std::optional<FaultKind> faultFromName(const QString &name);

// A planned failure: after `skip` matching requests have passed untouched,
// the next `count` requests matching host, method and path regex get the fault instead of (or, for slow and drop_after_accept,
// on top of) the normal answer.
struct FaultRule
{
    qint64 id = 0;
    QString host;              // empty = any host
    QString pathRegex;         // empty = any path
    QByteArray method;         // empty = any method
    FaultKind kind = FaultKind::ServerError;
    int remaining = 1;         // count still to apply; -1 = forever
    int skip = 0;              // matching requests still to let through first
    int retryAfterSecs = 60;   // rate_limit
    int delayMs = 3000;        // slow
    int status = 0;            // server_error status override (500 by default, 503 allowed)
};

class FaultInjector
{
public:
    // Parses {"host","path_regex","method","fault","count","skip","retry_after","delay_ms","status"}.
    // Returns the rule id, or nullopt with a reason.
    std::optional<qint64> add(const Json &spec, QString *error);
    // The fault for this request, consuming one use of the first matching rule.
    std::optional<FaultRule> take(const SandboxRequest &request);
    void clear() { m_rules.clear(); }
    Json toJson() const;

private:
    std::vector<FaultRule> m_rules;
    qint64 m_nextId = 1;
};

} // namespace cf::sandbox
