#pragma once

#include "platforms/publishing/CancelsScheduledPosts.h"
#include "platforms/publishing/PlatformPublisher.h"
#include "platforms/publishing/PublishHttp.h"

namespace cf {

// E-mail broadcasts on Kit (API v4): one POST /v4/broadcasts with the
// item's e-mail copy (subject, preview text, HTML content) to all
// subscribers. Kit schedules natively: send_at is the planned time, or now
// when publishing at once. Reconcile lists the account's recent broadcasts
// and matches the subject (and the send time when scheduled).
// A scheduled broadcast is taken back with DELETE /v4/broadcasts/{id}.
class KitPublisher : public PlatformPublisher, public CancelsScheduledPosts
{
public:
    static constexpr int kMaxSubjectLength = 255; // EMU: Kit documents no limit; longer subjects are cut by mail clients anyway

    KitPublisher(QNetworkAccessManager &network, const EndpointMap &endpoints);

    Platform platform() const override { return Platform::Kit; }
    bool schedulesNatively() const override { return true; }
    QStringList checkLimits(const PublishRequest &request) const override;
    void publish(const PublishRequest &request, QObject *context, Checkpoint checkpoint, Done done) override;
    void reconcile(const PublishRequest &request, QObject *context, ReconcileDone done) override;
    void cancelScheduled(const PublishRequest &request, const QString &externalId, QObject *context,
                         CancelDone done) override;

private:
    PublishHttp m_http;
};

} // namespace cf
