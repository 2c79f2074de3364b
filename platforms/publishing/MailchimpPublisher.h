#pragma once

#include "platforms/publishing/CancelsScheduledPosts.h"
#include "platforms/publishing/PlatformPublisher.h"
#include "platforms/publishing/PublishHttp.h"

#include <memory>

namespace cf {

// E-mail campaigns on Mailchimp (Marketing API 3.0 at the account's data
// centre, connection.apiBase): the audience is the account's largest list,
// whose campaign defaults give the from name and reply-to address; then
// POST campaigns (regular; its id checkpointed as "mc_campaign" so a retry
// continues with the same campaign), PUT content (HTML and plain text), and
// actions/schedule (native; Mailchimp takes quarter-hours only, so the time
// is moved up to the next quarter-hour) or actions/send. Reconcile reads the
// checkpointed campaign, or finds it by its internal title.
// A scheduled campaign is taken back by reading its status, then
// actions/unschedule (back to a draft) and DELETE campaigns/{id}.
class MailchimpPublisher : public PlatformPublisher, public CancelsScheduledPosts
{
public:
    static constexpr int kMaxSubjectLength = 150;
    static constexpr int kMaxPreviewLength = 150;

    MailchimpPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints);

    Platform platform() const override { return Platform::Mailchimp; }
    bool schedulesNatively() const override { return true; }
    QStringList checkLimits(const PublishRequest &request) const override;
    void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) override;
    void reconcile(const PublishRequest &request, QObject *context, ReconcileDone done) override;
    void cancelScheduled(const PublishRequest &request, const QString &externalId, QObject *context,
                         CancelDone done) override;

    // The quarter-hour Mailchimp sends a campaign planned for `time` (the
    // same time when it already is one, else the next).
    static QDateTime quarterHourAtOrAfter(const QDateTime &time);
    // The campaign's internal title (not shown to recipients), unique per
    // target so reconcile can find it.
    static QString campaignTitle(const PublishRequest &request);

private:
    struct Job;
    void chooseAudience(std::shared_ptr<Job> job);
    void createCampaign(std::shared_ptr<Job> job);
    void putContent(std::shared_ptr<Job> job);
    void scheduleOrSend(std::shared_ptr<Job> job);

    PublishHttp m_http;
};

} // namespace cf
