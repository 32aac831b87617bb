#pragma once

#include "models/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace lodestar {

/// One workspace, migrated to the current schema on open: a SQLite file, or a schema in a PostgreSQL
/// database when the path is a postgresql:// address (postgresaddress.h). A Store belongs to the
/// thread that opened it (Qt 6.4 cannot move a connection); a worker thread opens its own Store on
/// the same workspace.
class Store
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Opens (and with ReadWrite creates) the workspace at path (a file or a postgresql:// address),
    /// then migrates it forward.
    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode = Mode::ReadWrite);
    ~Store();

    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QSqlDatabase database() const;
    /// The path or address it was opened with (an address may hold a password: not for display).
    QString path() const { return m_path; }
    /// The workspace as a user may see it: the file, or the address without a password.
    QString displayName() const;
    /// Whether this open created the workspace (a new file, a new schema on the server).
    bool isNew() const { return m_isNew; }
    bool isPostgres() const;
    int schemaVersion() const;

    /// Schema version this build writes; a file with a higher one is refused.
    static int currentSchemaVersion();

private:
    Store(QString path, QString connectionName);
    static Result<std::unique_ptr<Store>> openPostgres(const QString &address, Mode mode);
    Status configure(Mode mode);
    Status checkIsWorkspace() const;
    Status migrate();

    QString m_path;
    QString m_connectionName;
    bool m_isNew = false;
};

/// Closes a workspace this process has just created and deletes it with its -wal and -shm files (or
/// drops its new schema on the server), unless something was imported into it meanwhile (by this
/// process or another): a failed first import leaves nothing behind. False when it stays.
bool discardNewWorkspace(std::unique_ptr<Store> store);

/// Runs a statement that returns no rows; the error carries the query error and the statement.
Status execStatement(QSqlDatabase db, const QString &sql);

} // namespace lodestar
