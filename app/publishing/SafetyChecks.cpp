#include "app/publishing/SafetyChecks.h"

#include "app/content/text/BrandGuard.h"
#include "app/publishing/PublishContext.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace cf {

namespace {

TargetError blocked(const QString &message, const QString &action)
{
    return TargetError{QStringLiteral("blocked"), message, action, {}, std::nullopt};
}

} // namespace

std::optional<SafetyChecks> SafetyChecks::loadBuiltIn(QString *error)
{
    std::optional<PhraseBank> bank = PhraseBank::loadBuiltIn(error);
    if (!bank)
        return std::nullopt;
    std::optional<PlatformLimits> limits = PlatformLimits::loadBuiltIn(error);
    if (!limits)
        return std::nullopt;
    std::optional<PlanningData> planning = PlanningData::load(error);
    if (!planning)
        return std::nullopt;
    return SafetyChecks(std::move(*bank), std::move(*limits), planning->quietHours);
}

SafetyChecks::SafetyChecks(PhraseBank bank, PlatformLimits limits, QuietHours quietHours)
    : m_bank(std::move(bank)), m_limits(std::move(limits)), m_quiet(quietHours)
{
}

std::optional<TargetError> SafetyChecks::connectionProblem(const PublishContext &context)
{
    for (const Connection *c : {&context.connection, &context.tokenConnection()}) {
        if (c->status != ConnectionStatus::Connected)
            return blocked(QCoreApplication::translate("cf::SafetyChecks",
                                                       "The %1 account \"%2\" is not connected (%3).")
                               .arg(platformDisplayName(c->platform), c->accountName,
                                    c->statusDetail.isEmpty() ? enumId(c->status) : c->statusDetail),
                           QCoreApplication::translate("cf::SafetyChecks",
                                                       "Reconnect the account under Connections, then retry."));
    }
    if (!context.connection.selected)
        return blocked(QCoreApplication::translate("cf::SafetyChecks",
                                                   "The %1 account \"%2\" is not chosen for publishing.")
                           .arg(platformDisplayName(context.connection.platform), context.connection.accountName),
                       QCoreApplication::translate("cf::SafetyChecks",
                                                   "Select it under Connections, then retry."));
    return std::nullopt;
}

std::optional<TargetError> SafetyChecks::budgetProblem(const PublishContext &context)
{
    if (!context.adSet)
        return std::nullopt; // organic posts spend nothing
    const Budget &cap = context.campaign.budget;
    const Budget &spend = context.adSet->budget;
    const QString action = QCoreApplication::translate("cf::SafetyChecks",
                                                       "Adjust the ad set's budget or the campaign's budget, then retry.");
    if (cap.amount.minor <= 0)
        return blocked(QCoreApplication::translate("cf::SafetyChecks", "The campaign has no budget for ads."), action);
    if (spend.amount.currency != cap.amount.currency)
        return blocked(QCoreApplication::translate("cf::SafetyChecks",
                                                   "The ad set's budget is in %1 but the campaign's is in %2.")
                           .arg(spend.amount.currency, cap.amount.currency),
                       action);
    qint64 total = spend.amount.minor;
    if (spend.period == BudgetPeriod::Daily) {
        const qint64 days = (context.campaign.startDate.isValid() && context.campaign.endDate.isValid())
                                ? context.campaign.startDate.daysTo(context.campaign.endDate) + 1
                                : 1;
        total = spend.amount.minor * qMax<qint64>(1, days);
    }
    const qint64 capTotal = cap.period == BudgetPeriod::Daily ? cap.amount.minor * qMax<qint64>(
                                                                    1, context.campaign.startDate.daysTo(
                                                                           context.campaign.endDate) + 1)
                                                              : cap.amount.minor;
    if (total > capTotal)
        return blocked(QCoreApplication::translate("cf::SafetyChecks",
                                                   "The ad set would spend more than the campaign's budget allows."),
                       action);
    return std::nullopt;
}

std::optional<TargetError> SafetyChecks::brandGuardProblem(const PublishContext &context) const
{
    if (!context.item.copy)
        return std::nullopt; // hand-written items carry no structured copy to check
    const BrandGuard guard(m_bank, m_limits, context.workspace.brandKit);
    GuardSubject subject;
    subject.platform = context.item.platform;
    subject.isAd = context.item.adSetId.has_value();
    subject.contentType = context.item.contentType;
    subject.languages = {context.target.language};
    subject.names = {context.campaign.product.nameAr, context.campaign.product.nameEn, context.campaign.product.promoCode};
    subject.names.removeAll(QString());
    const GuardReport report = guard.check(*context.item.copy, subject);
    for (const GuardFinding &finding : report.findings) {
        if (finding.severity == FindingSeverity::Error)
            return blocked(QCoreApplication::translate("cf::SafetyChecks", "The brand guard found a problem: %1")
                               .arg(finding.message),
                           QCoreApplication::translate("cf::SafetyChecks",
                                                       "Edit the item's copy, approve it again, then retry."));
    }
    return std::nullopt;
}

std::optional<QDateTime> SafetyChecks::quietUntil(const PublishContext &context, const QDateTime &nowUtc) const
{
    const QTimeZone zone(context.campaign.timeZone.toUtf8());
    if (!zone.isValid() || !m_quiet.start.isValid() || !m_quiet.end.isValid())
        return std::nullopt;
    const QDateTime local = nowUtc.toTimeZone(zone);
    if (!m_quiet.contains(local.time()))
        return std::nullopt;
    QDate endDay = local.date();
    if (local.time() >= m_quiet.end)
        endDay = endDay.addDays(1); // the span crosses midnight
    return QDateTime(endDay, m_quiet.end, zone).toUTC();
}

SafetyVerdict SafetyChecks::check(const PublishContext &context, const QStringList &adapterProblems,
                                  const QDateTime &nowUtc) const
{
    SafetyVerdict verdict;
    auto block = [&verdict](const TargetError &error) {
        verdict.kind = SafetyVerdict::Kind::Block;
        verdict.error = error;
        return verdict;
    };
    if (auto problem = connectionProblem(context))
        return block(*problem);
    if (!adapterProblems.isEmpty()) {
        TargetError e{QStringLiteral("content_out_of_limits"), adapterProblems.join(QLatin1Char(' ')),
                      QCoreApplication::translate("cf::SafetyChecks", "Shorten or change the item, then retry."), {},
                      std::nullopt};
        return block(e);
    }
    if (auto problem = brandGuardProblem(context))
        return block(*problem);
    if (auto problem = budgetProblem(context))
        return block(*problem);
    // The owner's own "publish now" goes out at once; automatic sends wait.
    if (!context.target.released) {
        if (auto until = quietUntil(context, nowUtc)) {
            verdict.kind = SafetyVerdict::Kind::Defer;
            verdict.notBeforeUtc = *until;
            verdict.reason = QCoreApplication::translate("cf::SafetyChecks", "Waiting for the end of quiet hours (%1).")
                                 .arg(until->toTimeZone(QTimeZone(context.campaign.timeZone.toUtf8()))
                                          .time()
                                          .toString(QStringLiteral("HH:mm")));
        }
    }
    return verdict;
}

} // namespace cf
