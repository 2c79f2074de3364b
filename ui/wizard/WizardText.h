#pragma once

#include <QString>

namespace cf {

// Translated names for the planner's ids as the wizard shows them (chips,
// combo boxes, the summary). Unknown ids come back unchanged.
struct WizardText
{
    static QString objective(const QString &id);
    static QString campaignType(const QString &id);
    static QString platform(const QString &id);
    static QString gender(const QString &id);
    static QString budgetPeriod(const QString &id);
};

} // namespace cf
