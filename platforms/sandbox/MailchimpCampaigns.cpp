#include "platforms/sandbox/MailchimpCampaigns.h"

#include <QDateTime>
#include <QRegularExpression>

namespace cf::sandbox {

namespace {
const QString kCampaigns = QStringLiteral("/3.0/campaigns");

SandboxReply invalidResource(const QString &detail, const QString &field = QString(), const QString &message = QString())
{
    Json errors;
    if (!field.isEmpty())
        errors = Json::array({{{"field", toStd(field)}, {"message", toStd(message)}}});
    return mailchimpProblem(400, "Invalid Resource", detail, errors);
}

SandboxReply notFound()
{
    return mailchimpProblem(404, "Resource Not Found", QStringLiteral("The requested resource could not be found."));
}
} // namespace

SandboxReply mailchimpProblem(int status, const char *title, const QString &detail, const Json &errors)
{
    Json body{{"type", "https://mailchimp.com/developer/marketing/docs/errors/"}, {"title", title},
              {"status", status}, {"detail", toStd(detail)}, {"instance", toStd(randomToken(12))}};
    if (!errors.is_null())
        body["errors"] = errors;
    return SandboxReply::jsonWithType(status, body, "application/problem+json; charset=utf-8");
}

bool MailchimpCampaigns::handles(const SandboxRequest &request)
{
    return request.path == kCampaigns || request.path.startsWith(kCampaigns + QLatin1Char('/'));
}

SandboxReply MailchimpCampaigns::handle(const SandboxRequest &request)
{
    if (request.path == kCampaigns) {
        if (request.method == "POST")
            return create(request);
        if (request.method == "GET")
            return list(request);
        return mailchimpProblem(405, "Method Not Allowed", QStringLiteral("The requested method and resource are not compatible."));
    }
    const QStringList rest = request.path.mid(kCampaigns.size() + 1).split(QLatin1Char('/'));
    const auto it = m_campaigns.find(rest.value(0));
    if (it == m_campaigns.end())
        return notFound();
    Campaign &campaign = it->second;
    if (rest.size() == 1 && request.method == "GET")
        return SandboxReply::json(200, resource(campaign));
    if (rest.size() == 1 && request.method == "DELETE") {
        if (campaign.status == QLatin1String("sent") || campaign.status == QLatin1String("sending"))
            return invalidResource(QStringLiteral("This campaign has already been sent and cannot be deleted."));
        m_campaigns.erase(it);
        return SandboxReply::empty(204);
    }
    if (rest.size() == 2 && rest[1] == QLatin1String("content")) {
        if (request.method == "PUT")
            return setContent(campaign, request);
        if (request.method == "GET")
            return SandboxReply::json(200, Json{{"html", toStd(campaign.html)}, {"plain_text", toStd(campaign.plainText)}});
    }
    if (rest.size() == 2 && rest[1] == QLatin1String("send-checklist") && request.method == "GET") {
        Json items = Json::array();
        const QStringList errors = checklistErrors(campaign);
        for (const QString &error : errors)
            items.push_back({{"type", "error"}, {"id", items.size()}, {"heading", "Not ready"}, {"details", toStd(error)}});
        return SandboxReply::json(200, Json{{"is_ready", errors.isEmpty()}, {"items", items}});
    }
    if (rest.size() == 3 && rest[1] == QLatin1String("actions") && request.method == "POST")
        return action(campaign, rest[2], request);
    return notFound();
}

SandboxReply MailchimpCampaigns::create(const SandboxRequest &request)
{
    const auto json = request.contentType() == "application/json" ? request.json() : std::nullopt;
    if (!json || !json->is_object())
        return mailchimpProblem(400, "JSON Parse Exception", QStringLiteral("We encountered an unspecified JSON parsing error."));
    static const QStringList types{QStringLiteral("regular"), QStringLiteral("plaintext"), QStringLiteral("absplit"), QStringLiteral("rss"),
                                   QStringLiteral("variate")};
    const QString type = jsonString(*json, "type");
    if (!types.contains(type))
        return invalidResource(QStringLiteral("The resource submitted could not be validated. For field-specific details, see the 'errors' array."),
                               QStringLiteral("type"), QStringLiteral("Value is not one of the enum values: regular, plaintext, absplit, rss, variate"));
    const Json recipients = json->value("recipients", Json::object());
    const QString listId = recipients.is_object() ? jsonString(recipients, "list_id") : QString();
    if (!listId.isEmpty() && listId != m_context.seed.mailchimpListId)
        return invalidResource(QStringLiteral("The resource submitted could not be validated. For field-specific details, see the 'errors' array."),
                               QStringLiteral("recipients.list_id"), QStringLiteral("Invalid list ID"));
    const Json settings = json->value("settings", Json::object());
    if (!settings.is_object())
        return invalidResource(QStringLiteral("settings must be an object"), QStringLiteral("settings"), QStringLiteral("Schema describes object"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (settings.contains("reply_to") && !email.match(jsonString(settings, "reply_to")).hasMatch())
        return invalidResource(QStringLiteral("The resource submitted could not be validated. For field-specific details, see the 'errors' array."),
                               QStringLiteral("settings.reply_to"), QStringLiteral("This value should be a valid email."));
    if (codePointLength(jsonString(settings, "subject_line")) > 150)
        return invalidResource(QStringLiteral("The subject line is limited to 150 characters."), QStringLiteral("settings.subject_line"),
                               QStringLiteral("String is too long"));
    Campaign campaign;
    campaign.id = randomToken(8).left(10).toLower();
    campaign.webId = m_context.nextId++;
    campaign.type = type;
    campaign.listId = listId;
    campaign.settings = settings;
    campaign.createTime = m_context.clock.now().toString(Qt::ISODate);
    m_campaigns[campaign.id] = campaign;
    return SandboxReply::json(200, resource(campaign));
}

SandboxReply MailchimpCampaigns::list(const SandboxRequest &request) const
{
    const int count = request.hasQuery(QStringLiteral("count")) ? request.queryValue(QStringLiteral("count")).toInt() : 10;
    const int offset = request.queryValue(QStringLiteral("offset")).toInt();
    if (count < 1 || count > 1000 || offset < 0)
        return invalidResource(QStringLiteral("count must be 1-1000 and offset not negative"));
    const QString status = request.queryValue(QStringLiteral("status"));
    const QDateTime since = QDateTime::fromString(request.queryValue(QStringLiteral("since_create_time")), Qt::ISODate);
    Json matching = Json::array();
    for (const auto &[id, campaign] : m_campaigns) {
        if (!status.isEmpty() && campaign.status != status)
            continue;
        if (since.isValid() && QDateTime::fromString(campaign.createTime, Qt::ISODate) < since)
            continue;
        matching.push_back(resource(campaign));
    }
    Json page = Json::array();
    for (std::size_t i = std::size_t(offset); i < matching.size() && page.size() < std::size_t(count); ++i)
        page.push_back(matching[i]);
    return SandboxReply::json(200, Json{{"campaigns", page}, {"total_items", matching.size()}});
}

SandboxReply MailchimpCampaigns::setContent(Campaign &campaign, const SandboxRequest &request)
{
    if (campaign.status != QLatin1String("save") && campaign.status != QLatin1String("paused") && campaign.status != QLatin1String("schedule"))
        return invalidResource(QStringLiteral("The content of a campaign that is sending or sent cannot be changed."));
    const auto json = request.contentType() == "application/json" ? request.json() : std::nullopt;
    if (!json || !json->is_object())
        return mailchimpProblem(400, "JSON Parse Exception", QStringLiteral("We encountered an unspecified JSON parsing error."));
    if (!json->contains("html") && !json->contains("plain_text") && !json->contains("template") && !json->contains("url"))
        return invalidResource(QStringLiteral("Provide html, plain_text, url or template."));
    if (json->contains("html"))
        campaign.html = jsonString(*json, "html");
    if (json->contains("plain_text"))
        campaign.plainText = jsonString(*json, "plain_text");
    return SandboxReply::json(200, Json{{"html", toStd(campaign.html)}, {"plain_text", toStd(campaign.plainText)}});
}

QStringList MailchimpCampaigns::checklistErrors(const Campaign &campaign) const
{
    QStringList errors;
    if (campaign.listId.isEmpty())
        errors << QStringLiteral("You need to choose an audience.");
    if (jsonString(campaign.settings, "subject_line").isEmpty())
        errors << QStringLiteral("You need to add a subject line.");
    if (jsonString(campaign.settings, "from_name").isEmpty())
        errors << QStringLiteral("You need to add a from name.");
    if (jsonString(campaign.settings, "reply_to").isEmpty())
        errors << QStringLiteral("You need to add a reply-to address.");
    if (campaign.html.isEmpty() && campaign.plainText.isEmpty())
        errors << QStringLiteral("You need to add content.");
    return errors;
}

SandboxReply MailchimpCampaigns::action(Campaign &campaign, const QString &name, const SandboxRequest &request)
{
    if (name == QLatin1String("unschedule")) {
        if (campaign.status != QLatin1String("schedule"))
            return invalidResource(QStringLiteral("This campaign is not scheduled."));
        campaign.status = QStringLiteral("save");
        campaign.sendTime.clear();
        return SandboxReply::empty(204);
    }
    if (name != QLatin1String("schedule") && name != QLatin1String("send"))
        return notFound();
    if (campaign.status != QLatin1String("save") && campaign.status != QLatin1String("paused"))
        return invalidResource(QStringLiteral("This campaign cannot be scheduled or sent in its current status (%1).").arg(campaign.status));
    const QStringList errors = checklistErrors(campaign);
    if (!errors.isEmpty())
        return invalidResource(QStringLiteral("Your Campaign is not ready to send. %1").arg(errors.join(QLatin1Char(' '))));
    if (name == QLatin1String("send")) {
        campaign.status = QStringLiteral("sent");
        campaign.sendTime = m_context.clock.now().toString(Qt::ISODate);
        return SandboxReply::empty(204);
    }
    if (campaign.type == QLatin1String("rss") || campaign.type == QLatin1String("variate"))
        return invalidResource(QStringLiteral("RSS and multivariate campaigns must use send."));
    const auto json = request.json();
    const QDateTime at = json ? QDateTime::fromString(jsonString(*json, "schedule_time"), Qt::ISODate) : QDateTime();
    if (!at.isValid())
        return invalidResource(QStringLiteral("schedule_time is required"), QStringLiteral("schedule_time"), QStringLiteral("This value should not be blank."));
    const QDateTime utc = at.toUTC();
    if (utc.time().minute() % 15 != 0 || utc.time().second() != 0)
        return invalidResource(QStringLiteral("Schedule time must be on the quarter-hour (:00, :15, :30, :45)."));
    if (utc <= m_context.clock.now())
        return invalidResource(QStringLiteral("Schedule time must be in the future."));
    if (json->value("timewarp", false) && json->contains("batch_delivery"))
        return invalidResource(QStringLiteral("Timewarp and batch delivery cannot be used together."));
    campaign.status = QStringLiteral("schedule");
    campaign.sendTime = utc.toString(Qt::ISODate);
    return SandboxReply::empty(204);
}

Json MailchimpCampaigns::resource(const Campaign &campaign) const
{
    Json settings = campaign.settings;
    if (!settings.contains("title"))
        settings["title"] = "";
    return Json{{"id", toStd(campaign.id)}, {"web_id", campaign.webId}, {"type", toStd(campaign.type)},
                {"create_time", toStd(campaign.createTime)}, {"status", toStd(campaign.status)},
                {"send_time", toStd(campaign.sendTime)}, {"emails_sent", campaign.status == QLatin1String("sent") ? 250 : 0},
                {"archive_url", toStd(QStringLiteral("http://eepurl.com/sandbox-%1").arg(campaign.webId))},
                {"content_type", "html"},
                {"recipients", {{"list_id", toStd(campaign.listId)}, {"list_name", campaign.listId.isEmpty() ? "" : "Main"}}},
                {"settings", settings}};
}

} // namespace cf::sandbox
