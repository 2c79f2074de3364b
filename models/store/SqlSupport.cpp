#include "models/store/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>

// Warnings and up by default; QT_LOGGING_RULES="cf.models.store.info=true" shows migrations and backups.
Q_LOGGING_CATEGORY(lcStore, "cf.models.store", QtWarningMsg)

namespace cf {

QString StoreError::fullText() const
{
    if (detail.isEmpty() || detail == message)
        return message;
    return QStringLiteral("%1 (%2)").arg(message, detail);
}

namespace sql {

namespace {
StoreError fromSqlError(const QSqlError &error)
{
    const QString detail = error.text().trimmed();
    const QString native = error.databaseText();
    QString message;
    StoreError::Code code = StoreError::Code::QueryFailed;
    if (native.contains(QLatin1String("FOREIGN KEY constraint failed"))) {
        message = QCoreApplication::translate(
            "cf::Database", "The change refers to a record that does not exist, or removes one that others still use.");
    } else if (native.contains(QLatin1String("UNIQUE constraint failed"))) {
        message = QCoreApplication::translate("cf::Database", "A record with the same identity already exists.");
    } else if (native.contains(QLatin1String("readonly"))) {
        code = StoreError::Code::ReadOnly;
        message = QCoreApplication::translate("cf::Database", "The database is read-only; nothing was changed.");
    } else if (native.contains(QLatin1String("locked")) || native.contains(QLatin1String("busy"))) {
        message = QCoreApplication::translate(
            "cf::Database", "The database is busy in another window or program. Try again in a moment.");
    } else if (native.contains(QLatin1String("not a database")) || native.contains(QLatin1String("malformed"))) {
        code = StoreError::Code::Corrupt;
        message = QCoreApplication::translate("cf::Database", "The database file is damaged.");
    } else {
        message = QCoreApplication::translate("cf::Database", "The database could not complete the operation.");
    }
    return StoreError::make(code, message, detail);
}
} // namespace

StoreError errorFrom(const QSqlQuery &query) { return fromSqlError(query.lastError()); }
StoreError errorFrom(const QSqlDatabase &db) { return fromSqlError(db.lastError()); }

StoreStatus exec(QSqlQuery &query, const QString &statement, const QVariantList &bindings)
{
    if (!query.prepare(statement))
        return errorFrom(query);
    for (const QVariant &value : bindings) {
        // QSQLITE binds a null QString as SQL NULL; an empty text is meant.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec()) {
        qCDebug(lcStore) << "statement failed:" << query.lastError().text();
        return errorFrom(query);
    }
    return {};
}

StoreStatus execAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return errorFrom(query);
    }
    return {};
}

StoreResult<QVariant> scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return errorFrom(query);
    if (!query.next())
        return QVariant();
    return query.value(0);
}

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

QVariant textOrNull(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }

StoreError invalidData(const QString &what, const QString &detail)
{
    return StoreError::make(
        StoreError::Code::InvalidData,
        QCoreApplication::translate("cf::Database", "The database holds a value CampaignForge cannot read in %1.").arg(what),
        detail);
}

} // namespace sql
} // namespace cf
