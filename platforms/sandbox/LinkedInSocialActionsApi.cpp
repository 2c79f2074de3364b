#include "platforms/sandbox/LinkedInSocialActionsApi.h"

#include "platforms/sandbox/OAuthEmulator.h"

#include <QUrl>

namespace cf::sandbox {

namespace {

const QString kPrefix = QStringLiteral("/rest/socialActions/");

SandboxReply error(int status, int serviceErrorCode, const char *code, const QString &message)
{
    Json body{{"status", status}, {"serviceErrorCode", serviceErrorCode}, {"message", toStd(message)}};
    if (code)
        body["code"] = code;
    return SandboxReply::json(status, body);
}

} // namespace

bool LinkedInSocialActionsApi::handles(const SandboxRequest &request)
{
    return request.path.startsWith(kPrefix) && request.method == "GET";
}

SandboxReply LinkedInSocialActionsApi::handle(const SandboxRequest &request, const TokenCheck &check,
                                              const std::function<bool(const QString &urn)> &exists)
{
    if (!check.hasScope(QStringLiteral("r_member_social")) && !check.hasScope(QStringLiteral("w_member_social"))
        && !check.hasScope(QStringLiteral("rw_organization_admin")))
        return error(403, 100, "ACCESS_DENIED", QStringLiteral("Not enough permissions to access: socialActions.GET"));
    // The urn arrives percent-encoded in the path (urn%3Ali%3Ashare%3A...).
    const QString urn = QUrl::fromPercentEncoding(request.path.mid(kPrefix.size()).toUtf8());
    if (!urn.startsWith(QLatin1String("urn:li:")) || !exists(urn))
        return error(404, 0, nullptr, QStringLiteral("Not Found"));
    const MetricCounters c = m_timeline.counters(urn);
    return SandboxReply::json(200, Json{{"target", toStd(urn)},
                                        {"likesSummary", {{"totalLikes", c.likes}, {"aggregatedTotalLikes", c.likes},
                                                          {"likedByCurrentUser", false}}},
                                        {"commentsSummary", {{"totalFirstLevelComments", c.comments},
                                                             {"aggregatedTotalComments", c.comments}}}});
}

} // namespace cf::sandbox
