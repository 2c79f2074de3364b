#pragma once

#include <QString>
#include <QUrl>

#include <optional>
#include <utility>
#include <vector>

namespace cf {

// Rewrites platform URLs to other bases, keeping path and query. Built from
// an endpoints file: {"hosts": {"graph.facebook.com": "http://127.0.0.1:8080/graph.facebook.com",
// "*.api.mailchimp.com": "http://127.0.0.1:8080/mailchimp"}}. This single
// mechanism points the real adapters at campaignforge-sandbox in tests and
// sandbox mode, and at corporate proxies or API gateways in the field.
class EndpointMap
{
public:
    static constexpr const char *kEnvironmentVariable = "CAMPAIGNFORGE_ENDPOINTS";

    EndpointMap() = default;

    // Parses the JSON text of an endpoints file; on failure returns nullopt
    // and a translated reason in *error.
    static std::optional<EndpointMap> fromJson(const QByteArray &json, QString *error);
    static std::optional<EndpointMap> fromFile(const QString &path, QString *error);
    // The map named by --endpoints (explicitPath) or CAMPAIGNFORGE_ENDPOINTS;
    // an empty map when neither is set.
    static std::optional<EndpointMap> load(const QString &explicitPath, QString *error);

    bool isEmpty() const { return m_rules.empty(); }
    // The URL to use instead of url; url itself when no rule matches.
    QUrl rewrite(const QUrl &url) const;
    // True when url is the same place as target once both are rewritten:
    // how the OAuth code compares a navigation with a redirect URI.
    bool sameEndpoint(const QUrl &url, const QUrl &target) const;

private:
    struct Rule
    {
        QString hostPattern; // "graph.facebook.com" or "*.api.mailchimp.com"
        QUrl base;
    };
    static bool hostMatches(const QString &pattern, const QString &host);

    std::vector<Rule> m_rules;
};

} // namespace cf
