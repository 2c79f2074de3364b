#include "platforms/sandbox/XTweetLookupApi.h"

#include "platforms/sandbox/OAuthEmulator.h"

#include <QRegularExpression>

namespace cf::sandbox {

namespace {

const QByteArray kProblemType = "application/problem+json";

SandboxReply invalidRequest(const QString &message)
{
    return SandboxReply::jsonWithType(400, Json{{"errors", Json::array({{{"message", toStd(message)}}})},
                                                {"title", "Invalid Request"},
                                                {"detail", "One or more parameters to your request was invalid."},
                                                {"type", "https://api.x.com/2/problems/invalid-request"}},
                                      kProblemType);
}

const QStringList &knownFields()
{
    static const QStringList fields{QStringLiteral("public_metrics"), QStringLiteral("created_at"), QStringLiteral("author_id"),
                                    QStringLiteral("text"), QStringLiteral("id"), QStringLiteral("edit_history_tweet_ids"),
                                    QStringLiteral("lang"), QStringLiteral("conversation_id")};
    return fields;
}

} // namespace

bool XTweetLookupApi::handles(const SandboxRequest &request)
{
    return request.path == QLatin1String("/2/tweets") && request.method == "GET";
}

SandboxReply XTweetLookupApi::handle(const SandboxRequest &request, const TokenCheck &check, const FindText &find)
{
    if (!check.hasScope(QStringLiteral("tweet.read")) || !check.hasScope(QStringLiteral("users.read")))
        return SandboxReply::jsonWithType(403, Json{{"title", "Client Forbidden"}, {"status", 403},
                                                    {"detail", "This request requires the tweet.read users.read scopes."},
                                                    {"type", "https://api.x.com/2/problems/client-forbidden"}},
                                          kProblemType);
    const QStringList ids = request.queryValue(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    static const QRegularExpression numeric(QStringLiteral("^[0-9]{1,19}$"));
    if (ids.isEmpty() || ids.size() > 100)
        return invalidRequest(QStringLiteral("The `ids` query parameter value must have between 1 and 100 items"));
    for (const QString &id : ids)
        if (!numeric.match(id).hasMatch())
            return invalidRequest(QStringLiteral("The `ids` query parameter value [%1] is not valid").arg(id));
    const QStringList fields = request.queryValue(QStringLiteral("tweet.fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &field : fields)
        if (!knownFields().contains(field))
            return invalidRequest(QStringLiteral("The `tweet.fields` query parameter value [%1] is not one of the allowed values").arg(field));

    Json data = Json::array();
    Json errors = Json::array();
    for (const QString &id : ids) {
        const std::optional<QString> text = find(id);
        if (!text) {
            errors.push_back({{"value", toStd(id)}, {"detail", toStd(QStringLiteral("Could not find tweet with ids: [%1].").arg(id))},
                              {"title", "Not Found Error"}, {"resource_type", "tweet"}, {"parameter", "ids"},
                              {"resource_id", toStd(id)}, {"type", "https://api.x.com/2/problems/resource-not-found"}});
            continue;
        }
        Json post{{"id", toStd(id)}, {"text", toStd(*text)}, {"edit_history_tweet_ids", Json::array({toStd(id)})}};
        if (fields.contains(QLatin1String("public_metrics"))) {
            const MetricCounters c = m_timeline.counters(id);
            post["public_metrics"] = {{"retweet_count", c.shares}, {"reply_count", c.comments}, {"like_count", c.likes},
                                      {"quote_count", c.shares / 2}, {"bookmark_count", c.saved},
                                      {"impression_count", c.impressions}};
        }
        data.push_back(post);
    }
    Json body = Json::object();
    if (!data.empty())
        body["data"] = data;
    if (!errors.empty())
        body["errors"] = errors;
    return SandboxReply::json(200, body);
}

} // namespace cf::sandbox
