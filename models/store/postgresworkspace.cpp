#include "postgresworkspace.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace lodestar::postgres {

namespace {

constexpr int kConnectTimeoutSeconds = 10;

QString where(const PostgresAddress &address)
{
    return QStringLiteral("%1:%2").arg(address.host).arg(address.port);
}

// libpq reports connection failures as text only (no SQLSTATE before a session exists); these
// phrases are libpq's and the server's own, fixed since PostgreSQL 9.
Error connectionError(const PostgresAddress &address, const QString &detail)
{
    const auto has = [&detail](const char *phrase) { return detail.contains(QLatin1String(phrase), Qt::CaseInsensitive); };
    QString message;
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed"))
        message = QCoreApplication::translate("store", "The PostgreSQL server at %1 did not accept the password of the user %2; "
                                                       "give the right one in the address, in PGPASSWORD or in ~/.pgpass.")
                      .arg(where(address), address.user);
    else if (has("role \"") && has("does not exist"))
        message = QCoreApplication::translate("store", "The PostgreSQL server at %1 has no user %2.").arg(where(address), address.user);
    else if (has("database \"") && has("does not exist"))
        message = QCoreApplication::translate("store", "The PostgreSQL server at %1 has no database named %2.").arg(where(address), address.database);
    else if (has("could not connect") || has("connection refused") || has("could not translate host name") || has("timeout expired")
             || has("unreachable") || has("no route to host") || has("connection to server"))
        message = QCoreApplication::translate("store", "Cannot reach a PostgreSQL server at %1; check the host and port, and that the server is running.")
                      .arg(where(address));
    else
        message = QCoreApplication::translate("store", "Cannot open the PostgreSQL workspace %1.").arg(address.displayName());
    return Error{message, detail};
}

Error statementError(const QString &message, const QSqlQuery &query)
{
    return Error{message, query.lastError().text() + QStringLiteral(" in: ") + query.lastQuery()};
}

bool tableExists(const QSqlDatabase &db, const char *name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"));
    query.addBindValue(QString::fromLatin1(name));
    return query.exec() && query.next();
}

} // namespace

Status connect(QSqlDatabase &db, const PostgresAddress &address)
{
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(address.password);
    QStringList options{QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds),
                        QStringLiteral("application_name=lodestar")};
    if (!address.sslmode.isEmpty())
        options << QStringLiteral("sslmode=") + address.sslmode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return connectionError(address, db.lastError().text());
    // The server's notices ("schema already exists, skipping") are not for the user.
    QSqlQuery quiet(db);
    quiet.exec(QStringLiteral("SET client_min_messages = warning"));
    return {};
}

QString privilegeProblem(const QSqlError &error, const PostgresAddress &address)
{
    if (error.nativeErrorCode() != QLatin1String("42501"))
        return QString();
    return QCoreApplication::translate("store", "The user %1 may not create or change Lodestar's tables in the schema %2 of the "
                                                "database %3; ask its owner to grant CREATE on it, or give a schema you own (?schema=…).")
        .arg(address.user, address.schema, address.database);
}

Result<bool> useSchema(const QSqlDatabase &db, const PostgresAddress &address, bool mayCreate)
{
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?"));
    exists.addBindValue(address.schema);
    if (!exists.exec())
        return statementError(QCoreApplication::translate("store", "Cannot read the PostgreSQL workspace %1.").arg(address.displayName()), exists);
    const bool found = exists.next();
    if (!found && !mayCreate)
        return Error{QCoreApplication::translate("store", "The PostgreSQL database %1 holds no Lodestar workspace (no schema %2); import into it first.")
                         .arg(address.database, address.schema), {}};
    // The name is a checked plain identifier (PostgresAddress::parse), so it can be spliced in.
    QSqlQuery statement(db);
    if (!found && !statement.exec(QStringLiteral("CREATE SCHEMA %1").arg(address.schema))) {
        const QString privilege = privilegeProblem(statement.lastError(), address);
        return statementError(privilege.isEmpty() ? QCoreApplication::translate("store", "Cannot create the schema %1 in the PostgreSQL database %2.")
                                                        .arg(address.schema, address.database)
                                                  : privilege, statement);
    }
    if (!statement.exec(QStringLiteral("SET search_path TO %1").arg(address.schema)))
        return statementError(QCoreApplication::translate("store", "Cannot open the PostgreSQL workspace %1.").arg(address.displayName()), statement);
    if (!mayCreate && !statement.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
        return statementError(QCoreApplication::translate("store", "Cannot open the PostgreSQL workspace %1.").arg(address.displayName()), statement);
    return !found;
}

int schemaVersion(const QSqlDatabase &db)
{
    if (!tableExists(db, "schema_version"))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status lockSchemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))
        || !query.exec(QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE")))
        return statementError(QCoreApplication::translate("store", "Cannot update the PostgreSQL workspace."), query);
    return {};
}

Status setSchemaVersion(const QSqlDatabase &db, int version)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM schema_version")))
        return statementError(QCoreApplication::translate("store", "Cannot update the PostgreSQL workspace."), query);
    query.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
    query.addBindValue(version);
    if (!query.exec())
        return statementError(QCoreApplication::translate("store", "Cannot update the PostgreSQL workspace."), query);
    return {};
}

Result<bool> holdsOnlyAWorkspace(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*), COUNT(CASE WHEN table_name IN ('imports', 'customers', 'transactions', 'schema_version') THEN 1 END) "
                                   "FROM information_schema.tables WHERE table_schema = current_schema()"))
        || !query.next())
        return statementError(QCoreApplication::translate("store", "Cannot read the PostgreSQL workspace."), query);
    const qint64 tables = query.value(0).toLongLong();
    const qint64 ours = query.value(1).toLongLong();
    return tables == 0 || (ours == 4 && schemaVersion(db) > 0) || (tables == 1 && ours == 1);
}

Result<QString> describe(const QString &url)
{
    const auto address = PostgresAddress::parse(url);
    if (!address)
        return address.error();
    static QAtomicInt counter;
    const QString name = QStringLiteral("lodestar-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<QString> answer = QString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (Status status = connect(db, *address); !status) {
            answer = status.error();
        } else {
            QSqlQuery query(db);
            const QString server = query.exec(QStringLiteral("SHOW server_version")) && query.next() ? query.value(0).toString() : QString();
            QSqlQuery customers(db);
            const bool holdsWorkspace =
                customers.exec(QStringLiteral("SELECT COUNT(*) FROM %1.customers").arg(address->schema)) && customers.next();
            const int count = holdsWorkspace ? customers.value(0).toInt() : 0;
            // Two statements, not one conditional expression: with the two translate() calls as its
            // branches, lupdate 6.4 never returns on this file.
            if (holdsWorkspace)
                answer = QCoreApplication::translate("store", "Connected to PostgreSQL %1: the schema %2 holds a workspace of %Ln customer(s).",
                                                     nullptr, count).arg(server, address->schema);
            else
                answer = QCoreApplication::translate("store", "Connected to PostgreSQL %1: no workspace in the schema %2 yet; the first import creates it.")
                             .arg(server, address->schema);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

} // namespace lodestar::postgres
