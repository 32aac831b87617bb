#include "postgrescopy.h"

#include "sqldialect.h"
#include "storeerror.h"

#include <libpq-fe.h>

#include <charconv>
#include <cmath>
#include <memory>

namespace lodestar {

namespace {

struct ClearResult
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using ResultPointer = std::unique_ptr<PGresult, ClearResult>;

Error copyError(const char *what, PGconn *connection, const PGresult *result, const std::string &statement)
{
    const QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection)).trimmed();
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const bool diskFull = state && std::string_view(state) == "53100";
    return Error{storeFailureMessage(what, diskFull), QStringLiteral("%1 in: %2").arg(message, QString::fromStdString(statement)),
                 diskFull ? ErrorCause::DiskFull : ErrorCause::Unspecified};
}

} // namespace

PostgresCopy::PostgresCopy(const QSqlDatabase &db, std::string_view table, std::string_view columns)
    : m_connection(postgresHandle(db))
    , m_statement("COPY " + std::string(table) + ' ' + std::string(columns) + " FROM STDIN")
{
}

void PostgresCopy::separate()
{
    if (m_rowStarted)
        m_buffer += '\t';
    m_rowStarted = true;
}

void PostgresCopy::addInt(qint64 value)
{
    separate();
    char text[24];
    m_buffer.append(text, std::to_chars(text, text + sizeof text, value).ptr);
}

void PostgresCopy::addRealOrNull(double value)
{
    separate();
    if (std::isnan(value)) {
        m_buffer += "\\N";
    } else if (std::isinf(value)) {
        m_buffer += value > 0 ? "Infinity" : "-Infinity";
    } else {
        // The shortest text that reads back as the same double.
        char text[32];
        m_buffer.append(text, std::to_chars(text, text + sizeof text, value).ptr);
    }
}

void PostgresCopy::addTextOrNull(std::string_view utf8)
{
    separate();
    if (utf8.empty()) {
        m_buffer += "\\N";
        return;
    }
    // COPY's text format: backslash escapes for the separator, line ends and the backslash itself.
    for (const char c : utf8) {
        switch (c) {
        case '\\': m_buffer += "\\\\"; break;
        case '\t': m_buffer += "\\t"; break;
        case '\n': m_buffer += "\\n"; break;
        case '\r': m_buffer += "\\r"; break;
        default: m_buffer += c;
        }
    }
}

void PostgresCopy::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    ++m_rows;
}

Status PostgresCopy::send(const char *what)
{
    if (m_rows == 0)
        return {};
    if (!m_connection)
        return Error{storeFailureMessage(what, false), QStringLiteral("the connection is not an open PostgreSQL database")};
    // QtSql may leave the end of a forward-only query's results unread (postgresrowstatement.cpp).
    while (PGresult *pending = PQgetResult(m_connection))
        PQclear(pending);
    const ResultPointer started(PQexec(m_connection, m_statement.c_str()));
    if (PQresultStatus(started.get()) != PGRES_COPY_IN)
        return copyError(what, m_connection, started.get(), m_statement);
    const bool sent = PQputCopyData(m_connection, m_buffer.data(), int(m_buffer.size())) == 1;
    PQputCopyEnd(m_connection, sent ? nullptr : "the client could not send the rows");
    const ResultPointer finished(PQgetResult(m_connection));
    const Error failure = copyError(what, m_connection, finished.get(), m_statement);
    const bool ok = PQresultStatus(finished.get()) == PGRES_COMMAND_OK;
    while (PGresult *rest = PQgetResult(m_connection))
        PQclear(rest);
    m_buffer.clear();
    m_rows = 0;
    if (!ok)
        return failure;
    return {};
}

} // namespace lodestar
