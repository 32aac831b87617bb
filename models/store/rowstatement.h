#pragma once

#include "models/result.h"

#include <QSqlDatabase>

#include <memory>
#include <string_view>

namespace lodestar {

/// One statement run row after row inside the caller's transaction, through the database's own
/// client library rather than QtSql's QVariant per value: the import's hot path. SQL is written once
/// with ? placeholders, in the SQL both SQLite and PostgreSQL understand. Indexes are 0-based, as in
/// QSqlQuery::bindValue. Text is bound without a copy where the library allows: the bytes must stay
/// valid until insert(), exists() or nextRow() returns.
class RowStatement
{
public:
    /// The implementation for db's database (SQLite or PostgreSQL), not yet prepared.
    static std::unique_ptr<RowStatement> create(const QSqlDatabase &db);
    virtual ~RowStatement() = default;

    /// Prepares sql (UTF-8) on db's connection.
    virtual Status prepare(const QSqlDatabase &db, std::string_view sql) = 0;
    virtual void bindInt(int index, qint64 value) = 0;
    virtual void bindReal(int index, double value) = 0;
    /// NaN binds NULL ("not given").
    void bindRealOrNull(int index, double value);
    virtual void bindText(int index, std::string_view utf8) = 0;
    /// Empty text binds NULL.
    void bindTextOrNull(int index, std::string_view utf8);
    virtual void bindNull(int index) = 0;
    /// Runs the statement with the bound values and returns the new row's id (an INSERT … RETURNING id
    /// says which; otherwise SQLite's row id, or 0); what names the action for the user, marked
    /// QT_TRANSLATE_NOOP("store", "add a transaction") (see storeError); the detail carries the
    /// database's message and the SQL.
    virtual Result<qint64> insert(const char *what) = 0;
    /// Runs a query and says whether it returned a row.
    virtual Result<bool> exists(const char *what) = 0;
    /// Steps a query: true with a row to read through the column accessors, false after the last
    /// row (the statement is then reset, ready to be bound again).
    virtual Result<bool> nextRow(const char *what) = 0;
    virtual qint64 columnInt(int index) const = 0;
    virtual double columnReal(int index) const = 0;
    /// Valid until the next step.
    virtual std::string_view columnText(int index) const = 0;
    /// Ends a query before its last row.
    virtual void reset() = 0;
    /// False once the database has given up the caller's transaction (SQLite rolls it back on a full
    /// disk; PostgreSQL aborts it at any error): nothing may be written after that.
    virtual bool inTransaction() const = 0;
    /// Whether the last failed run broke a constraint (NOT NULL, UNIQUE, CHECK, a trigger's RAISE),
    /// a property of the row rather than of the disk or the connection.
    bool lastFailureWasConstraint() const { return m_lastFailureWasConstraint; }

protected:
    bool m_lastFailureWasConstraint = false;
};

} // namespace lodestar
