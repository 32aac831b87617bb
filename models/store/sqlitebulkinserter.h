#pragma once

#include "rowstatement.h"

#include <QSqlDatabase>

#include <memory>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace lodestar {

/// RowStatement on the store's own SQLite connection through the C API, so it stays inside the
/// caller's transaction: QSqlResult::bindValue formats a placeholder name and builds a QVariant per
/// value, which cost more than SQLite itself in a million-row import.
class SqliteBulkInserter final : public RowStatement
{
public:
    SqliteBulkInserter() = default;
    /// Fails when db is not an open SQLite connection.
    Status prepare(const QSqlDatabase &db, std::string_view sql) override;
    void bindInt(int index, qint64 value) override;
    void bindReal(int index, double value) override;
    void bindText(int index, std::string_view utf8) override;
    void bindNull(int index) override;
    Result<qint64> insert(const char *what) override;
    Result<bool> exists(const char *what) override;
    Result<bool> nextRow(const char *what) override;
    qint64 columnInt(int index) const override;
    double columnReal(int index) const override;
    std::string_view columnText(int index) const override;
    void reset() override;
    bool inTransaction() const override;

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
};

} // namespace lodestar
