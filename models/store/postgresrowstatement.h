#pragma once

#include "rowstatement.h"

#include <QByteArray>

#include <memory>
#include <optional>
#include <string>
#include <vector>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace lodestar {

/// RowStatement on a PostgreSQL workspace: a server-side prepared statement run through libpq on
/// QtSql's own connection, so it stays inside the caller's transaction. Values travel as text, the
/// form libpq takes without type codes; the server reads them as the columns' types.
class PostgresRowStatement final : public RowStatement
{
public:
    PostgresRowStatement();
    ~PostgresRowStatement() override;

    /// Fails when db is not an open PostgreSQL connection; ? placeholders become $1, $2, ….
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
    struct Clear
    {
        void operator()(PGresult *result) const;
    };

    /// Runs the statement with the bound values; the rows stay in m_result.
    Status run(const char *what);
    Error failure(const char *what, const PGresult *result) const;

    PGconn *m_connection = nullptr;
    std::string m_name;
    std::string m_sql;
    std::vector<std::optional<std::string>> m_values;
    std::unique_ptr<PGresult, Clear> m_result;
    int m_row = -1;
};

} // namespace lodestar
