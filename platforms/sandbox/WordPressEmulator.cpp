#include "platforms/sandbox/WordPressEmulator.h"

#include <QDateTime>

namespace cf::sandbox {

namespace {
SandboxReply wpError(int status, const char *code, const QString &message, const Json &data = Json())
{
    Json body{{"code", code}, {"message", toStd(message)}};
    body["data"] = data.is_null() ? Json{{"status", status}} : data;
    return SandboxReply::json(status, body);
}

QString normalisedPassword(const QString &password)
{
    QString out = password;
    out.remove(QLatin1Char(' '));
    return out;
}
} // namespace

QList<HostRoute> WordPressEmulator::routes() const
{
    return {{siteHost(), siteHost()}};
}

std::optional<SandboxReply> WordPressEmulator::authenticate(const SandboxRequest &request) const
{
    QString user;
    QString password;
    if (!basicCredentials(request, &user, &password))
        return wpError(401, "rest_not_logged_in", QStringLiteral("You are not currently logged in."));
    const SandboxSeed::Person &seeded = m_context.seed.wordpressUser;
    if (user != seeded.username && user != seeded.email)
        return wpError(401, "invalid_username", QStringLiteral("Unknown username. Check again or try your email address."), Json());
    // Application passwords are compared without their grouping spaces.
    if (normalisedPassword(password) != normalisedPassword(m_context.seed.wordpressAppPassword))
        return SandboxReply::json(401, Json{{"code", "incorrect_password"},
                                            {"message", "The provided password is an invalid application password."},
                                            {"data", nullptr}});
    return std::nullopt;
}

SandboxReply WordPressEmulator::handle(const SandboxRequest &request)
{
    const QString site = QStringLiteral("https://") + siteHost();
    if ((request.path == QLatin1String("/wp-json/") || request.path == QLatin1String("/wp-json")) && request.method == "GET")
        return SandboxReply::json(200, Json{{"name", "Noura Boutique"}, {"url", toStd(site)}, {"home", toStd(site)},
                                            {"namespaces", {"oembed/1.0", "wp/v2", "wp-site-health/v1"}},
                                            {"authentication", {{"application-passwords", {{"endpoints", {{"authorization", toStd(site + QStringLiteral("/wp-admin/authorize-application.php"))}}}}}}}});
    if (!request.path.startsWith(QLatin1String("/wp-json/wp/v2/")))
        return wpError(404, "rest_no_route", QStringLiteral("No route was found matching the URL and request method."));
    if (auto denied = authenticate(request))
        return *denied;
    const SandboxSeed::Person &user = m_context.seed.wordpressUser;
    if (request.path == QLatin1String("/wp-json/wp/v2/users/me") && request.method == "GET")
        return SandboxReply::json(200, Json{{"id", user.id.toInt()}, {"name", toStd(user.name)}, {"url", ""}, {"description", ""},
                                            {"link", toStd(site + QStringLiteral("/author/") + user.username)}, {"slug", toStd(user.username)},
                                            {"avatar_urls", {{"96", "https://secure.gravatar.com/avatar/sandbox?s=96"}}}});
    if (request.path == QLatin1String("/wp-json/wp/v2/posts") && request.method == "POST")
        return createPost(request);
    if (request.path == QLatin1String("/wp-json/wp/v2/media") && request.method == "POST")
        return uploadMedia(request);
    return wpError(404, "rest_no_route", QStringLiteral("No route was found matching the URL and request method."));
}

SandboxReply WordPressEmulator::createPost(const SandboxRequest &request)
{
    const auto json = request.contentType() == "application/json" ? request.json() : std::nullopt;
    if (!json || !json->is_object())
        return wpError(400, "rest_invalid_json", QStringLiteral("Invalid JSON body passed."));
    auto invalidParam = [](const char *param, const QString &message, const char *detailCode) {
        return wpError(400, "rest_invalid_param", QStringLiteral("Invalid parameter(s): %1").arg(QLatin1String(param)),
                       Json{{"status", 400}, {"params", {{param, toStd(message)}}},
                            {"details", {{param, {{"code", detailCode}, {"message", toStd(message)}, {"data", nullptr}}}}}});
    };
    QString status = json->contains("status") ? jsonString(*json, "status") : QStringLiteral("draft");
    static const QStringList statuses{QStringLiteral("publish"), QStringLiteral("future"), QStringLiteral("draft"), QStringLiteral("pending"),
                                      QStringLiteral("private")};
    if (!statuses.contains(status))
        return invalidParam("status", QStringLiteral("status is not one of publish, future, draft, pending, and private."), "rest_not_in_enum");
    QDateTime dateGmt = m_context.clock.now();
    for (const char *key : {"date_gmt", "date"}) {
        if (!json->contains(key) || (*json)[key].is_null())
            continue;
        const QDateTime parsed = QDateTime::fromString(jsonString(*json, key), Qt::ISODate);
        if (!parsed.isValid())
            return invalidParam(key, QStringLiteral("Invalid date."), "rest_invalid_date");
        dateGmt = QDateTime(parsed.date(), parsed.time(), Qt::UTC); // the sandbox site runs on UTC
        break;
    }
    // wp_insert_post: publish dated 60 s or more ahead becomes future; future in the past becomes publish.
    const qint64 ahead = m_context.clock.now().secsTo(dateGmt);
    if (status == QLatin1String("publish") && ahead >= 60)
        status = QStringLiteral("future");
    else if (status == QLatin1String("future") && ahead < 60)
        status = QStringLiteral("publish");
    const qint64 id = m_nextId++;
    const QString date = dateGmt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    Json title = json->contains("title") && (*json)["title"].is_string() ? (*json)["title"] : Json("");
    return SandboxReply::json(201, Json{{"id", id}, {"date", toStd(date)}, {"date_gmt", toStd(date)}, {"status", toStd(status)},
                                        {"type", "post"}, {"link", toStd(QStringLiteral("https://%1/?p=%2").arg(siteHost()).arg(id))},
                                        {"title", {{"raw", title}, {"rendered", title}}},
                                        {"featured_media", json->value("featured_media", 0)}});
}

SandboxReply WordPressEmulator::uploadMedia(const SandboxRequest &request)
{
    const QByteArray disposition = request.header("Content-Disposition");
    const qsizetype at = disposition.indexOf("filename=");
    if (at < 0)
        return wpError(400, "rest_upload_no_content_disposition", QStringLiteral("No Content-Disposition supplied."));
    if (request.body.isEmpty())
        return wpError(400, "rest_upload_no_data", QStringLiteral("No data supplied."));
    QByteArray fileName = disposition.mid(at + 9).trimmed();
    fileName.replace('"', "");
    const qint64 id = m_nextId++;
    const QString url = QStringLiteral("https://%1/wp-content/uploads/%2/%3")
                            .arg(siteHost(), m_context.clock.now().toString(QStringLiteral("yyyy/MM")), QString::fromUtf8(fileName));
    const QByteArray type = request.contentType();
    return SandboxReply::json(201, Json{{"id", id}, {"source_url", toStd(url)}, {"mime_type", type.toStdString()},
                                        {"media_type", type.startsWith("image/") ? "image" : "file"}});
}

SandboxReply WordPressEmulator::faultReply(FaultKind kind, const FaultRule &rule, const SandboxRequest &request)
{
    Q_UNUSED(request);
    Q_UNUSED(rule);
    switch (kind) {
    case FaultKind::RateLimit: return wpError(429, "rest_too_many_requests", QStringLiteral("Too many requests."))
            .withHeader("Retry-After", QByteArray::number(rule.retryAfterSecs));
    case FaultKind::ServerError: return SandboxReply::html(rule.status ? rule.status : 500, QStringLiteral("<p>There has been a critical error on this website.</p>"));
    case FaultKind::TokenExpired:
    case FaultKind::TokenInvalid:
        return SandboxReply::json(401, Json{{"code", "incorrect_password"}, {"message", "The provided password is an invalid application password."}, {"data", nullptr}});
    case FaultKind::Policy:
        return wpError(403, "rest_cannot_create", QStringLiteral("Sorry, you are not allowed to create posts as this user."), Json{{"status", 403}});
    case FaultKind::Slow:
    case FaultKind::DropAfterAccept: break;
    }
    return SandboxReply::empty(500);
}

} // namespace cf::sandbox
