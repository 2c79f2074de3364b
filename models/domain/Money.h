#pragma once

#include "models/domain/EnumIds.h"

#include <QLocale>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace cf {

// An amount of money as integer minor units (halalas, fils, cents) of an ISO
// 4217 currency. Integers keep sums exact; the currency's exponent (how many
// minor units make one major unit) comes from currencyExponent().
struct Money
{
    qint64 minor = 0;
    QString currency; // ISO 4217, upper case; empty when unknown

    friend bool operator==(const Money &, const Money &) = default;
};

// Digits after the decimal point for an ISO 4217 code: 3 for KWD, OMR, BHD,
// JOD, IQD, LYD, TND; 0 for JPY, KRW, ...; 2 for everything else.
int currencyExponent(const QString &currency);
// 10^exponent: how many minor units make one major unit.
qint64 minorUnitsPerMajor(const QString &currency);
// Rounds a major-unit amount (1000.5 SAR) to minor units (100050).
Money moneyFromMajor(double major, const QString &currency);
double moneyToMajor(const Money &money);
// "1,000.00 SAR" in the given locale (digits follow the locale, so Arabic
// shows Arabic-Indic digits); the code stays Latin so it is unambiguous.
QString formatMoney(const Money &money, const QLocale &locale = QLocale());

enum class BudgetPeriod { Total, Daily };
template <>
struct EnumIdTable<BudgetPeriod>
{
    static constexpr EnumIdEntries<BudgetPeriod, 2> entries{{{BudgetPeriod::Total, "total"},
                                                             {BudgetPeriod::Daily, "daily"}}};
};

struct Budget
{
    Money amount;
    BudgetPeriod period = BudgetPeriod::Total;

    friend bool operator==(const Budget &, const Budget &) = default;
};

void to_json(nlohmann::json &j, const Money &value);
void from_json(const nlohmann::json &j, Money &value);
void to_json(nlohmann::json &j, const Budget &value);
void from_json(const nlohmann::json &j, Budget &value);

} // namespace cf
