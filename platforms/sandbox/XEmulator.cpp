#include "platforms/sandbox/XEmulator.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace cf::sandbox {

namespace {
const QString kRealm = QStringLiteral("x");
const QByteArray kProblemType = "application/problem+json";

SandboxReply problem(int status, const char *type, const char *title, const QString &detail)
{
    Json body{{"title", title}, {"detail", toStd(detail)}, {"status", status},
              {"type", std::string("https://api.x.com/2/problems/") + type}};
    return SandboxReply::jsonWithType(status, body, kProblemType);
}

SandboxReply unauthorized()
{
    return SandboxReply::jsonWithType(401, Json{{"title", "Unauthorized"}, {"type", "about:blank"}, {"status", 401}, {"detail", "Unauthorized"}},
                                      kProblemType);
}

SandboxReply invalid(const QString &message)
{
    return SandboxReply::jsonWithType(400, Json{{"errors", Json::array({{{"message", toStd(message)}}})},
                                                {"title", "Invalid Request"},
                                                {"detail", "One or more parameters to your request was invalid."},
                                                {"type", "https://api.x.com/2/problems/invalid-request"}},
                                      kProblemType);
}

SandboxReply forbiddenScope(const QString &scope)
{
    return problem(403, "client-forbidden", "Client Forbidden",
                   QStringLiteral("This request requires the %1 scope, which the token was not granted.").arg(scope));
}

const QStringList kScopes{QStringLiteral("tweet.read"), QStringLiteral("tweet.write"), QStringLiteral("tweet.moderate.write"),
                          QStringLiteral("users.read"), QStringLiteral("follows.read"), QStringLiteral("follows.write"),
                          QStringLiteral("offline.access"), QStringLiteral("space.read"), QStringLiteral("mute.read"),
                          QStringLiteral("mute.write"), QStringLiteral("like.read"), QStringLiteral("like.write"),
                          QStringLiteral("list.read"), QStringLiteral("list.write"), QStringLiteral("block.read"),
                          QStringLiteral("block.write"), QStringLiteral("bookmark.read"), QStringLiteral("bookmark.write"),
                          QStringLiteral("media.write")};
} // namespace

QList<HostRoute> XEmulator::routes() const
{
    return {{QStringLiteral("x.com"), QStringLiteral("x.com")}, {QStringLiteral("api.x.com"), QStringLiteral("api.x.com")}};
}

void XEmulator::reset()
{
    m_media.clear();
    m_tweets.clear();
    m_lookup.reset();
    m_windows.clear();
}

int XEmulator::weightedLength(const QString &text)
{
    // Every URL counts 23 (t.co); code points in the Latin ranges of the
    // counting rules weigh 1, everything else (CJK, emoji) weighs 2.
    static const QRegularExpression urls(QStringLiteral("https?://\\S+"));
    int length = 0;
    QString rest = text;
    auto it = urls.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        length += 23;
    }
    rest.remove(urls);
    const QList<uint> codePoints = rest.toUcs4();
    for (uint cp : codePoints) {
        const bool light = cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247);
        length += light ? 1 : 2;
    }
    return length;
}

SandboxReply XEmulator::handle(const SandboxRequest &request)
{
    const bool authorizePath = (request.host == QLatin1String("x.com") && request.path == QLatin1String("/i/oauth2/authorize"))
        || (request.host == QLatin1String("api.x.com") && request.path == QLatin1String("/2/oauth2/authorize"));
    if (authorizePath) {
        AuthorizeProfile profile;
        profile.realm = kRealm;
        profile.title = QStringLiteral("X");
        profile.knownScopes = kScopes;
        profile.pkce = PkceRule::Required;
        profile.pkceMethods = {{QStringLiteral("S256"), PkceMethod::S256}, {QStringLiteral("plain"), PkceMethod::Plain}};
        profile.codeTtlSecs = kCodeTtl;
        profile.userId = m_context.seed.xUser.id;
        if (request.method == "GET" && request.queryValue(QStringLiteral("state")).size() > 500)
            return SandboxReply::html(400, QStringLiteral("state must be at most 500 characters"));
        return m_context.oauth.authorize(profile, request);
    }
    if (request.host != QLatin1String("api.x.com"))
        return notFoundText(request);
    return handleApi(request);
}

SandboxReply XEmulator::withRateHeaders(SandboxReply reply, const SandboxRequest &request, int limit)
{
    const QString key = QString::fromLatin1(request.method) + request.path.section(QLatin1Char('/'), 0, 2) + request.bearerToken().left(12);
    auto &[start, count] = m_windows[key];
    const qint64 now = m_context.clock.nowSecs();
    if (start == 0 || now - start >= 900) {
        start = now;
        count = 0;
    }
    ++count;
    reply.withHeader("x-rate-limit-limit", QByteArray::number(limit));
    reply.withHeader("x-rate-limit-remaining", QByteArray::number(qMax(0, limit - count)));
    reply.withHeader("x-rate-limit-reset", QByteArray::number(start + 900));
    return reply;
}

SandboxReply XEmulator::handleApi(const SandboxRequest &request)
{
    if (request.path == QLatin1String("/2/oauth2/token"))
        return token(request);
    if (request.path == QLatin1String("/2/oauth2/revoke"))
        return revoke(request);

    const TokenCheck check = m_context.oauth.check(kRealm, request.bearerToken());
    if (!check.ok())
        return withRateHeaders(unauthorized(), request, 900);
    if (request.path == QLatin1String("/2/users/me") && request.method == "GET") {
        if (!check.hasScope(QStringLiteral("users.read")) || !check.hasScope(QStringLiteral("tweet.read")))
            return forbiddenScope(QStringLiteral("users.read tweet.read"));
        const SandboxSeed::Person &user = m_context.seed.xUser;
        return withRateHeaders(SandboxReply::json(200, Json{{"data", {{"id", toStd(user.id)}, {"name", toStd(user.name)}, {"username", toStd(user.username)}}}}),
                               request, 75);
    }
    if (request.path == QLatin1String("/2/tweets") && request.method == "POST") {
        const QString window = QStringLiteral("POST/2/tweets") + request.bearerToken().left(12);
        const auto it = m_windows.find(window);
        if (it != m_windows.end() && m_context.clock.nowSecs() - it->second.first < 900 && it->second.second >= kTweetLimitPer15Min)
            return withRateHeaders(problem(429, "rate-limit-exceeded", "Too Many Requests", QStringLiteral("Too Many Requests")), request,
                                   kTweetLimitPer15Min);
        return withRateHeaders(createTweet(request, check), request, kTweetLimitPer15Min);
    }
    if (XTweetLookupApi::handles(request))
        return withRateHeaders(m_lookup.handle(request, check, [this](const QString &id) {
            const auto it = m_tweets.find(id);
            return it == m_tweets.end() ? std::nullopt : std::optional<QString>(it->second.text);
        }), request, 900);
    static const QRegularExpression tweetPath(QStringLiteral("^/2/tweets/([0-9]{1,19})$"));
    if (const auto match = tweetPath.match(request.path); match.hasMatch() && request.method == "DELETE") {
        if (!check.hasScope(QStringLiteral("tweet.write")))
            return forbiddenScope(QStringLiteral("tweet.write"));
        const auto tweet = m_tweets.find(match.captured(1));
        if (tweet == m_tweets.end() || tweet->second.userId != check.grant.userId)
            return problem(404, "resource-not-found", "Not Found Error", QStringLiteral("Could not find tweet with id: [%1].").arg(match.captured(1)));
        m_tweets.erase(tweet);
        return withRateHeaders(SandboxReply::json(200, Json{{"data", {{"deleted", true}}}}), request, 50);
    }
    static const QRegularExpression userTweetsPath(QStringLiteral("^/2/users/([0-9]{1,19})/tweets$"));
    if (const auto match = userTweetsPath.match(request.path); match.hasMatch() && request.method == "GET") {
        if (!check.hasScope(QStringLiteral("tweet.read")) || !check.hasScope(QStringLiteral("users.read")))
            return forbiddenScope(QStringLiteral("tweet.read users.read"));
        return withRateHeaders(userTweets(request, match.captured(1)), request, 900);
    }
    static const QRegularExpression mediaPath(QStringLiteral("^/2/media/upload(?:/(initialize)|/([0-9]+)/(append|finalize))?$"));
    if (const auto match = mediaPath.match(request.path); match.hasMatch()) {
        if (!check.hasScope(QStringLiteral("media.write")))
            return forbiddenScope(QStringLiteral("media.write"));
        const QString action = match.captured(1).isEmpty() ? match.captured(3) : match.captured(1);
        return withRateHeaders(mediaUpload(request, check, match.captured(2), action), request, 500);
    }
    return problem(404, "resource-not-found", "Not Found Error", QStringLiteral("No route for %1 %2").arg(QString::fromLatin1(request.method), request.path));
}

SandboxReply XEmulator::token(const SandboxRequest &request)
{
    if (request.method != "POST")
        return invalid(QStringLiteral("Use POST"));
    if (!request.isForm())
        return oauthErrorReply({OAuthErrorKind::InvalidRequest, QStringLiteral("Content-Type must be application/x-www-form-urlencoded")});
    const QUrlQuery form = request.form();
    auto value = [&form](const char *key) { return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    ClientCredentials client;
    QString basicUser;
    QString basicPassword;
    if (basicCredentials(request, &basicUser, &basicPassword)) {
        client = {basicUser, basicPassword, true};
        if (form.hasQueryItem(QStringLiteral("client_id")) && value("client_id") != basicUser)
            return oauthErrorReply({OAuthErrorKind::InvalidRequest, QStringLiteral("client_id does not match the Authorization header")});
    } else {
        client.clientId = value("client_id");
    }
    TokenPolicy policy;
    policy.accessTtlSecs = kAccessTtl;
    policy.refresh = TokenPolicy::Refresh::Rotate;
    policy.refreshOnlyWithScope = QStringLiteral("offline.access");
    policy.secret = TokenPolicy::Secret::UnlessPublicWithPkce;
    TokenResult result;
    const QString grantType = value("grant_type");
    if (grantType == QLatin1String("authorization_code")) {
        std::optional<QString> verifier;
        if (form.hasQueryItem(QStringLiteral("code_verifier")))
            verifier = value("code_verifier");
        result = m_context.oauth.exchangeCode(kRealm, client, value("code"), value("redirect_uri"), verifier, policy);
    } else if (grantType == QLatin1String("refresh_token")) {
        result = m_context.oauth.refresh(kRealm, client, value("refresh_token"), policy);
    } else {
        return oauthErrorReply({OAuthErrorKind::UnsupportedGrantType, QStringLiteral("grant_type must be authorization_code or refresh_token")});
    }
    if (const auto *failure = std::get_if<OAuthFailure>(&result))
        return oauthErrorReply(*failure);
    return SandboxReply::json(200, standardTokenJson(std::get<IssuedTokens>(result), QStringLiteral(" "), "bearer"));
}

SandboxReply XEmulator::revoke(const SandboxRequest &request)
{
    if (request.method != "POST" || !request.isForm())
        return oauthErrorReply({OAuthErrorKind::InvalidRequest, QStringLiteral("POST a form with token and client_id")});
    QString user;
    QString password;
    ClientCredentials client;
    if (basicCredentials(request, &user, &password))
        client = {user, password, true};
    else
        client.clientId = request.formValue(QStringLiteral("client_id"));
    const OAuthApp *app = m_context.seed.app(kRealm, client.clientId);
    if (auto failure = m_context.oauth.authenticateClient(kRealm, client, !(app && app->publicClient)))
        return oauthErrorReply(*failure);
    const QString token = request.formValue(QStringLiteral("token"));
    if (token.isEmpty())
        return oauthErrorReply({OAuthErrorKind::InvalidRequest, QStringLiteral("token is required")});
    m_context.oauth.revoke(kRealm, token);
    return SandboxReply::json(200, Json{{"revoked", true}});
}

SandboxReply XEmulator::createTweet(const SandboxRequest &request, const TokenCheck &check)
{
    for (const char *scope : {"tweet.read", "tweet.write", "users.read"}) {
        if (!check.hasScope(QLatin1String(scope)))
            return forbiddenScope(QLatin1String(scope));
    }
    if (request.contentType() != "application/json")
        return invalid(QStringLiteral("Content-Type must be application/json"));
    const auto json = request.json();
    if (!json || !json->is_object())
        return invalid(QStringLiteral("The request body is not valid JSON"));
    static const QStringList allowed{QStringLiteral("text"), QStringLiteral("media"), QStringLiteral("reply"), QStringLiteral("quote_tweet_id"),
                                     QStringLiteral("poll"), QStringLiteral("reply_settings"), QStringLiteral("made_with_ai"),
                                     QStringLiteral("paid_partnership"), QStringLiteral("community_id"), QStringLiteral("nullcast"),
                                     QStringLiteral("geo"), QStringLiteral("direct_message_deep_link"), QStringLiteral("for_super_followers_only"),
                                     QStringLiteral("card_uri"), QStringLiteral("share_with_followers")};
    for (const auto &[key, value] : json->items()) {
        if (!allowed.contains(fromStd(key)))
            return invalid(QStringLiteral("$.%1: is not defined in the schema and the schema does not allow additional properties").arg(fromStd(key)));
    }
    const QString text = jsonString(*json, "text");
    if (json->contains("text") && !(*json)["text"].is_string())
        return invalid(QStringLiteral("$.text: string expected"));
    if (weightedLength(text) > kMaxWeightedLength)
        return problem(403, "forbidden", "Forbidden", QStringLiteral("Your Tweet text is too long. For more information on how X determines text length see https://github.com/twitter/twitter-text."));
    QStringList mediaIds;
    if (json->contains("media")) {
        const Json &media = (*json)["media"];
        if (!media.is_object() || !media.contains("media_ids") || !media["media_ids"].is_array())
            return invalid(QStringLiteral("$.media.media_ids: array expected"));
        const Json &ids = media["media_ids"];
        if (ids.empty() || ids.size() > 4)
            return invalid(QStringLiteral("$.media.media_ids: must contain a minimum of 1 item and a maximum of 4 items"));
        static const QRegularExpression idShape(QStringLiteral("^[0-9]{1,19}$"));
        for (const Json &id : ids) {
            const QString mediaId = id.is_string() ? fromStd(id.get<std::string>()) : QString();
            if (!idShape.match(mediaId).hasMatch())
                return invalid(QStringLiteral("$.media.media_ids: the value '%1' does not match ^[0-9]{1,19}$").arg(mediaId));
            const auto found = m_media.find(mediaId);
            if (found == m_media.end() || found->second.userId != check.grant.userId || mediaState(found->second) != QLatin1String("succeeded"))
                return invalid(QStringLiteral("Your media IDs are invalid."));
            mediaIds.append(mediaId);
        }
    }
    if (text.isEmpty() && mediaIds.isEmpty())
        return invalid(QStringLiteral("$.text: text or media is required"));
    if (json->contains("reply_settings")) {
        static const QStringList settings{QStringLiteral("following"), QStringLiteral("mentionedUsers"), QStringLiteral("subscribers"),
                                          QStringLiteral("verified")};
        if (!settings.contains(jsonString(*json, "reply_settings")))
            return invalid(QStringLiteral("$.reply_settings: does not have a value in the enumeration [following, mentionedUsers, subscribers, verified]"));
    }
    for (const auto &[id, tweet] : m_tweets) {
        if (tweet.userId == check.grant.userId && !text.isEmpty() && tweet.text == text)
            return SandboxReply::jsonWithType(403, Json{{"detail", "You are not allowed to create a Tweet with duplicate content."},
                                                        {"type", "about:blank"}, {"title", "Forbidden"}, {"status", 403}},
                                              kProblemType);
    }
    QString replyTo;
    if (json->contains("reply")) {
        const Json &reply = (*json)["reply"];
        replyTo = reply.is_object() ? jsonString(reply, "in_reply_to_tweet_id") : QString();
        if (replyTo.isEmpty())
            return invalid(QStringLiteral("$.reply.in_reply_to_tweet_id: string expected"));
        if (m_tweets.find(replyTo) == m_tweets.end())
            return invalid(QStringLiteral("Your Tweet cannot be posted because the Tweet you are replying to has been deleted or is not visible to you."));
    }
    Tweet tweet{m_context.numericId(QStringLiteral("18800")), check.grant.userId, text, replyTo, m_context.clock.nowSecs()};
    m_tweets[tweet.id] = tweet;
    return SandboxReply::json(201, Json{{"data", {{"id", toStd(tweet.id)}, {"text", toStd(text)}, {"edit_history_tweet_ids", {toStd(tweet.id)}}}}});
}

SandboxReply XEmulator::userTweets(const SandboxRequest &request, const QString &userId) const
{
    // GET /2/users/:id/tweets: newest first, max_results 5..100 (default 10);
    // created_at and conversation fields only when asked for in tweet.fields.
    int maxResults = 10;
    if (request.hasQuery(QStringLiteral("max_results"))) {
        bool ok = false;
        maxResults = request.queryValue(QStringLiteral("max_results")).toInt(&ok);
        if (!ok || maxResults < 5 || maxResults > 100)
            return invalid(QStringLiteral("The `max_results` query parameter value [%1] is not between 5 and 100").arg(request.queryValue(QStringLiteral("max_results"))));
    }
    if (userId != m_context.seed.xUser.id)
        return problem(404, "resource-not-found", "Not Found Error", QStringLiteral("Could not find user with id: [%1].").arg(userId));
    const QStringList fields = request.queryValue(QStringLiteral("tweet.fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    std::vector<const Tweet *> mine;
    for (const auto &[id, tweet] : m_tweets) {
        if (tweet.userId == userId)
            mine.push_back(&tweet);
    }
    std::sort(mine.begin(), mine.end(), [](const Tweet *a, const Tweet *b) { return a->id.toULongLong() > b->id.toULongLong(); });
    Json data = Json::array();
    for (const Tweet *tweet : mine) {
        if (int(data.size()) >= maxResults)
            break;
        Json item{{"id", toStd(tweet->id)}, {"text", toStd(tweet->text)}, {"edit_history_tweet_ids", {toStd(tweet->id)}}};
        if (fields.contains(QStringLiteral("created_at")))
            item["created_at"] = toStd(QDateTime::fromSecsSinceEpoch(tweet->createdAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.000Z")));
        if (fields.contains(QStringLiteral("referenced_tweets")) && !tweet->replyTo.isEmpty())
            item["referenced_tweets"] = Json::array({{{"type", "replied_to"}, {"id", toStd(tweet->replyTo)}}});
        data.push_back(std::move(item));
    }
    Json meta{{"result_count", data.size()}};
    if (data.empty())
        return SandboxReply::json(200, Json{{"meta", meta}}); // X leaves out "data" when nothing matches
    meta["newest_id"] = data.front()["id"];
    meta["oldest_id"] = data.back()["id"];
    return SandboxReply::json(200, Json{{"data", data}, {"meta", meta}});
}

} // namespace cf::sandbox
