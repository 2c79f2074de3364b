// The planning benchmarks: a 90-day product launch on all ten platforms
// (over a thousand calendar items), planned and saved as a draft campaign.
#include "Benchmark.h"

#include "app/planning/CampaignPlanner.h"
#include "app/planning/PlanBundle.h"
#include "models/store/CampaignTransfer.h"
#include "models/store/Database.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <optional>

namespace cf::bench {
namespace {

// The parsed form of "Launch our product on every platform for 90 days in
// Dubai, 90,000 AED", built directly so the figure is the planner's and the
// store's alone (the parser has its own cost and tests).
const QDateTime kNow(QDate(2026, 4, 1), QTime(9, 0), QTimeZone::utc());

ParsedInstruction ninetyDayLaunch()
{
    ParsedInstruction p;
    p.text = QStringLiteral("Launch our product on every platform for 90 days in Dubai, 90,000 AED");
    p.platforms = {QStringLiteral("facebook"), QStringLiteral("instagram"), QStringLiteral("kit"), QStringLiteral("linkedin"),
                   QStringLiteral("mailchimp"), QStringLiteral("snapchat"), QStringLiteral("tiktok"),
                   QStringLiteral("wordpress"), QStringLiteral("x"), QStringLiteral("youtube")};
    p.budget = ParsedBudget{90000, QStringLiteral("AED")};
    p.locations = {QStringLiteral("Dubai")};
    p.campaignType = QStringLiteral("product_launch");
    p.durationDays = 90;
    return p;
}

class PlanBenchmark : public Benchmark
{
public:
    explicit PlanBenchmark(bool save) : m_save(save) {}

    QString name() const override { return m_save ? QStringLiteral("plan") : QStringLiteral("plan_only"); }
    QString description() const override
    {
        return m_save ? QStringLiteral("plan and save a 90-day campaign on all 10 platforms")
                      : QStringLiteral("plan a 90-day campaign on all 10 platforms (no database)");
    }

    bool prepare(QString *error) override
    {
        m_data = PlanningData::load(error);
        if (!m_data)
            return false;
        if (!m_save)
            return true;
        if (!m_dir.isValid()) {
            *error = QStringLiteral("cannot create a temporary folder");
            return false;
        }
        DatabaseOptions options;
        options.nowUtc = kNow;
        if (!m_db.open(m_dir.filePath(QStringLiteral("bench.sqlite")), QStringLiteral("bench"), options)) {
            *error = m_db.error().fullText();
            return false;
        }
        return true;
    }

    bool iteration(QString *error) override
    {
        const PlanOutcome outcome = CampaignPlanner(*m_data).plan(m_instruction, QDate(2026, 4, 1));
        if (!outcome.plan) {
            *error = outcome.errors.empty() ? QStringLiteral("no plan") : outcome.errors.front().message;
            return false;
        }
        m_items = int(outcome.plan->items.size());
        if (m_save) {
            const auto id = CampaignTransfer(m_db).insert(bundleFromPlan(*outcome.plan, kNow));
            if (!id) {
                *error = id.error().fullText();
                return false;
            }
        }
        return true;
    }

    QString summary() const override { return QStringLiteral("%1 calendar items per plan").arg(m_items); }

private:
    bool m_save;
    ParsedInstruction m_instruction = ninetyDayLaunch();
    std::optional<PlanningData> m_data;
    QTemporaryDir m_dir;
    Database m_db;
    int m_items = 0;
};

} // namespace

std::vector<std::unique_ptr<Benchmark>> planBenchmarks()
{
    std::vector<std::unique_ptr<Benchmark>> list;
    list.push_back(std::make_unique<PlanBenchmark>(true));
    list.push_back(std::make_unique<PlanBenchmark>(false));
    return list;
}

} // namespace cf::bench
