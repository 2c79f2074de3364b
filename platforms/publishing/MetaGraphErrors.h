#pragma once

#include "platforms/publishing/PublishHttp.h"
#include "platforms/publishing/PublishTypes.h"

#include <QDateTime>
#include <QUrl>

namespace cf {

// Maps a Graph API answer (Facebook Pages, Instagram) that is not a success
// onto the shared error taxonomy: the {"error":{code,error_subcode,...}}
// envelope, Meta's usage headers for rate limits, and transport failures.
namespace metagraph {

PublishOutcome failureOutcome(const HttpResult &result, bool creates, const QDateTime &nowUtc);

// The Graph host with the API version every Meta adapter speaks.
QString graphBase();
// graphBase()/path?query
QUrl graphUrl(const QString &path, const QList<std::pair<QString, QString>> &query = {});
// Graph's "2026-11-21T12:00:00+0000" as a UTC time; invalid when unreadable.
QDateTime parseTime(const QString &text);
// Tokens go in this header, never in URLs (which end up in logs and proxies).
QByteArray authorization(const QString &token);

} // namespace metagraph
} // namespace cf
