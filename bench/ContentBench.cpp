// The text-generation benchmark: bilingual copy (with the brand guard's
// checks) for 1,000 items of a 90-day launch on all ten platforms.
#include "Benchmark.h"

#include "app/content/text/ContentGenerator.h"
#include "app/planning/CampaignPlanner.h"
#include "app/planning/PlanBundle.h"
#include "app/planning/data/PlanningData.h"

#include <QTimeZone>

#include <optional>

namespace cf::bench {
namespace {

class ContentBenchmark : public Benchmark
{
public:
    QString name() const override { return QStringLiteral("copy"); }
    QString description() const override
    {
        return QStringLiteral("Arabic and English copy + brand guard for 1,000 items on 10 platforms");
    }

    bool prepare(QString *error) override
    {
        m_planning = PlanningData::load(error);
        m_bank = m_planning ? PhraseBank::loadBuiltIn(error) : std::nullopt;
        m_limits = m_bank ? PlatformLimits::loadBuiltIn(error) : std::nullopt;
        if (!m_limits)
            return false;
        ParsedInstruction p;
        p.text = QStringLiteral("Launch our product on every platform for 90 days in Dubai, 90,000 AED");
        p.platforms = {QStringLiteral("facebook"), QStringLiteral("instagram"), QStringLiteral("kit"), QStringLiteral("linkedin"),
                       QStringLiteral("mailchimp"), QStringLiteral("snapchat"), QStringLiteral("tiktok"),
                       QStringLiteral("wordpress"), QStringLiteral("x"), QStringLiteral("youtube")};
        p.budget = ParsedBudget{90000, QStringLiteral("AED")};
        p.locations = {QStringLiteral("Dubai")};
        p.campaignType = QStringLiteral("product_launch");
        p.durationDays = 90;
        const PlanOutcome outcome = CampaignPlanner(*m_planning).plan(p, QDate(2026, 4, 1));
        if (!outcome.plan) {
            *error = QStringLiteral("the benchmark plan failed");
            return false;
        }
        const QDateTime now(QDate(2026, 4, 1), QTime(9, 0), QTimeZone::utc());
        const CampaignBundle bundle = bundleFromPlan(*outcome.plan, now);
        if (bundle.content.size() < 1000) {
            *error = QStringLiteral("the plan has fewer than 1,000 items");
            return false;
        }
        m_request.campaign = bundle.campaign;
        m_request.campaign.id = 1;
        m_request.campaign.product.nameEn = QStringLiteral("Nour smart lamp");
        m_request.campaign.product.nameAr = QStringLiteral("مصباح نور الذكي");
        m_request.campaign.product.discountPercent = 20;
        m_request.campaign.product.url = QStringLiteral("https://nour.example/lamp");
        m_request.workspace.name = QStringLiteral("Nour");
        m_request.workspace.brandKit.tone = QStringLiteral("playful");
        m_request.workspace.brandKit.hashtags = {QStringLiteral("NourHome")};
        m_request.workspace.brandKit.bannedWords = {QStringLiteral("cheap"), QStringLiteral("رخيص")};
        m_request.items.assign(bundle.content.begin(), bundle.content.begin() + 1000);
        for (std::size_t i = 0; i < m_request.items.size(); ++i)
            m_request.items[i].id = qint64(i + 1);
        m_request.nowUtc = now;
        m_generator.emplace(*m_bank, *m_limits, *m_planning);
        return true;
    }

    bool iteration(QString *error) override
    {
        ++m_request.seed;
        const auto generated = m_generator->generate(m_request);
        m_errors = 0;
        for (const GeneratedItem &g : generated)
            m_errors += g.report.count(FindingSeverity::Error);
        m_items = generated.size();
        if (m_items != 1000) {
            *error = QStringLiteral("generated %1 items").arg(m_items);
            return false;
        }
        return true;
    }

    QString summary() const override
    {
        return QStringLiteral("%1 items written in two languages; %2 guard errors").arg(m_items).arg(m_errors);
    }

private:
    std::optional<PlanningData> m_planning;
    std::optional<PhraseBank> m_bank;
    std::optional<PlatformLimits> m_limits;
    std::optional<ContentGenerator> m_generator;
    GenerationRequest m_request;
    std::size_t m_items = 0;
    int m_errors = 0;
};

} // namespace

std::vector<std::unique_ptr<Benchmark>> contentBenchmarks()
{
    std::vector<std::unique_ptr<Benchmark>> list;
    list.push_back(std::make_unique<ContentBenchmark>());
    return list;
}

} // namespace cf::bench
