#include "app/review/ReviewQueue.h"

#include "app/content/media/AssetStore.h"
#include "models/store/AssetRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/WorkspaceRepository.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cf::reviewqueue {

ReviewQueueSnapshot loadNow(const QString &databaseFile, const QString &assetsDir)
{
    ReviewQueueSnapshot snapshot;
    Database db;
    DatabaseOptions options;
    options.createIfMissing = false;
    options.migrate = false;
    if (!db.open(databaseFile, Database::connectionNameForCurrentThread(QStringLiteral("review-queue")), options)) {
        snapshot.error = db.error().message;
        return snapshot;
    }
    auto campaigns = CampaignRepository(db).list();
    if (!campaigns) {
        snapshot.error = campaigns.error().message;
        return snapshot;
    }
    snapshot.campaigns = campaigns.value();
    const ContentRepository content(db);
    const WorkspaceRepository workspaces(db);
    const AssetStore store(assetsDir);
    for (const Campaign &c : snapshot.campaigns) {
        auto items = content.listForCampaign(c.id);
        if (!items) {
            snapshot.error = items.error().message;
            return snapshot;
        }
        if (auto workspace = workspaces.find(c.workspaceId))
            snapshot.accountNames[c.id] = workspace->name;
        auto assets = AssetRepository(db).listForCampaign(c.id);
        std::map<qint64, Asset> byId;
        if (assets) {
            for (const Asset &a : assets.value())
                byId[a.id] = a;
        }
        for (ContentItem &item : items.value()) {
            for (qint64 assetId : item.assetIds) {
                const auto found = byId.find(assetId);
                if (found != byId.end() && found->second.kind == AssetKind::Image) {
                    snapshot.firstImagePath[item.id] = store.absolutePath(found->second);
                    break;
                }
            }
            snapshot.items.push_back(std::move(item));
        }
    }
    return snapshot;
}

QFuture<ReviewQueueSnapshot> load(const QString &databaseFile, const QString &assetsDir)
{
    return QtConcurrent::run([databaseFile, assetsDir] { return loadNow(databaseFile, assetsDir); });
}

} // namespace cf::reviewqueue
