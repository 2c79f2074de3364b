#pragma once

// Small helpers shared by the store's .cpp files: running statements with a
// translated error, and mapping optional values and JSON columns to SQL.

#include "models/store/StoreError.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace cf::sql {

// The error for a failed statement: a translated sentence (naming foreign key
// and uniqueness violations, a busy or read-only database) plus the driver text.
StoreError errorFrom(const QSqlQuery &query);
StoreError errorFrom(const QSqlDatabase &db);

// Prepares and runs one statement with positional bindings.
StoreStatus exec(QSqlQuery &query, const QString &statement, const QVariantList &bindings = {});
// Runs statements in order, stopping at the first failure.
StoreStatus execAll(const QSqlDatabase &db, const QStringList &statements);

// Runs a PRAGMA (or any one-row query) and returns its first column.
StoreResult<QVariant> scalar(const QSqlDatabase &db, const QString &statement);

template <typename T>
QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}
std::optional<qint64> optionalId(const QVariant &value);
std::optional<int> optionalInt(const QVariant &value);
// Empty strings for missing instants/dates become SQL NULL.
QVariant textOrNull(const QString &text);

StoreError invalidData(const QString &what, const QString &detail);

// Runs fn inside a SAVEPOINT: it commits when fn returns no error and rolls
// back otherwise. Savepoints nest, so a repository's bulk insert can run on
// its own or inside a caller's larger unit (an import, a plan save).
template <typename Fn>
StoreStatus inTransaction(const QSqlDatabase &db, Fn &&fn)
{
    if (StoreStatus begun = execAll(db, {QStringLiteral("SAVEPOINT cf_unit")}); begun.isError())
        return begun;
    StoreStatus status = fn();
    if (!status.isError())
        status = execAll(db, {QStringLiteral("RELEASE cf_unit")});
    if (status.isError())
        execAll(db, {QStringLiteral("ROLLBACK TO cf_unit"), QStringLiteral("RELEASE cf_unit")});
    return status;
}

} // namespace cf::sql
