#include "postgresrowstatement.h"

#include "sqldialect.h"
#include "sqlitebulkinserter.h"
#include "storeerror.h"

#include <libpq-fe.h>

#include <QAtomicInt>

#include <charconv>
#include <cmath>

namespace lodestar {

namespace {

const char *const kPrepare = QT_TRANSLATE_NOOP("store", "prepare the import statements");

// SQLSTATE class 23: integrity constraint violation (not null, foreign key, unique, check).
bool isConstraintViolation(const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return state && state[0] == '2' && state[1] == '3';
}

// Disk full on the server (53100): the one write failure a user can do something about.
bool isDiskFull(const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return state && std::string_view(state) == "53100";
}

// ? becomes $n outside quoted text; the SQL is the project's own, so no ? hides in a comment.
std::string withNumberedParameters(std::string_view sql, int &count)
{
    std::string numbered;
    numbered.reserve(sql.size() + 64);
    bool quoted = false;
    count = 0;
    for (const char c : sql) {
        if (c == '\'')
            quoted = !quoted;
        if (c == '?' && !quoted)
            numbered += '$' + std::to_string(++count);
        else
            numbered += c;
    }
    return numbered;
}

qint64 integerOf(std::string_view text)
{
    qint64 value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

// QtSql runs a forward-only query in libpq's single-row mode, and may leave the end of its results
// unread when the loop over it ends; libpq refuses any other command until they are read. None of
// QtSql's queries is in the middle of its rows when a RowStatement runs, so what is left is theirs
// to drop.
void drainPendingResults(PGconn *connection)
{
    while (PGresult *pending = PQgetResult(connection))
        PQclear(pending);
}

} // namespace

std::unique_ptr<RowStatement> RowStatement::create(const QSqlDatabase &db)
{
    if (dialectOf(db) == SqlDialect::Postgres)
        return std::make_unique<PostgresRowStatement>();
    return std::make_unique<SqliteBulkInserter>();
}

void PostgresRowStatement::Clear::operator()(PGresult *result) const
{
    PQclear(result);
}

PostgresRowStatement::PostgresRowStatement() = default;

PostgresRowStatement::~PostgresRowStatement()
{
    // A statement of an aborted transaction's connection goes with the connection; this one stays
    // usable, so it is told to forget the statement. Failure here changes nothing for the user.
    if (m_connection && !m_name.empty() && PQtransactionStatus(m_connection) != PQTRANS_INERROR)
        PQclear(PQexec(m_connection, ("DEALLOCATE " + m_name).c_str()));
}

Status PostgresRowStatement::prepare(const QSqlDatabase &db, std::string_view sql)
{
    static QAtomicInt counter;
    m_connection = postgresHandle(db);
    if (!m_connection)
        return Error{storeFailureMessage(kPrepare, false), QStringLiteral("the connection is not an open PostgreSQL database")};
    int parameters = 0;
    m_sql = withNumberedParameters(sql, parameters);
    m_name = "lodestar_row_" + std::to_string(counter.fetchAndAddRelaxed(1));
    m_values.assign(std::size_t(parameters), std::nullopt);
    drainPendingResults(m_connection);
    const std::unique_ptr<PGresult, Clear> prepared(PQprepare(m_connection, m_name.c_str(), m_sql.c_str(), parameters, nullptr));
    if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
        const Error error = failure(kPrepare, prepared.get());
        m_name.clear();
        return error;
    }
    return {};
}

void PostgresRowStatement::bindInt(int index, qint64 value)
{
    m_values[std::size_t(index)] = std::to_string(value);
}

void PostgresRowStatement::bindReal(int index, double value)
{
    // Shortest text that reads back as the same double; PostgreSQL spells the infinities in words.
    if (std::isinf(value)) {
        m_values[std::size_t(index)] = value > 0 ? "Infinity" : "-Infinity";
        return;
    }
    char text[32];
    const auto written = std::to_chars(text, text + sizeof text, value);
    m_values[std::size_t(index)] = std::string(text, written.ptr);
}

void PostgresRowStatement::bindText(int index, std::string_view utf8)
{
    m_values[std::size_t(index)] = std::string(utf8);
}

void PostgresRowStatement::bindNull(int index)
{
    m_values[std::size_t(index)] = std::nullopt;
}

Error PostgresRowStatement::failure(const char *what, const PGresult *result) const
{
    const QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_connection)).trimmed();
    const QString detail = QStringLiteral("%1 in: %2").arg(message, QString::fromStdString(m_sql));
    if (isDiskFull(result))
        return Error{storeFailureMessage(what, true), detail, ErrorCause::DiskFull};
    return Error{storeFailureMessage(what, false), detail};
}

Status PostgresRowStatement::run(const char *what)
{
    std::vector<const char *> values(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i)
        values[i] = m_values[i] ? m_values[i]->c_str() : nullptr;
    drainPendingResults(m_connection);
    m_result.reset(PQexecPrepared(m_connection, m_name.c_str(), int(values.size()), values.data(), nullptr, nullptr, 0));
    m_row = -1;
    const ExecStatusType status = PQresultStatus(m_result.get());
    m_lastFailureWasConstraint = isConstraintViolation(m_result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const Error error = failure(what, m_result.get());
        m_result.reset();
        return error;
    }
    return {};
}

Result<qint64> PostgresRowStatement::insert(const char *what)
{
    if (Status status = run(what); !status)
        return status.error();
    const int rows = PQntuples(m_result.get());
    const qint64 id = rows > 0 && PQnfields(m_result.get()) > 0 ? integerOf(PQgetvalue(m_result.get(), rows - 1, 0)) : 0;
    m_result.reset();
    return id;
}

Result<bool> PostgresRowStatement::exists(const char *what)
{
    if (Status status = run(what); !status)
        return status.error();
    const bool found = PQntuples(m_result.get()) > 0;
    m_result.reset();
    return found;
}

Result<bool> PostgresRowStatement::nextRow(const char *what)
{
    if (!m_result) {
        if (Status status = run(what); !status)
            return status.error();
    }
    if (++m_row < PQntuples(m_result.get()))
        return true;
    reset();
    return false;
}

qint64 PostgresRowStatement::columnInt(int index) const
{
    return integerOf(columnText(index));
}

// from_chars, not strtod: the desktop's locale may write a decimal comma, the server never does.
double PostgresRowStatement::columnReal(int index) const
{
    const std::string_view text = columnText(index);
    double value = 0.0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::string_view PostgresRowStatement::columnText(int index) const
{
    return std::string_view(PQgetvalue(m_result.get(), m_row, index), std::size_t(PQgetlength(m_result.get(), m_row, index)));
}

void PostgresRowStatement::reset()
{
    m_result.reset();
    m_row = -1;
}

bool PostgresRowStatement::inTransaction() const
{
    return m_connection && PQtransactionStatus(m_connection) == PQTRANS_INTRANS;
}

} // namespace lodestar
