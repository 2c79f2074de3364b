#pragma once

// A fresh database in a temporary folder plus sample values, shared by the
// store suites.
#include "models/domain/AdSet.h"
#include "models/domain/Asset.h"
#include "models/domain/Campaign.h"
#include "models/domain/ContentItem.h"
#include "models/store/Database.h"

#include <QTemporaryDir>
#include <QTimeZone>

namespace cf::test {

inline QDateTime utcAt(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

inline Campaign sampleCampaign(const QString &name)
{
    Campaign c;
    c.name = name;
    c.instruction = QStringLiteral("Create Instagram and TikTok campaign for Ramadan sale with 1000 SAR budget");
    c.type = CampaignType::SalesConversion;
    c.objective = Objective::Sales;
    c.status = CampaignStatus::Draft;
    c.theme = QStringLiteral("Ramadan");
    c.timeZone = QStringLiteral("Asia/Riyadh");
    c.languages = {QStringLiteral("ar"), QStringLiteral("en")};
    c.platforms = {Platform::Instagram, Platform::TikTok};
    c.audience.locations = {QStringLiteral("Riyadh")};
    c.audience.genders = {QStringLiteral("female")};
    c.audience.ageMin = 25;
    c.audience.ageMax = 40;
    c.budget = {{100000, QStringLiteral("SAR")}, BudgetPeriod::Total};
    c.startDate = QDate(2026, 2, 18);
    c.endDate = QDate(2026, 3, 19);
    c.createdAt = utcAt(2, 1, 9);
    c.updatedAt = c.createdAt;
    return c;
}

inline ContentItem sampleItem(qint64 campaignId, const QDateTime &when, Platform platform = Platform::Instagram)
{
    ContentItem item;
    item.campaignId = campaignId;
    item.platform = platform;
    item.contentType = ContentType::ImagePost;
    item.phase = QStringLiteral("launch");
    item.scheduledUtc = when;
    item.title = {QStringLiteral("عرض رمضان"), QStringLiteral("Ramadan offer")};
    item.body = {QStringLiteral("خصم ٣٠٪"), QStringLiteral("30% off")};
    item.hashtags = {QStringLiteral("ramadan")};
    item.createdAt = utcAt(2, 1, 9);
    item.updatedAt = item.createdAt;
    return item;
}

inline Asset sampleAsset(const QString &sha)
{
    Asset a;
    a.kind = AssetKind::Image;
    a.relativePath = sha.left(2) + QLatin1Char('/') + sha + QStringLiteral(".png");
    a.mimeType = QStringLiteral("image/png");
    a.sizeBytes = 2048;
    a.sha256 = sha;
    a.width = 1080;
    a.height = 1080;
    a.createdAt = utcAt(2, 1, 9);
    return a;
}

// Opens a new database file in its own temporary folder.
class StoreFixture
{
public:
    explicit StoreFixture(const QString &connection) { m_ok = db.open(path(), connection); }
    bool ok() const { return m_ok; }
    QString path() const { return dir.filePath(QStringLiteral("campaignforge.sqlite")); }

    QTemporaryDir dir;
    Database db;

private:
    bool m_ok = false;
};

} // namespace cf::test
