#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cf {

// A problem found in an instruction, with the span of text it refers to
// (UTF-16 code-unit offsets into the original text, end exclusive) so the
// wizard can underline it.
struct ParseError
{
    QString code;    // no_platform, unknown_platform, age_range_invalid, ...
    QString message; // translated, for people
    qsizetype start = 0;
    qsizetype end = 0;

    friend bool operator==(const ParseError &, const ParseError &) = default;
};

struct ParsedBudget
{
    double amount = 0; // in major units ("1000 SAR" -> 1000)
    QString currency;  // ISO 4217, empty when none was named or inferable

    friend bool operator==(const ParsedBudget &, const ParsedBudget &) = default;
};

// Everything the parser extracts from one instruction. Lists are sorted and
// free of duplicates; absent values stay empty or nullopt (the conventions
// of ../shared/parser/examples.json). Nothing here is inferred: inference is
// the planner's job, and it says why.
struct ParsedInstruction
{
    QString text;                        // the instruction as given
    QStringList platforms;               // platform ids, sorted
    std::optional<ParsedBudget> budget;
    QString budgetPeriod;                // "", "total" or "daily"
    QStringList genders;                 // "female", "male"; sorted
    std::optional<int> ageMin;
    std::optional<int> ageMax;
    QStringList locations;               // canonical English names, sorted
    QString theme;                       // canonical occasion or theme, e.g. "Ramadan"
    QString objective;                   // e.g. "sales", "app_installs"; empty if not named
    QString campaignType;                // e.g. "product_launch"; empty if not named
    std::optional<int> durationDays;
    std::optional<QDate> startDate;
    std::vector<ParseError> errors;

    bool hasError(const QString &code) const
    {
        for (const ParseError &e : errors) {
            if (e.code == code)
                return true;
        }
        return false;
    }
    friend bool operator==(const ParsedInstruction &, const ParsedInstruction &) = default;
};

} // namespace cf
