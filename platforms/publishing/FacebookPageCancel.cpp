// FacebookPagePublisher::cancelScheduled: a post held by the Page's own
// scheduler (published=false + scheduled_publish_time) is read first and
// deleted only while it is still unpublished, so a late cancel can never
// remove a post people already see.
#include "platforms/publishing/FacebookPagePublisher.h"

#include "platforms/publishing/MetaGraphErrors.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cf {

namespace {

CancelsScheduledPosts::CancelOutcome notCancelled(const HttpResult &result, const QString &what)
{
    CancelsScheduledPosts::CancelOutcome outcome;
    // No answer, a 429 or a 5xx: nothing was changed, ask again later.
    outcome.retryable = result.transportFailed() || result.status == 429 || result.status >= 500;
    outcome.message = QCoreApplication::translate("cf::FacebookPagePublisher", "%1 (HTTP %2: %3)")
                          .arg(what)
                          .arg(result.status)
                          .arg(result.object().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString());
    return outcome;
}

} // namespace

void FacebookPagePublisher::cancelScheduled(const PublishRequest &request, const QString &externalId, QObject *context,
                                            CancelDone done)
{
    HttpCall read;
    read.url = metagraph::graphUrl(externalId, {{QStringLiteral("fields"), QStringLiteral("id,is_published")}});
    read.header("Authorization", metagraph::authorization(request.accessToken));
    const QString token = request.accessToken;
    m_http.send(read, context, [this, externalId, token, context, done](const HttpResult &post) {
        if (post.status == 404) {
            CancelOutcome gone;
            gone.cancelled = true; // deleted on Facebook already
            return done(gone);
        }
        if (!post.ok())
            return done(notCancelled(post, QCoreApplication::translate("cf::FacebookPagePublisher",
                                                                       "The scheduled post could not be read.")));
        if (post.object().value(QLatin1String("is_published")).toBool(true)) {
            CancelOutcome live;
            live.message = QCoreApplication::translate("cf::FacebookPagePublisher",
                                                       "The post is already live on the Page; delete it there if it "
                                                       "should go.");
            return done(live);
        }
        HttpCall remove;
        remove.verb = "DELETE";
        remove.url = metagraph::graphUrl(externalId);
        remove.header("Authorization", metagraph::authorization(token));
        m_http.send(remove, context, [done](const HttpResult &result) {
            if (result.ok() || result.status == 404) {
                CancelOutcome cancelled;
                cancelled.cancelled = true;
                return done(cancelled);
            }
            done(notCancelled(result, QCoreApplication::translate("cf::FacebookPagePublisher",
                                                                  "Facebook did not delete the scheduled post.")));
        });
    });
}

} // namespace cf
