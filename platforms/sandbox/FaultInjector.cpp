#include "platforms/sandbox/FaultInjector.h"

namespace cf::sandbox {

namespace {
struct FaultNameEntry
{
    FaultKind kind;
    const char *name;
};
constexpr FaultNameEntry kFaultNames[] = {
    {FaultKind::RateLimit, "rate_limit"},       {FaultKind::ServerError, "server_error"},
    {FaultKind::TokenExpired, "token_expired"}, {FaultKind::TokenInvalid, "token_invalid"},
    {FaultKind::Policy, "policy"},              {FaultKind::Slow, "slow"},
    {FaultKind::DropAfterAccept, "drop_after_accept"},
};
} // namespace

QString faultName(FaultKind kind)
{
    for (const auto &entry : kFaultNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<FaultKind> faultFromName(const QString &name)
{
    for (const auto &entry : kFaultNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

std::optional<qint64> FaultInjector::add(const Json &spec, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!spec.is_object())
        return fail(QStringLiteral("the fault must be a JSON object"));
    const auto kind = faultFromName(jsonString(spec, "fault"));
    if (!kind)
        return fail(QStringLiteral("\"fault\" must be one of rate_limit, server_error, token_expired, token_invalid, policy, slow, drop_after_accept"));
    FaultRule rule;
    rule.kind = *kind;
    rule.host = jsonString(spec, "host");
    rule.pathRegex = jsonString(spec, "path_regex");
    rule.method = jsonString(spec, "method").toUpper().toLatin1();
    if (!rule.pathRegex.isEmpty() && !QRegularExpression(rule.pathRegex).isValid())
        return fail(QStringLiteral("\"path_regex\" is not a valid regular expression"));
    auto readInt = [&spec](const char *key, int fallback, bool *ok) {
        const auto it = spec.find(key);
        if (it == spec.end())
            return fallback;
        if (!it->is_number_integer()) {
            *ok = false;
            return fallback;
        }
        return it->get<int>();
    };
    bool ok = true;
    rule.remaining = readInt("count", 1, &ok);
    rule.retryAfterSecs = readInt("retry_after", 60, &ok);
    rule.delayMs = readInt("delay_ms", 3000, &ok);
    rule.status = readInt("status", 0, &ok);
    rule.skip = readInt("skip", 0, &ok);
    if (!ok)
        return fail(QStringLiteral("\"count\", \"skip\", \"retry_after\", \"delay_ms\" and \"status\" must be integers"));
    if (rule.skip < 0)
        return fail(QStringLiteral("\"skip\" must not be negative"));
    if (rule.remaining == 0 || rule.remaining < -1)
        return fail(QStringLiteral("\"count\" must be positive, or -1 for every request"));
    if (rule.retryAfterSecs < 0 || rule.delayMs < 0)
        return fail(QStringLiteral("\"retry_after\" and \"delay_ms\" must not be negative"));
    if (rule.status != 0 && (rule.status < 500 || rule.status > 599))
        return fail(QStringLiteral("\"status\" must be a 5xx code"));
    rule.id = m_nextId++;
    m_rules.push_back(rule);
    return rule.id;
}

std::optional<FaultRule> FaultInjector::take(const SandboxRequest &request)
{
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (!it->host.isEmpty() && it->host != request.host)
            continue;
        if (!it->method.isEmpty() && it->method != request.method)
            continue;
        if (!it->pathRegex.isEmpty() && !QRegularExpression(it->pathRegex).match(request.path).hasMatch())
            continue;
        if (it->skip > 0) {
            // Let this one through; e.g. the second chunk of an upload gets the fault.
            --it->skip;
            return std::nullopt;
        }
        FaultRule taken = *it;
        if (it->remaining > 0 && --it->remaining == 0)
            m_rules.erase(it);
        return taken;
    }
    return std::nullopt;
}

Json FaultInjector::toJson() const
{
    Json out = Json::array();
    for (const FaultRule &rule : m_rules)
        out.push_back({{"id", rule.id},
                       {"host", toStd(rule.host)},
                       {"path_regex", toStd(rule.pathRegex)},
                       {"method", rule.method.toStdString()},
                       {"fault", toStd(faultName(rule.kind))},
                       {"remaining", rule.remaining},
                       {"skip", rule.skip},
                       {"retry_after", rule.retryAfterSecs},
                       {"delay_ms", rule.delayMs}});
    return out;
}

} // namespace cf::sandbox
