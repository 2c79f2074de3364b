#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace cf::parse_errors {

// Error codes of ParsedInstruction::errors; stable, used by the GUI and tests.
inline const QString kEmptyInstruction = QStringLiteral("empty_instruction");
inline const QString kNoPlatform = QStringLiteral("no_platform");
inline const QString kUnknownPlatform = QStringLiteral("unknown_platform");
inline const QString kAgeRangeInvalid = QStringLiteral("age_range_invalid");
inline const QString kAgeBelowMinimum = QStringLiteral("age_below_minimum");
inline const QString kBudgetInvalid = QStringLiteral("budget_invalid");
inline const QString kDateInPast = QStringLiteral("date_in_past");
inline const QString kDurationInvalid = QStringLiteral("duration_invalid");

// Translated messages (context "cf::InstructionParser").
QString emptyInstruction();
QString noPlatform();
QString unknownPlatform(const QString &name);
QString ageRangeReversed(int min, int max);
QString ageTooHigh(int age, int maximum);
QString ageBelowMinimum(int age, int minimum);
QString budgetNotPositive();
QString budgetTooLarge(double maximum);
QString dateInPast(QDate date, QDate today);
QString durationNotPositive();
QString durationTooLong(int days, int maximumDays);
QString durationEndsBeforeStart();

} // namespace cf::parse_errors
