#include "postgresserver.h"

#include <gtest/gtest.h>

#include <QAtomicInt>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace lodestar::test {

namespace {

PostgresServer readState()
{
    PostgresServer server;
    // The build's own state file, unless the environment names another server's.
    QByteArray path = qgetenv("LODESTAR_TEST_POSTGRES_STATE");
    if (path.isEmpty())
        path = LODESTAR_TEST_POSTGRES_STATE;
    QFile file(QString::fromLocal8Bit(path));
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        server.skipReason = QStringLiteral("no server was started for this run (run the tests through ctest, which starts one)");
        return server;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(QLatin1String("url=")))
            server.url = text.mid(4);
        else if (text.startsWith(QLatin1String("port=")))
            server.port = text.mid(5).toInt();
        else if (text.startsWith(QLatin1String("skip=")))
            server.skipReason = text.mid(5);
    }
    if (server.url.isEmpty() && server.skipReason.isEmpty())
        server.skipReason = QStringLiteral("the server's state file holds no URL");
    return server;
}

} // namespace

const PostgresServer &PostgresServer::get()
{
    static const PostgresServer server = readState();
    return server;
}

QString PostgresServer::workspace(const QString &schema) const
{
    return url + QStringLiteral("?schema=") + schema;
}

QString PostgresServer::as(const QString &user, const QString &password, const QString &schema) const
{
    QUrl address(url);
    address.setUserName(user);
    address.setPassword(password);
    return address.toString() + QStringLiteral("?schema=") + schema;
}

namespace {

QSqlDatabase superuserConnection(const QString &url, const QString &database)
{
    static QAtomicInt counter;
    QUrl address(url);
    if (!database.isEmpty())
        address.setPath(QLatin1Char('/') + database);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin-%1").arg(counter.fetchAndAddRelaxed(1)));
    db.setHostName(address.host());
    db.setPort(address.port());
    db.setUserName(address.userName());
    db.setPassword(address.password());
    db.setDatabaseName(address.path().mid(1));
    db.open();
    return db;
}

} // namespace

bool PostgresServer::run(const QString &sql, const QString &database) const
{
    QString name;
    bool ok = false;
    {
        QSqlDatabase db = superuserConnection(url, database);
        name = db.connectionName();
        QSqlQuery query(db);
        ok = db.isOpen() && query.exec(sql);
        EXPECT_TRUE(ok) << qPrintable(sql) << ": " << qPrintable(db.isOpen() ? query.lastError().text() : db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString PostgresServer::value(const QString &sql, const QString &database) const
{
    QString name;
    QString result;
    {
        QSqlDatabase db = superuserConnection(url, database);
        name = db.connectionName();
        QSqlQuery query(db);
        if (db.isOpen() && query.exec(sql) && query.next())
            result = query.value(0).toString();
        else
            ADD_FAILURE() << qPrintable(sql) << ": " << qPrintable(query.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace lodestar::test
