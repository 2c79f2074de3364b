#pragma once

#include "platforms/sandbox/PlatformEmulator.h"

#include <map>

namespace cf::sandbox {

// Mailchimp Marketing API 3.0 campaigns: create (type enum, an existing
// recipients.list_id), list (filter by status, count/offset) and get, PUT
// content (only while the campaign is save, paused or schedule), the send
// checklist, actions/schedule (quarter-hour UTC times in the future),
// unschedule and send, and DELETE. Schedule and send check what Mailchimp's
// checklist checks: subject, from name, reply-to and content.
class MailchimpCampaigns
{
public:
    explicit MailchimpCampaigns(SandboxContext &context)
        : m_context(context)
    {
    }
    static bool handles(const SandboxRequest &request);
    SandboxReply handle(const SandboxRequest &request);
    void reset() { m_campaigns.clear(); }

private:
    struct Campaign
    {
        QString id;
        qint64 webId = 0;
        QString type;
        QString listId;
        Json settings;
        QString status = QStringLiteral("save");
        QString html;
        QString plainText;
        QString createTime;
        QString sendTime;
    };
    SandboxReply create(const SandboxRequest &request);
    SandboxReply list(const SandboxRequest &request) const;
    SandboxReply setContent(Campaign &campaign, const SandboxRequest &request);
    SandboxReply action(Campaign &campaign, const QString &name, const SandboxRequest &request);
    QStringList checklistErrors(const Campaign &campaign) const;
    Json resource(const Campaign &campaign) const;

    SandboxContext &m_context;
    std::map<QString, Campaign> m_campaigns;
};

// Mailchimp's problem+json error body.
SandboxReply mailchimpProblem(int status, const char *title, const QString &detail, const Json &errors = Json());

} // namespace cf::sandbox
