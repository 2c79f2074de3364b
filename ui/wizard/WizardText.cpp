#include "ui/wizard/WizardText.h"

#include "models/domain/Campaign.h"
#include "models/domain/Platform.h"

#include <QCoreApplication>

namespace cf {

QString WizardText::objective(const QString &id)
{
    const auto value = enumFromId<Objective>(id);
    return value ? objectiveDisplayName(*value) : id;
}

QString WizardText::campaignType(const QString &id)
{
    const auto value = enumFromId<CampaignType>(id);
    return value ? campaignTypeDisplayName(*value) : id;
}

QString WizardText::platform(const QString &id)
{
    const auto value = platformFromId(id);
    return value ? platformDisplayName(*value) : id;
}

QString WizardText::gender(const QString &id)
{
    if (id == QLatin1String("female"))
        return QCoreApplication::translate("cf::WizardText", "Women");
    if (id == QLatin1String("male"))
        return QCoreApplication::translate("cf::WizardText", "Men");
    return id;
}

QString WizardText::budgetPeriod(const QString &id)
{
    if (id == QLatin1String("daily"))
        return QCoreApplication::translate("cf::WizardText", "per day");
    return QCoreApplication::translate("cf::WizardText", "in total");
}

} // namespace cf
