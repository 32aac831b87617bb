#pragma once

#include "models/result.h"

#include <QString>

namespace lodestar {

/// Whether a workspace argument names a PostgreSQL database (postgresql://… or postgres://…)
/// rather than a workspace file.
bool isPostgresAddress(const QString &workspace);

/// Where a PostgreSQL workspace lives: postgresql://user[:password]@host[:port]/dbname[?sslmode=…&schema=…].
/// Without a password in the address, libpq takes it from PGPASSWORD or ~/.pgpass, so it need not be
/// typed where a shell history or the window's settings would keep it.
struct PostgresAddress
{
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;
    QString sslmode;
    /// The schema holding Lodestar's tables; one database can hold several workspaces this way.
    QString schema = QStringLiteral("lodestar");

    /// The address read from a URL, or one sentence naming what is wrong with it.
    static Result<PostgresAddress> parse(const QString &url);
    /// The address as a user may see it: never with the password.
    QString displayName() const;
    /// The same URL with any password taken out; for messages, logs and settings.
    static QString withoutPassword(const QString &url);
};

/// A workspace's short name for titles and status lines: the file's name, or "database/schema" on a
/// server.
QString workspaceLabel(const QString &workspace);

} // namespace lodestar
