#pragma once

#include "postgresaddress.h"
#include "models/result.h"

#include <QSqlDatabase>

namespace lodestar {

/// What a PostgreSQL workspace needs beyond the SQL both dialects share: connecting with one clear
/// sentence for each way it fails, its schema, and the schema version (SQLite keeps it in a pragma,
/// PostgreSQL in the table schema_version).
namespace postgres {

/// Opens db (a QPSQL connection not yet open) at address; a failure is one sentence saying whether
/// the server could not be reached, refused the user or password, or has no such database.
Status connect(QSqlDatabase &db, const PostgresAddress &address);

/// Points the connection at the workspace's schema, creating it when mayCreate (true then: a failed
/// first import drops only a schema it created); a read-only connection also refuses every write on
/// the server's side.
Result<bool> useSchema(const QSqlDatabase &db, const PostgresAddress &address, bool mayCreate);

/// The schema version, 0 for a schema without Lodestar's tables, -1 when it cannot be read.
int schemaVersion(const QSqlDatabase &db);
/// Records version inside the caller's migration transaction (whose first statement this should be
/// preceded by lockSchemaVersion, so that two processes migrating at once take turns).
Status setSchemaVersion(const QSqlDatabase &db, int version);
Status lockSchemaVersion(const QSqlDatabase &db);

/// Empty or Lodestar's own: a schema holding other tables belongs to another application.
Result<bool> holdsOnlyAWorkspace(const QSqlDatabase &db);

/// What "Test connection" says: the server's version and whether the schema holds a workspace yet
/// (and how many customers), or why the connection failed. Opens nothing for writing.
Result<QString> describe(const QString &url);

/// The sentence for a statement refused for want of a privilege (SQLSTATE 42501), or empty.
QString privilegeProblem(const QSqlError &error, const PostgresAddress &address);

} // namespace postgres

} // namespace lodestar
