#include "app/planning/CampaignPlanner.h"

#include "app/planning/AdStructureBuilder.h"
#include "app/planning/BriefInference.h"
#include "app/planning/BudgetAllocator.h"
#include "app/planning/ContentCalendarBuilder.h"
#include "app/planning/EstimateCalculator.h"
#include "app/planning/OccasionCalendar.h"
#include "app/planning/StrategyBuilder.h"
#include "app/planning/TimelineOptimizer.h"

#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcPlanner, "cf.planning.planner")

namespace cf {

namespace {

void append(std::vector<PlanMessage> &to, const std::vector<PlanMessage> &from)
{
    to.insert(to.end(), from.begin(), from.end());
}

} // namespace

PlanOutcome CampaignPlanner::plan(const ParsedInstruction &parsed, const QDate &referenceDate) const
{
    PlanOutcome outcome;
    for (const ParseError &e : parsed.errors) {
        outcome.errors.push_back({e.code, e.message,
                                  QJsonObject{{QStringLiteral("start"), qint64(e.start)}, {QStringLiteral("end"), qint64(e.end)}}});
    }
    if (!outcome.errors.empty())
        return outcome;
    if (!referenceDate.isValid()) {
        outcome.errors.push_back({QStringLiteral("invalid_reference_date"), tr("The reference date is not a valid date.")});
        return outcome;
    }

    const BriefInference::Result inferred = BriefInference(m_data).infer(parsed, referenceDate);
    if (!inferred.errors.empty()) {
        outcome.errors = inferred.errors;
        return outcome;
    }
    CampaignPlan plan;
    plan.brief = inferred.brief;
    plan.inferences = inferred.inferences;
    append(plan.warnings, inferred.warnings);

    const ContentCalendarBuilder::Result calendar = ContentCalendarBuilder(m_data).build(plan.brief);
    plan.phases = calendar.phases;
    plan.items = calendar.items;
    append(plan.warnings, calendar.warnings);

    QTimeZone zone(plan.brief.timeZoneId.toUtf8());
    if (!zone.isValid()) {
        plan.warnings.push_back({QStringLiteral("unknown_time_zone"),
                                 tr("The time zone %1 is not known on this system; times are planned in UTC.").arg(plan.brief.timeZoneId)});
        zone = QTimeZone::utc();
        plan.brief.timeZoneId = QStringLiteral("UTC");
    }
    const std::vector<DateRange> ramadan = OccasionCalendar(m_data).ramadanDays(plan.brief.flight);
    append(plan.warnings, TimelineOptimizer(m_data).schedule(plan.items, zone, ramadan));

    DateRange focus = plan.brief.flight;
    for (const PhasePlan &p : plan.phases) {
        if (p.paidFocus)
            focus = p.days;
    }
    const BudgetAllocator::Result budget =
        BudgetAllocator(m_data).allocate(plan.brief, focus, AdStructureBuilder::desiredAdSets(plan.brief));
    if (!budget.errors.empty()) {
        qCInfo(lcPlanner) << "plan refused:" << budget.errors.front().code;
        outcome.errors = budget.errors;
        return outcome;
    }
    plan.budget = budget.plan;
    append(plan.warnings, budget.warnings);

    const AdStructureBuilder::Result structure = AdStructureBuilder(m_data).build(plan.brief, plan.budget, plan.phases);
    plan.structure = structure.campaigns;
    append(plan.warnings, structure.warnings);

    plan.estimates = EstimateCalculator(m_data).estimate(plan.brief, plan.budget);
    plan.strategy = StrategyBuilder(m_data).build(plan.brief, plan.phases, plan.items);
    outcome.plan = std::move(plan);
    return outcome;
}

} // namespace cf
