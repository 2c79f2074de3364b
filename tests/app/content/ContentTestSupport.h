#pragma once

// Shared set-up for the text-generation suites: the built-in tables, a
// 10-platform campaign planned by the real planner, and a brand.
#include "app/content/text/ContentGenerator.h"
#include "app/content/text/PhraseBank.h"
#include "app/content/text/PlatformLimits.h"
#include "app/planning/CampaignPlanner.h"
#include "app/planning/PlanBundle.h"
#include "app/planning/data/PlanningData.h"

#include <QTest>

namespace cf::test {

struct ContentTables
{
    PlanningData planning;
    PhraseBank bank;
    PlatformLimits limits;
};

inline const ContentTables &contentTables()
{
    static const ContentTables tables = [] {
        QString error;
        auto planning = PlanningData::load(&error);
        auto bank = PhraseBank::loadBuiltIn(&error);
        auto limits = PlatformLimits::loadBuiltIn(&error);
        if (!planning || !bank || !limits)
            qFatal("content tables failed to load: %s", qPrintable(error));
        return ContentTables{*planning, *bank, *limits};
    }();
    return tables;
}

inline Workspace sampleWorkspace(const QString &tone = QStringLiteral("friendly"))
{
    Workspace w;
    w.id = 1;
    w.name = QStringLiteral("Layla");
    w.locale = QStringLiteral("ar_SA");
    w.brandKit.primaryColor = QStringLiteral("#6b2d5c");
    w.brandKit.secondaryColor = QStringLiteral("#f4ece6");
    w.brandKit.accentColor = QStringLiteral("#d4a017");
    w.brandKit.bodyFont = QStringLiteral("Noto Sans Arabic");
    w.brandKit.tone = tone;
    w.brandKit.hashtags = {QStringLiteral("LaylaStyle")};
    w.brandKit.website = QStringLiteral("https://layla.example/");
    return w;
}

// The full plan for every platform (10), stored-like: items get ids 1..n.
inline GenerationRequest tenPlatformRequest(quint64 seed = 7, const QString &tone = QStringLiteral("friendly"))
{
    ParsedInstruction p;
    p.text = QStringLiteral("Ramadan sale on every platform");
    p.platforms = {QStringLiteral("facebook"), QStringLiteral("instagram"), QStringLiteral("x"), QStringLiteral("linkedin"),
                   QStringLiteral("tiktok"), QStringLiteral("youtube"), QStringLiteral("snapchat"), QStringLiteral("wordpress"),
                   QStringLiteral("mailchimp"), QStringLiteral("kit")};
    p.budget = ParsedBudget{20000, QStringLiteral("SAR")};
    p.genders = {QStringLiteral("female")};
    p.ageMin = 25;
    p.ageMax = 40;
    p.locations = {QStringLiteral("Riyadh")};
    p.theme = QStringLiteral("Ramadan");
    p.objective = QStringLiteral("sales");
    const PlanOutcome outcome = CampaignPlanner(contentTables().planning).plan(p, QDate(2026, 1, 20));
    if (!outcome.plan)
        qFatal("the 10-platform plan failed");
    const QDateTime now(QDate(2026, 1, 20), QTime(9, 0), Qt::UTC);
    CampaignBundle bundle = bundleFromPlan(*outcome.plan, now);
    GenerationRequest r;
    r.campaign = bundle.campaign;
    r.campaign.id = 12;
    r.campaign.product.nameEn = QStringLiteral("Ramadan abayas");
    r.campaign.product.nameAr = QStringLiteral("العبايات");
    r.campaign.product.discountPercent = 30;
    r.campaign.product.price = Money{19900, QStringLiteral("SAR")};
    r.campaign.product.url = QStringLiteral("https://layla.example/ramadan?ref=home#top");
    r.campaign.product.promoCode = QStringLiteral("RAMADAN30");
    r.workspace = sampleWorkspace(tone);
    r.items = bundle.content;
    for (std::size_t i = 0; i < r.items.size(); ++i)
        r.items[i].id = qint64(i + 1);
    r.seed = seed;
    r.nowUtc = now;
    return r;
}

inline ContentGenerator makeGenerator()
{
    const ContentTables &t = contentTables();
    return ContentGenerator(t.bank, t.limits, t.planning);
}

} // namespace cf::test
