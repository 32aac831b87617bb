#pragma once

#include "models/result.h"

#include <QSqlDatabase>

#include <string>
#include <string_view>

typedef struct pg_conn PGconn;

namespace lodestar {

/// Rows streamed into one table of a PostgreSQL workspace with COPY … FROM STDIN (text format),
/// a block at a time, on QtSql's own connection and so inside the caller's transaction: the bulk
/// path of an import, many times quicker than row-by-row INSERTs over the network.
class PostgresCopy
{
public:
    /// columns: the column list, as in "(customer_id, occurred_at)".
    PostgresCopy(const QSqlDatabase &db, std::string_view table, std::string_view columns);

    void addInt(qint64 value);
    /// NaN writes NULL ("not given").
    void addRealOrNull(double value);
    /// Empty text writes NULL.
    void addTextOrNull(std::string_view utf8);
    void endRow();
    std::size_t rows() const { return m_rows; }
    /// Runs one COPY with the rows added since the last send; what names the action for the user
    /// (QT_TRANSLATE_NOOP("store", …)).
    Status send(const char *what);

private:
    void separate();

    PGconn *m_connection;
    std::string m_statement;
    std::string m_buffer;
    std::size_t m_rows = 0;
    bool m_rowStarted = false;
};

} // namespace lodestar
