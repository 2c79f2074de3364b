#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cf {

// The one text form of dates and instants used in the database and in JSON.
// Instants are UTC with milliseconds ("2026-02-18T17:30:00.000Z"), so text
// order is time order; calendar days are "yyyy-MM-dd". Invalid values map to
// an empty string and back.
QString utcText(const QDateTime &instant);
// Accepts any ISO 8601 instant with an offset or Z; returns an invalid
// QDateTime for empty or malformed text.
QDateTime utcFromText(const QString &text);
QString dateText(const QDate &date);
QDate dateFromText(const QString &text);

} // namespace cf
