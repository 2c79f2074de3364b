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
    c.product.nameEn = QStringLiteral("Abayas");
    c.product.nameAr = QStringLiteral("عبايات");
    c.product.discountPercent = 30;
    c.product.price = Money{19900, QStringLiteral("SAR")};
    c.product.url = QStringLiteral("https://shop.example/abayas");
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

// Generated copy with every optional part filled, for round trips (schema v2).
inline ContentCopy sampleCopy()
{
    ContentCopy copy;
    copy.ar.language = QStringLiteral("ar");
    copy.ar.headline = QStringLiteral("رمضانك أحلى معنا");
    copy.ar.primaryText = QStringLiteral("خصم ٣٠٪ على العبايات 🌙 #رمضان_كريم");
    copy.ar.callToAction = QStringLiteral("تسوّقي الآن");
    copy.ar.hashtags = {QStringLiteral("رمضان_كريم")};
    copy.ar.email = EmailCopy{QStringLiteral("عرض رمضان"), QStringLiteral("لا يفوتك"), QStringLiteral("<p>مرحباً</p>"),
                              QStringLiteral("مرحباً *|UNSUB|*")};
    copy.ar.video = VideoScript{QStringLiteral("ar"), {{QStringLiteral("عرض"), QStringLiteral("عرض رمضان"), 3.5}}};
    copy.en.language = QStringLiteral("en");
    copy.en.headline = QStringLiteral("Ramadan, made brighter");
    copy.en.primaryText = QStringLiteral("30% off abayas");
    copy.en.blog = BlogCopy{QStringLiteral("Title"), QStringLiteral("title"), QStringLiteral("Excerpt"),
                            QStringLiteral("<h2>T</h2><p>x</p>")};
    copy.callToActionType = QStringLiteral("SHOP_NOW");
    copy.link = QStringLiteral("https://shop.example/?utm_source=instagram");
    copy.brandName = QStringLiteral("Layla");
    copy.source = QStringLiteral("templates");
    copy.seed = 42;
    copy.variant = 1;
    copy.generatedAt = utcAt(2, 1, 10);
    return copy;
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
