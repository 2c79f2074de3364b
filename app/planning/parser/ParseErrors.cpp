#include "app/planning/parser/ParseErrors.h"

#include "models/domain/Platform.h"

#include <QCoreApplication>
#include <QLocale>

namespace cf::parse_errors {
namespace {

// "Facebook, Instagram, ... or Snapchat", brand names untranslated.
QString supportedPlatformList()
{
    QStringList names;
    for (const Platform platform : kAllPlatforms)
        names.append(platformDisplayName(platform));
    const QString last = names.takeLast();
    return QCoreApplication::translate("cf::InstructionParser", "%1 or %2", "list of platforms")
        .arg(names.join(QCoreApplication::translate("cf::InstructionParser", ", ", "list separator")), last);
}

} // namespace

QString emptyInstruction()
{
    return QCoreApplication::translate("cf::InstructionParser", "The instruction is empty. Describe the campaign, for example: "
              "\"Instagram and TikTok campaign for Ramadan with a 1000 SAR budget in Riyadh\".");
}

QString noPlatform()
{
    return QCoreApplication::translate("cf::InstructionParser",
                                       "No supported platform is named. Say where to publish: %1.")
        .arg(supportedPlatformList());
}

QString unknownPlatform(const QString &name)
{
    return QCoreApplication::translate("cf::InstructionParser", "%1 is not supported yet. Choose from %2.")
        .arg(name, supportedPlatformList());
}

QString ageRangeReversed(int min, int max)
{
    return QCoreApplication::translate("cf::InstructionParser",
                                       "The age range %1-%2 is reversed: the first age must not be above the second.")
        .arg(min)
        .arg(max);
}

QString ageTooHigh(int age, int maximum)
{
    return QCoreApplication::translate("cf::InstructionParser", "%1 is not a valid age: use ages up to %2.")
        .arg(age)
        .arg(maximum);
}

QString ageBelowMinimum(int age, int minimum)
{
    return QCoreApplication::translate("cf::InstructionParser",
                                       "Ads cannot target people under %2, and this audience includes age %1. "
                                       "Raise the youngest age to %2 or more.")
        .arg(age)
        .arg(minimum);
}

QString budgetNotPositive()
{
    return QCoreApplication::translate("cf::InstructionParser", "The budget must be more than zero.");
}

QString budgetTooLarge(double maximum)
{
    return QCoreApplication::translate("cf::InstructionParser",
                                       "This budget is too large to be real: it must be below %1.")
        .arg(QLocale().toString(maximum, 'f', 0));
}

QString dateInPast(QDate date, QDate today)
{
    return QCoreApplication::translate("cf::InstructionParser",
                                       "The start date %1 is in the past (today is %2). Choose today or a later date.")
        .arg(date.toString(Qt::ISODate), today.toString(Qt::ISODate));
}

QString durationNotPositive()
{
    return QCoreApplication::translate("cf::InstructionParser", "The campaign must last at least one day.");
}

QString durationTooLong(int days, int maximumDays)
{
    return QCoreApplication::translate("cf::InstructionParser",
                                       "A campaign of %1 days is too long: plan at most %2 days (one year) at a time.")
        .arg(days)
        .arg(maximumDays);
}

QString durationEndsBeforeStart()
{
    return QCoreApplication::translate("cf::InstructionParser", "The end date is before the start date.");
}

} // namespace cf::parse_errors
