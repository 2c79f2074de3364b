#include "bench/publish/BenchSetup.h"

#include "app/core/Clock.h"
#include "app/publishing/PublishQueue.h"
#include "models/domain/Campaign.h"
#include "models/domain/Connection.h"
#include "models/domain/ContentItem.h"
#include "models/domain/Workspace.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ConnectionRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/WorkspaceRepository.h"

namespace cf::bench {

namespace {

// The sandbox's seeded WordPress user and application password (docs/sandbox.md).
const QString kWordPressCredentials = QStringLiteral("noura:abcd EFGH 1234 ijkl MNOP 5678");

} // namespace

bool BenchSetup::startSandbox(QString *error)
{
    if (!m_dir.isValid() || !m_harness.start()) {
        *error = QStringLiteral("campaignforge-sandbox did not start");
        return false;
    }
    return true;
}

bool BenchSetup::signIn(QString *error)
{
    using Json = nlohmann::json;
    test::SandboxProcess &sandbox = m_harness.sandbox();

    // Meta: the user's sign-in, then the first Page's token from
    // me/accounts. One Page only: an item goes to every selected Page, and
    // the bench counts one create per item.
    const QString user = m_harness.metaUserToken(QStringLiteral("pages_show_list,pages_manage_posts,pages_read_engagement"));
    const Json pages = sandbox.get(sandbox.url(QStringLiteral("graph.facebook.com/v21.0/me/accounts?access_token=") + user)).json();
    for (const Json &page : pages.value("data", Json::array())) {
        BenchAccount a;
        a.platform = Platform::Facebook;
        a.page = true;
        a.accountId = QString::fromStdString(page.value("id", std::string()));
        a.accountName = QString::fromStdString(page.value("name", std::string()));
        a.token = QString::fromStdString(page.value("access_token", std::string()));
        m_accounts.push_back(a);
        break;
    }
    if (m_accounts.size() != 1) {
        *error = QStringLiteral("the sandbox did not list a Facebook Page");
        return false;
    }

    const auto [xToken, xUser] = m_harness.xToken();
    m_accounts.push_back(BenchAccount{Platform::X, xUser, QStringLiteral("@nouraboutique"), xToken, {}, false, 0, 0});
    const auto [liToken, liMember] = m_harness.linkedInToken(QStringLiteral("openid profile w_member_social r_member_social"));
    m_accounts.push_back(BenchAccount{Platform::LinkedIn, liMember, QStringLiteral("Noura Al-Harbi"), liToken, {}, false, 0, 0});
    m_accounts.push_back(BenchAccount{Platform::WordPress, QStringLiteral("1@blog.example.com"), QStringLiteral("Noura's blog"),
                                      kWordPressCredentials, QStringLiteral("https://blog.example.com"), false, 0, 0});
    for (const BenchAccount &a : m_accounts) {
        if (a.token.isEmpty() || a.accountId.isEmpty()) {
            *error = QStringLiteral("no token for %1 on the sandbox").arg(platformId(a.platform));
            return false;
        }
    }
    return true;
}

BenchBackend::Tokens BenchSetup::tokens() const
{
    BenchBackend::Tokens out;
    for (const BenchAccount &a : m_accounts)
        out[BenchBackend::tokenKey(a.platform, a.accountId)] = a.token;
    return out;
}

bool BenchSetup::seed(int total, QString *error)
{
    // X allows 100 posts per user per 15 minutes: the X account gets at most
    // 100, so the limit is respected by spreading; the rest is split
    // 4 : 2.5 : 2.5 over the Page, LinkedIn and WordPress.
    const int x = std::min(100, total / 10);
    const int rest = total - x;
    const int page = rest * 40 / 90;
    const int linkedIn = rest * 25 / 90;
    const int wordPress = rest - page - linkedIn;
    const int counts[] = {page, x, linkedIn, wordPress};
    for (std::size_t i = 0; i < m_accounts.size(); ++i)
        m_accounts[i].items = counts[i];

    SystemClock clock;
    Database db;
    if (!db.open(databasePath(), QStringLiteral("bench-seed"))) {
        *error = db.error().message;
        return false;
    }
    Workspace w;
    w.name = QStringLiteral("Noura Boutique");
    w.timeZone = QStringLiteral("Asia/Riyadh");
    const auto workspace = WorkspaceRepository(db).insert(w);
    Campaign c;
    c.workspaceId = workspace ? *workspace : 0;
    c.name = QStringLiteral("Ramadan sale");
    c.automationLevel = AutomationLevel::Manual;
    c.status = CampaignStatus::Active;
    c.timeZone = QStringLiteral("Asia/Riyadh");
    c.languages = {QStringLiteral("en"), QStringLiteral("ar")};
    c.platforms = {Platform::Facebook, Platform::X, Platform::LinkedIn, Platform::WordPress};
    c.budget = {{100000, QStringLiteral("SAR")}, BudgetPeriod::Total};
    c.startDate = clock.todayUtc();
    c.endDate = c.startDate.addDays(30);
    const auto campaign = CampaignRepository(db).insert(c);
    if (!workspace || !campaign) {
        *error = QStringLiteral("could not store the campaign");
        return false;
    }

    std::optional<qint64> metaUser;
    {
        Connection account;
        account.platform = Platform::Facebook;
        account.accountId = QStringLiteral("1000001");
        account.accountName = QStringLiteral("Noura Al-Harbi");
        account.provider = QStringLiteral("facebook");
        const auto row = ConnectionRepository(db).upsert(account);
        if (row)
            metaUser = *row;
    }
    for (BenchAccount &a : m_accounts) {
        Connection conn;
        conn.platform = a.platform;
        conn.kind = a.page ? ConnectionKind::Page : ConnectionKind::Account;
        conn.accountId = a.accountId;
        conn.accountName = a.accountName;
        conn.apiBase = a.apiBase;
        conn.provider = a.platform == Platform::WordPress ? QStringLiteral("wordpress") : platformId(a.platform);
        if (a.page)
            conn.parentId = metaUser;
        const auto row = ConnectionRepository(db).upsert(conn);
        if (!row) {
            *error = row.error().fullText();
            return false;
        }
        a.connectionId = *row;
    }

    // Every item's text is unique: the platforms refuse duplicates, and the
    // check afterwards counts distinct request bodies.
    const QDateTime now = clock.nowUtc();
    std::vector<ContentItem> items;
    // Round-robin over the accounts, so every platform has items due all
    // through the run (a held account does not stall the others).
    int n = 0;
    for (int i = 0; n < total; ++i) {
        for (const BenchAccount &a : m_accounts) {
            if (i >= a.items)
                continue;
            ++n;
            ContentItem item;
            item.campaignId = *campaign;
            item.platform = a.platform;
            item.contentType = a.platform == Platform::WordPress ? ContentType::BlogPost : ContentType::TextPost;
            item.scheduledUtc = now.addSecs(-60);
            item.title = {QStringLiteral("عروض رمضان %1").arg(n), QStringLiteral("Ramadan offers, part %1").arg(n)};
            item.body = {QStringLiteral("عروض رمضان رقم %1: خصم 30% على الفساتين في الرياض.").arg(n),
                         QStringLiteral("Ramadan offer no. %1: 30% off dresses in Riyadh, this week only.").arg(n)};
            item.hashtags = {QStringLiteral("Ramadan"), QStringLiteral("Riyadh")};
            item.approval = ApprovalState::Approved;
            item.publishState = PublishState::Queued;
            item.createdAt = now.addDays(-1);
            item.updatedAt = item.createdAt;
            items.push_back(item);
        }
    }
    const auto ids = ContentRepository(db).insertAll(items);
    if (!ids) {
        *error = ids.error().fullText();
        return false;
    }
    const PublishQueue queue(db, clock);
    for (std::size_t i = 0; i < ids->size(); ++i) {
        m_itemPlatforms[(*ids)[i]] = items[i].platform;
        if (auto released = queue.publishNow((*ids)[i]); !released) {
            *error = released.error().fullText();
            return false;
        }
    }
    return true;
}

} // namespace cf::bench
