#pragma once

#include "models/result.h"

#include <QSqlDatabase>

#include <memory>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace lodestar {

/// One statement run row after row on the store's own SQLite connection through the C API, so it
/// stays inside the caller's transaction: QSqlResult::bindValue formats a placeholder name and
/// builds a QVariant per value, which cost more than SQLite itself in a million-row import.
/// Indexes are 0-based, as in QSqlQuery::bindValue. Text is bound without a copy: the bytes must
/// stay valid until insert() or exists() returns.
class SqliteBulkInserter
{
public:
    SqliteBulkInserter() = default;

    /// Prepares sql (UTF-8) on db's connection; fails when db is not an open SQLite connection.
    Status prepare(const QSqlDatabase &db, std::string_view sql);

    void bindInt(int index, qint64 value);
    void bindReal(int index, double value);
    /// NaN binds NULL ("not given").
    void bindRealOrNull(int index, double value);
    void bindText(int index, std::string_view utf8);
    /// Empty text binds NULL.
    void bindTextOrNull(int index, std::string_view utf8);
    void bindNull(int index);

    /// Runs the statement with the bound values and returns the new row id; what names the
    /// action for the user, marked QT_TRANSLATE_NOOP("store", "add a transaction") (see storeError);
    /// the detail carries SQLite's message and the SQL.
    Result<qint64> insert(const char *what);
    /// Runs a query and says whether it returned a row.
    Result<bool> exists(const char *what);
    /// Steps a query: true with a row to read through the column accessors, false after the last
    /// row (the statement is then reset, ready to be bound again).
    Result<bool> nextRow(const char *what);
    qint64 columnInt(int index) const;
    double columnReal(int index) const;
    /// Valid until the next step.
    std::string_view columnText(int index) const;
    /// Ends a query before its last row.
    void reset();
    /// False once SQLite has rolled the caller's transaction back on its own (disk full, I/O error):
    /// nothing may be written after that, or it would be committed outside the transaction.
    bool inTransaction() const;
    /// Whether the last failed run broke a constraint (NOT NULL, UNIQUE, CHECK, a trigger's RAISE),
    /// a property of the row rather than of the disk or the connection.
    bool lastFailureWasConstraint() const { return m_lastFailureWasConstraint; }

private:
    struct Finalize
    {
        void operator()(sqlite3_stmt *statement) const;
    };

    /// Runs the statement once and, unless keepRow, resets it; SQLITE_ROW or SQLITE_DONE.
    Result<int> step(const char *what, bool keepRow = false);
    Error failure(const char *what, int code, const char *message) const;

    sqlite3 *m_db = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalize> m_statement;
    int m_bindError = 0;
    bool m_lastFailureWasConstraint = false;
};

} // namespace lodestar
