#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace lodestar {

/// The SQLite connection under an open QtSql connection, for the two hot paths that bypass QtSql's
/// per-value QVariant (bulk inserts, reading the dataset); null when db is not an open SQLite database.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace lodestar
