#include "models/domain/Money.h"

#include "models/domain/JsonSupport.h"

#include <cmath>

namespace cf {

namespace {
// ISO 4217 minor-unit exponents that differ from the usual 2.
struct CurrencyExponent
{
    const char *code;
    int exponent;
};
constexpr CurrencyExponent kExponents[] = {
    {"BHD", 3}, {"IQD", 3}, {"JOD", 3}, {"KWD", 3}, {"LYD", 3}, {"OMR", 3}, {"TND", 3},
    {"BIF", 0}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"ISK", 0}, {"JPY", 0}, {"KMF", 0},
    {"KRW", 0}, {"PYG", 0}, {"RWF", 0}, {"UGX", 0}, {"VND", 0}, {"VUV", 0}, {"XAF", 0},
    {"XOF", 0}, {"XPF", 0},
};
} // namespace

int currencyExponent(const QString &currency)
{
    for (const auto &entry : kExponents) {
        if (currency.compare(QLatin1String(entry.code), Qt::CaseInsensitive) == 0)
            return entry.exponent;
    }
    return 2;
}

qint64 minorUnitsPerMajor(const QString &currency)
{
    qint64 factor = 1;
    for (int i = 0; i < currencyExponent(currency); ++i)
        factor *= 10;
    return factor;
}

Money moneyFromMajor(double major, const QString &currency)
{
    return Money{qint64(std::llround(major * double(minorUnitsPerMajor(currency)))), currency.toUpper()};
}

double moneyToMajor(const Money &money)
{
    return double(money.minor) / double(minorUnitsPerMajor(money.currency));
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    const int digits = currencyExponent(money.currency);
    const QString amount = locale.toString(moneyToMajor(money), 'f', digits);
    if (money.currency.isEmpty())
        return amount;
    return QStringLiteral("%1 %2").arg(amount, money.currency);
}

void to_json(nlohmann::json &j, const Money &value)
{
    j = nlohmann::json{{"minor", value.minor}, {"currency", value.currency}};
}

void from_json(const nlohmann::json &j, Money &value)
{
    jsonio::requireObject(j, "money");
    value = Money{};
    jsonio::read(j, "minor", value.minor);
    jsonio::read(j, "currency", value.currency);
}

void to_json(nlohmann::json &j, const Budget &value)
{
    j = nlohmann::json{{"amount", value.amount}, {"period", value.period}};
}

void from_json(const nlohmann::json &j, Budget &value)
{
    jsonio::requireObject(j, "budget");
    value = Budget{};
    jsonio::read(j, "amount", value.amount);
    jsonio::read(j, "period", value.period);
}

} // namespace cf
