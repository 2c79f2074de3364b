#include "platforms/sandbox/WordPressEmulator.h"

#include <QDateTime>
#include <QRegularExpression>

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

void WordPressEmulator::reset()
{
    m_nextId = 100;
    m_nextTerm = 2;
    m_terms = {{1, {1, QStringLiteral("Uncategorized"), QStringLiteral("category")}}};
    m_posts.clear();
    m_media.clear();
}

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
    if (request.path == QLatin1String("/wp-json/wp/v2/posts") && request.method == "GET")
        return listPosts(request);
    if (request.path.startsWith(QLatin1String("/wp-json/wp/v2/posts/")))
        return postItem(request, request.path.mid(21));
    if (request.path == QLatin1String("/wp-json/wp/v2/categories"))
        return terms(request, QStringLiteral("category"));
    if (request.path == QLatin1String("/wp-json/wp/v2/tags"))
        return terms(request, QStringLiteral("post_tag"));
    if (request.path == QLatin1String("/wp-json/wp/v2/media") && request.method == "POST")
        return uploadMedia(request);
    if (request.path.startsWith(QLatin1String("/wp-json/wp/v2/media/")))
        return mediaItem(request, request.path.mid(21));
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
    if (!termsExist(json->value("categories", Json::array()), QStringLiteral("category")))
        return invalidParam("categories", QStringLiteral("Invalid term ID."), "rest_invalid_term_id");
    if (!termsExist(json->value("tags", Json::array()), QStringLiteral("post_tag")))
        return invalidParam("tags", QStringLiteral("Invalid term ID."), "rest_invalid_term_id");
    const qint64 id = m_nextId++;
    const QString date = dateGmt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    Json title = json->contains("title") && (*json)["title"].is_string() ? (*json)["title"] : Json("");
    QString slug = jsonString(*json, "slug");
    if (slug.isEmpty())
        slug = fromStd(title.get<std::string>()).toLower().replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    Json post{{"id", id}, {"date", toStd(date)}, {"date_gmt", toStd(date)}, {"status", toStd(status)}, {"slug", toStd(slug)},
              {"type", "post"}, {"link", toStd(QStringLiteral("https://%1/?p=%2").arg(siteHost()).arg(id))},
              {"title", {{"raw", title}, {"rendered", title}}}, {"content", {{"raw", json->value("content", Json(""))}}},
              {"categories", json->value("categories", Json::array({1}))}, {"tags", json->value("tags", Json::array())},
              {"featured_media", json->value("featured_media", 0)}};
    m_posts[id] = post;
    return SandboxReply::json(201, post);
}

bool WordPressEmulator::termsExist(const Json &ids, const QString &taxonomy) const
{
    if (!ids.is_array())
        return false;
    for (const Json &id : ids) {
        const auto it = id.is_number_integer() ? m_terms.find(id.get<qint64>()) : m_terms.end();
        if (it == m_terms.end() || it->second.taxonomy != taxonomy)
            return false;
    }
    return true;
}

SandboxReply WordPressEmulator::listPosts(const SandboxRequest &request) const
{
    const QString search = request.queryValue(QStringLiteral("search"));
    const QString slug = request.queryValue(QStringLiteral("slug"));
    // Like core, the default is published posts only; status=any or a list widens it.
    const QStringList statuses = request.hasQuery(QStringLiteral("status"))
        ? request.queryValue(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)
        : QStringList{QStringLiteral("publish")};
    Json out = Json::array();
    for (auto it = m_posts.rbegin(); it != m_posts.rend(); ++it) {
        const Json &post = it->second;
        if (!statuses.contains(QLatin1String("any")) && !statuses.contains(jsonString(post, "status")))
            continue;
        if (!slug.isEmpty() && jsonString(post, "slug") != slug)
            continue;
        const QString title = fromStd(post["title"]["raw"].get<std::string>());
        if (!search.isEmpty() && !title.contains(search, Qt::CaseInsensitive))
            continue;
        out.push_back(post);
    }
    return SandboxReply::json(200, out).withHeader("X-WP-Total", QByteArray::number(qint64(out.size())));
}

SandboxReply WordPressEmulator::terms(const SandboxRequest &request, const QString &taxonomy)
{
    auto termJson = [taxonomy](const Term &term) {
        return Json{{"id", term.id}, {"name", toStd(term.name)}, {"slug", toStd(term.name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')))},
                    {"taxonomy", toStd(taxonomy)}, {"count", 0}};
    };
    if (request.method == "GET") {
        const QString search = request.queryValue(QStringLiteral("search"));
        Json out = Json::array();
        for (const auto &[id, term] : m_terms) {
            if (term.taxonomy == taxonomy && (search.isEmpty() || term.name.contains(search, Qt::CaseInsensitive)))
                out.push_back(termJson(term));
        }
        return SandboxReply::json(200, out);
    }
    if (request.method != "POST")
        return wpError(404, "rest_no_route", QStringLiteral("No route was found matching the URL and request method."));
    const auto json = request.contentType() == "application/json" ? request.json() : std::nullopt;
    const QString name = json ? jsonString(*json, "name").trimmed() : QString();
    if (name.isEmpty())
        return wpError(400, "rest_missing_callback_param", QStringLiteral("Missing parameter(s): name"),
                       Json{{"status", 400}, {"params", {"name"}}});
    for (const auto &[id, term] : m_terms) {
        if (term.taxonomy == taxonomy && term.name.compare(name, Qt::CaseInsensitive) == 0)
            return wpError(400, "term_exists", QStringLiteral("A term with the name provided already exists with this parent."),
                           Json{{"status", 400}, {"term_id", id}});
    }
    const Term term{m_nextTerm++, name, taxonomy};
    m_terms[term.id] = term;
    return SandboxReply::json(201, termJson(term));
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
    const Json attachment{{"id", id}, {"source_url", toStd(url)}, {"mime_type", type.toStdString()},
                          {"media_type", type.startsWith("image/") ? "image" : "file"}};
    m_media[id] = attachment;
    return SandboxReply::json(201, attachment);
}

SandboxReply WordPressEmulator::mediaItem(const SandboxRequest &request, const QString &idText)
{
    bool numeric = false;
    const qint64 id = idText.toLongLong(&numeric);
    const auto it = numeric ? m_media.find(id) : m_media.end();
    if (it == m_media.end())
        return wpError(404, "rest_post_invalid_id", QStringLiteral("Invalid post ID."));
    if (request.method == "GET")
        return SandboxReply::json(200, it->second);
    if (request.method != "DELETE")
        return wpError(404, "rest_no_route", QStringLiteral("No route was found matching the URL and request method."));
    // Attachments cannot be trashed: core answers 501 unless force=true.
    if (request.queryValue(QStringLiteral("force")) != QLatin1String("true"))
        return wpError(501, "rest_trash_not_supported", QStringLiteral("The media does not support trashing. Set 'force=true' to delete."));
    const Json previous = it->second;
    m_media.erase(it);
    return SandboxReply::json(200, Json{{"deleted", true}, {"previous", previous}});
}

SandboxReply WordPressEmulator::postItem(const SandboxRequest &request, const QString &idText)
{
    bool numeric = false;
    const qint64 id = idText.toLongLong(&numeric);
    const auto it = numeric ? m_posts.find(id) : m_posts.end();
    if (it == m_posts.end())
        return wpError(404, "rest_post_invalid_id", QStringLiteral("Invalid post ID."));
    Json &post = it->second;
    // Like wp_publish_future_post: a "future" post whose date has come is published.
    if (jsonString(post, "status") == QLatin1String("future")
        && QDateTime::fromString(jsonString(post, "date_gmt") + QLatin1Char('Z'), Qt::ISODate) <= m_context.clock.now())
        post["status"] = "publish";
    if (request.method == "GET")
        return SandboxReply::json(200, post);
    if (request.method != "DELETE")
        return wpError(404, "rest_no_route", QStringLiteral("No route was found matching the URL and request method."));
    if (request.queryValue(QStringLiteral("force")) == QLatin1String("true")) {
        const Json previous = post;
        m_posts.erase(it);
        return SandboxReply::json(200, Json{{"deleted", true}, {"previous", previous}});
    }
    // Without force the post goes to the trash (a second delete is 410).
    if (jsonString(post, "status") == QLatin1String("trash"))
        return wpError(410, "rest_already_trashed", QStringLiteral("The post has already been deleted."));
    post["status"] = "trash";
    return SandboxReply::json(200, post);
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
