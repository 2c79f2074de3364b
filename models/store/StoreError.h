#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace cf {

// Why a store operation failed: a code for programs and a translated message
// for people (QCoreApplication::translate("cf::Database", ...)). `detail`
// carries the SQLite driver text, for logs and --verbose output only.
struct StoreError
{
    enum class Code {
        None,
        FileMissing,       // the file does not exist and creation was not asked for
        CannotOpen,        // the driver could not open the file (permissions, folder missing)
        NotADatabase,      // garbage or truncated file, or another program's database
        Corrupt,           // quick_check / integrity_check reported damage
        NewerSchema,       // written by a newer CampaignForge: opened read-only
        ReadOnly,          // a write was refused because the database is read-only
        PragmaFailed,      // WAL, foreign keys, busy timeout or synchronous could not be set
        MigrationFailed,   // a migration step failed and was rolled back
        BackupFailed,      // the pre-migration or requested backup could not be made
        QueryFailed,       // a statement failed (constraint, I/O, busy)
        NotFound,          // no row with that id
        InvalidData,       // a value read back or given in is not valid
        NotOpen,           // the database is closed or failed to open
    };

    Code code = Code::None;
    QString message;
    QString detail;

    bool isError() const { return code != Code::None; }
    // The message, plus the detail in parentheses when there is one.
    QString fullText() const;

    static StoreError make(Code code, QString message, QString detail = {})
    {
        return StoreError{code, std::move(message), std::move(detail)};
    }
};

// A value or the reason there is none.
template <typename T>
class StoreResult
{
public:
    StoreResult(T value) : m_data(std::move(value)) {}          // NOLINT: implicit by design
    StoreResult(StoreError error) : m_data(std::move(error)) {} // NOLINT: implicit by design

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }
    StoreError error() const { return ok() ? StoreError{} : std::get<StoreError>(m_data); }

private:
    std::variant<T, StoreError> m_data;
};

// The outcome of an operation that returns nothing: an empty error is success.
using StoreStatus = StoreError;

} // namespace cf
