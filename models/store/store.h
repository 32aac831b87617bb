#pragma once

#include "models/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace lodestar {

/// One workspace: a SQLite file opened through QtSql, migrated to the current schema on open.
/// A Store belongs to the thread that opened it (Qt 6.4 cannot move a connection); a worker
/// thread opens its own Store on the same file.
class Store
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Opens (and with ReadWrite creates) the workspace at path, then migrates it forward.
    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode = Mode::ReadWrite);
    ~Store();

    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    /// Schema version this build writes; a file with a higher one is refused.
    static int currentSchemaVersion();

private:
    Store(QString path, QString connectionName);
    Status configure(Mode mode);
    Status checkIsWorkspace() const;
    Status migrate();

    QString m_path;
    QString m_connectionName;
};

/// Closes a workspace this process has just created and deletes it with its -wal and -shm files,
/// unless something was imported into it meanwhile (by this process or another): a failed first
/// import leaves no file behind. False when the files stay.
bool discardNewWorkspace(std::unique_ptr<Store> store);

/// Runs a statement that returns no rows; the error carries the query error and the statement.
Status execStatement(QSqlDatabase db, const QString &sql);

} // namespace lodestar
