#pragma once

#include "models/domain/Campaign.h"
#include "models/domain/ContentItem.h"

#include <QFuture>
#include <QString>

#include <map>
#include <vector>

namespace cf {

// Everything the review queue lists, read in one go: the campaigns (for the
// filter), their items in schedule order and the name each campaign posts
// under (its workspace), plus each item's first image path.
struct ReviewQueueSnapshot
{
    std::vector<Campaign> campaigns;
    std::vector<ContentItem> items;
    std::map<qint64, QString> accountNames;   // campaign id -> workspace name
    std::map<qint64, QString> firstImagePath; // item id -> absolute path of its first image asset
    QString error;                            // translated; empty on success
};

// Reads the queue on the thread pool over its own read-only connection
// (SQLite connections never cross threads), so a large database never
// blocks the screen.
namespace reviewqueue {
QFuture<ReviewQueueSnapshot> load(const QString &databaseFile, const QString &assetsDir);
// The same read on the calling thread's own connection.
ReviewQueueSnapshot loadNow(const QString &databaseFile, const QString &assetsDir);
} // namespace reviewqueue

} // namespace cf
