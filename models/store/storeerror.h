#pragma once

#include "models/result.h"

#include <QSqlQuery>

namespace lodestar {

/// The user's sentence for a failed store operation, translated. \a what is what the workspace was
/// doing, an infinitive phrase marked QT_TRANSLATE_NOOP("store", ...) ("read the customers"), so the
/// sentence reads "The workspace could not read the customers."; \a diskFull names the one cause a
/// user can fix.
QString storeFailureMessage(const char *what, bool diskFull);
/// True when SQLite failed because the workspace file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB):
/// unusable input rather than a fault of the program. Every store error carries SQLite's own
/// message in its detail, and these two messages are fixed in SQLite (sqlite3ErrStr).
bool isDamagedWorkspaceError(const Error &error);
/// The error of a failed statement: that sentence for the user, the query error and SQL for a developer.
Error storeError(const QSqlQuery &query, const char *what);
/// A failed statement under a message of the caller's own (already translated), with the query
/// error and SQL as the detail.
Error queryError(const QString &message, const QSqlQuery &query);
/// The same error, naming the line of the file whose row failed to be written.
Error atLine(const Error &error, qint64 line);

} // namespace lodestar
