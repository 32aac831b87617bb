#include "sqlitebulkinserter.h"

#include "sqlitehandle.h"
#include "storeerror.h"

#include <sqlite3.h>

#include <cmath>
#include <utility>

namespace lodestar {

namespace {

const char *const kPrepare = QT_TRANSLATE_NOOP("store", "prepare the import statements");

} // namespace

void SqliteBulkInserter::Finalize::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

Status SqliteBulkInserter::prepare(const QSqlDatabase &db, std::string_view sql)
{
    m_statement.reset();
    m_bindError = SQLITE_OK;
    m_db = sqliteHandle(db);
    if (!m_db)
        return Error{storeFailureMessage(kPrepare, false), QStringLiteral("the connection is not an open SQLite database")};
    sqlite3_stmt *statement = nullptr;
    const int code = sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    m_statement.reset(statement);
    if (code != SQLITE_OK || !statement)
        return Error{storeFailureMessage(kPrepare, false),
                     QStringLiteral("%1 in: %2").arg(QString::fromUtf8(sqlite3_errmsg(m_db)),
                                                     QString::fromUtf8(sql.data(), qsizetype(sql.size())))};
    return {};
}

// A failed bind (an index out of range, out of memory) is kept and reported by the next run.
void SqliteBulkInserter::bindInt(int index, qint64 value)
{
    if (const int code = sqlite3_bind_int64(m_statement.get(), index + 1, value); code != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = code;
}

void SqliteBulkInserter::bindReal(int index, double value)
{
    if (const int code = sqlite3_bind_double(m_statement.get(), index + 1, value); code != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = code;
}

void SqliteBulkInserter::bindText(int index, std::string_view utf8)
{
    // SQLITE_STATIC: the caller keeps the bytes until the statement has run (see the class comment);
    // a null pointer would bind NULL, so empty text points at a literal.
    const char *data = utf8.empty() ? "" : utf8.data();
    if (const int code = sqlite3_bind_text(m_statement.get(), index + 1, data, int(utf8.size()), SQLITE_STATIC);
        code != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = code;
}

void SqliteBulkInserter::bindNull(int index)
{
    if (const int code = sqlite3_bind_null(m_statement.get(), index + 1); code != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = code;
}

Error SqliteBulkInserter::failure(const char *what, int code, const char *message) const
{
    const char *sql = m_statement ? sqlite3_sql(m_statement.get()) : "";
    const QString detail = QStringLiteral("%1 (SQLite code %2) in: %3").arg(QString::fromUtf8(message)).arg(code).arg(QString::fromUtf8(sql));
    // As storeError does for QtSql: a full disk is the one write failure a user can fix, so name it.
    if ((code & 0xFF) == SQLITE_FULL)
        return Error{storeFailureMessage(what, true), detail, ErrorCause::DiskFull};
    return Error{storeFailureMessage(what, false), detail};
}

Result<int> SqliteBulkInserter::step(const char *what, bool keepRow)
{
    if (!m_statement)
        return failure(what, SQLITE_MISUSE, "the statement was not prepared");
    if (m_bindError != SQLITE_OK) {
        const int code = std::exchange(m_bindError, SQLITE_OK);
        return failure(what, code, sqlite3_errstr(code));
    }
    const int code = sqlite3_step(m_statement.get());
    m_lastFailureWasConstraint = (code & 0xFF) == SQLITE_CONSTRAINT;
    if (code != SQLITE_ROW && code != SQLITE_DONE) {
        const int extended = sqlite3_extended_errcode(m_db);
        const Error error = failure(what, extended, sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement.get());
        return error;
    }
    if (!keepRow || code != SQLITE_ROW)
        sqlite3_reset(m_statement.get());
    return code;
}

bool SqliteBulkInserter::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

Result<qint64> SqliteBulkInserter::insert(const char *what)
{
    const auto code = step(what);
    if (!code)
        return code.error();
    return qint64(sqlite3_last_insert_rowid(m_db));
}

Result<bool> SqliteBulkInserter::exists(const char *what)
{
    const auto code = step(what);
    if (!code)
        return code.error();
    return *code == SQLITE_ROW;
}

Result<bool> SqliteBulkInserter::nextRow(const char *what)
{
    const auto code = step(what, true);
    if (!code)
        return code.error();
    return *code == SQLITE_ROW;
}

qint64 SqliteBulkInserter::columnInt(int index) const
{
    return sqlite3_column_int64(m_statement.get(), index);
}

double SqliteBulkInserter::columnReal(int index) const
{
    return sqlite3_column_double(m_statement.get(), index);
}

std::string_view SqliteBulkInserter::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement.get(), index));
    return text ? std::string_view(text, std::size_t(sqlite3_column_bytes(m_statement.get(), index))) : std::string_view();
}

void SqliteBulkInserter::reset()
{
    if (m_statement)
        sqlite3_reset(m_statement.get());
}

} // namespace lodestar

namespace lodestar {

void RowStatement::bindRealOrNull(int index, double value)
{
    if (std::isnan(value))
        bindNull(index);
    else
        bindReal(index, value);
}

void RowStatement::bindTextOrNull(int index, std::string_view utf8)
{
    if (utf8.empty())
        bindNull(index);
    else
        bindText(index, utf8);
}

} // namespace lodestar
