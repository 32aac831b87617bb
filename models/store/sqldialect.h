#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

typedef struct pg_conn PGconn;

namespace lodestar {

/// The two SQL dialects a workspace is kept in. Statements are written once, in the SQL both
/// understand (ON CONFLICT, RETURNING, window functions); what differs is named here, in one place.
enum class SqlDialect { Sqlite, Postgres };

SqlDialect dialectOf(const QSqlDatabase &db);

/// A schema step written for SQLite (schema.cpp) in PostgreSQL's words: SQLite's row id key becomes
/// an identity column, INTEGER a 64-bit BIGINT (SQLite's integers are 64-bit), REAL DOUBLE PRECISION
/// (PostgreSQL's REAL is single precision); the transactions table keeps no foreign keys there (the
/// importer checks its ids, as it does in SQLite, whose import turns them off).
QString postgresStatement(const QString &sqliteStatement);

/// The column that orders a table's rows as they were written (SQLite's rowid, PostgreSQL's ctid),
/// for the two tables kept without a key of their own.
QString storageOrder(const QSqlDatabase &db);

/// The id an executed INSERT … RETURNING id gave back: how both dialects name a new row's id
/// (QSqlQuery::lastInsertId is empty for PostgreSQL tables, which have no OIDs).
qint64 returnedId(QSqlQuery &query);

/// The libpq connection under an open QtSql PostgreSQL connection, for COPY; null otherwise.
PGconn *postgresHandle(const QSqlDatabase &db);

/// Whether the connection is inside a transaction (a new one nests as a savepoint).
bool inTransaction(const QSqlDatabase &db);

} // namespace lodestar
