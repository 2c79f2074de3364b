#pragma once

// A database with a workspace, a campaign, a connected Facebook Page and
// approved items, for the publishing suites (models and app layers).

#include "models/domain/Campaign.h"
#include "models/domain/Connection.h"
#include "models/domain/ContentItem.h"
#include "models/domain/Workspace.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/PublishTargetRepository.h"
#include "models/store/WorkspaceRepository.h"

#include <QTemporaryDir>

namespace cf::test {

inline QDateTime noonUtc(int day = 2, int minute = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(12, minute), Qt::UTC);
}

class PublishFixture
{
public:
    explicit PublishFixture(const QString &connectionName, AutomationLevel level = AutomationLevel::SemiAutomatic)
    {
        m_ok = db.open(path(), connectionName);
        if (!m_ok)
            return;
        Workspace w;
        w.name = QStringLiteral("Noura Boutique");
        w.timeZone = QStringLiteral("Asia/Riyadh");
        auto ws = WorkspaceRepository(db).insert(w);
        Campaign c;
        c.workspaceId = ws ? *ws : 0;
        c.name = QStringLiteral("Winter sale");
        c.automationLevel = level;
        c.status = CampaignStatus::Active;
        c.timeZone = QStringLiteral("Asia/Riyadh");
        c.languages = {QStringLiteral("ar"), QStringLiteral("en")};
        c.platforms = {Platform::Facebook};
        c.budget = {{100000, QStringLiteral("SAR")}, BudgetPeriod::Total};
        c.startDate = QDate(2026, 12, 1);
        c.endDate = QDate(2026, 12, 31);
        auto campaign = CampaignRepository(db).insert(c);
        campaignId = campaign ? *campaign : 0;
        Connection account;
        account.platform = Platform::Facebook;
        account.accountId = QStringLiteral("1000001");
        account.accountName = QStringLiteral("Noura Al-Harbi");
        account.provider = QStringLiteral("facebook");
        auto accountRow = ConnectionRepository(db).upsert(account);
        Connection page;
        page.platform = Platform::Facebook;
        page.kind = ConnectionKind::Page;
        page.accountId = QStringLiteral("104000000000001");
        page.accountName = QStringLiteral("Noura Boutique");
        page.provider = QStringLiteral("facebook");
        page.parentId = accountRow ? std::optional<qint64>(*accountRow) : std::nullopt;
        auto pageRow = ConnectionRepository(db).upsert(page);
        accountId = accountRow ? *accountRow : 0;
        pageId = pageRow ? *pageRow : 0;
        m_ok = ws && campaign && accountRow && pageRow;
    }

    bool ok() const { return m_ok; }
    QString path() const { return dir.filePath(QStringLiteral("campaignforge.sqlite")); }

    // An approved, queued Facebook post at `when`; returns its id.
    qint64 addItem(const QDateTime &when, const QString &text = QStringLiteral("Winter sale: 30% off"))
    {
        ContentItem item;
        item.campaignId = campaignId;
        item.platform = Platform::Facebook;
        item.contentType = ContentType::TextPost;
        item.scheduledUtc = when;
        item.body = {QStringLiteral("تخفيضات الشتاء"), text};
        item.approval = ApprovalState::Approved;
        item.publishState = PublishState::Queued;
        item.createdAt = when.addDays(-1);
        item.updatedAt = item.createdAt;
        auto id = ContentRepository(db).insert(item);
        return id ? *id : 0;
    }

    // A target for item on the Page; returns its id.
    qint64 addTarget(qint64 itemId, bool native = false)
    {
        auto id = PublishTargetRepository(db).ensure({itemId, pageId, Platform::Facebook, QStringLiteral("en"), native},
                                                     noonUtc(1));
        return id ? *id : 0;
    }

    QTemporaryDir dir;
    Database db;
    qint64 campaignId = 0;
    qint64 accountId = 0;
    qint64 pageId = 0;

private:
    bool m_ok = false;
};

} // namespace cf::test
