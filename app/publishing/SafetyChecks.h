#pragma once

#include "app/content/text/PhraseBank.h"
#include "app/content/text/PlatformLimits.h"
#include "app/planning/data/PlanningData.h"
#include "models/store/PublishTargetRepository.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace cf {
struct PublishContext;

// What the checks before a send decided.
struct SafetyVerdict
{
    enum class Kind { Go, Defer, Block };
    Kind kind = Kind::Go;
    QDateTime notBeforeUtc; // Defer: try again then
    QString reason;         // Defer: translated, shown while it waits
    TargetError error;      // Block: kind "blocked", translated message and action
};

// The checks every send passes first (issue #7): the connection is healthy,
// the copy is within the platform's limits (the adapter's own check), the
// brand guard finds no errors, ads stay within the campaign's budget, and
// nothing automatic goes out in quiet hours (a "publish now" by the owner
// may). Failing checks block the target with a translated reason (nothing
// is sent); quiet hours only defer it to their end.
class SafetyChecks
{
public:
    // Loads the phrase bank, platform limits and quiet hours from the
    // compiled-in tables; nullopt with a translated reason when they fail.
    static std::optional<SafetyChecks> loadBuiltIn(QString *error);

    SafetyChecks(PhraseBank bank, PlatformLimits limits, QuietHours quietHours);

    SafetyVerdict check(const PublishContext &context, const QStringList &adapterProblems, const QDateTime &nowUtc) const;

    static std::optional<TargetError> connectionProblem(const PublishContext &context);
    static std::optional<TargetError> budgetProblem(const PublishContext &context);
    std::optional<TargetError> brandGuardProblem(const PublishContext &context) const;
    // The end of the quiet hours nowUtc falls in (in the campaign's time
    // zone), or nullopt when it is not quiet.
    std::optional<QDateTime> quietUntil(const PublishContext &context, const QDateTime &nowUtc) const;

private:
    PhraseBank m_bank;
    PlatformLimits m_limits;
    QuietHours m_quiet;
};

} // namespace cf
