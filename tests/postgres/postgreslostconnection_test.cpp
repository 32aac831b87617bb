// An import into a PostgreSQL workspace that loses its connection half way, from either end (the
// server ends the session, or the client is killed), leaves the server as it was: the import is
// one transaction, and PostgreSQL rolls back a transaction whose session ends.
#include "postgresserver.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QUrl>

using lodestar::test::PostgresServer;
using lodestar::test::server;
using lodestar::test::str;
using lodestar::test::runLodestar;
using lodestar::test::TempWorkspace;

namespace {

// A database of its own per case, so the backend found mid-import can only be this case's (ctest
// runs the two cases at the same time).
QString databaseFor(bool serverSide)
{
    return serverSide ? str("lodestar_lost_server") : str("lodestar_lost_client");
}

QString workspaceUrl(const QString &database)
{
    QUrl url(server().url);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString writeLargeFile(const TempWorkspace &scratch)
{
    QByteArray csv("customer_id,date,amount\n");
    csv.reserve(8 << 20);
    for (int i = 0; i < 300000; ++i)
        csv += QStringLiteral("k%1,2021-%2-%3,%4.25\n").arg(i % 40000).arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0')).arg(i % 97).toUtf8();
    return scratch.writeFile(str("large.csv"), csv);
}

// The pid of the lodestar session that has begun writing in the test database, once there is one.
qint64 waitForImportMidway(QProcess &import, const QString &database)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000 && import.state() == QProcess::Running) {
        const QString pid = server().value(QStringLiteral("SELECT COALESCE(MAX(pid), 0) FROM pg_stat_activity WHERE datname = '%1' "
                                                          "AND application_name = 'lodestar' AND backend_xid IS NOT NULL")
                                               .arg(database));
        if (pid.toLongLong() != 0)
            return pid.toLongLong();
        QThread::msleep(5);
    }
    return 0;
}

void waitUntilNoSession(const QString &database)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000
           && server().value(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '%1' AND application_name = 'lodestar'")
                                 .arg(database)) != str("0"))
        QThread::msleep(20);
}

// Transactions, customers and imports in the workspace, as one text to compare.
QString workspaceCounts(const QString &database)
{
    return server().value(str("SELECT (SELECT COUNT(*) FROM lodestar.transactions) || '/' || (SELECT COUNT(*) FROM lodestar.customers) "
                              "|| '/' || (SELECT COUNT(*) FROM lodestar.imports)"),
                          database);
}

} // namespace

// true: the server ends the session (as when it restarts or the network drops); false: the client dies.
class PostgresLostConnection : public ::testing::TestWithParam<bool>
{
};

TEST_P(PostgresLostConnection, MidImportLeavesTheServerAsItWas)
{
    LODESTAR_REQUIRE_POSTGRES();
    const bool serverSide = GetParam();
    const QString database = databaseFor(serverSide);
    server().run(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database));
    ASSERT_TRUE(server().run(QStringLiteral("CREATE DATABASE %1").arg(database)));
    ASSERT_EQ(runLodestar({str("import"), str("--db"), workspaceUrl(database), str("--transactions"),
                           lodestar::test::testData(str("engine/cdnowElog.csv")), str("--map"), str("customer_id=sampleid"),
                           str("--map"), str("date=date"), str("--map"), str("amount=sales")})
                  .exitCode, 0);
    const QString before = workspaceCounts(database);
    ASSERT_EQ(before, str("6919/2357/1"));

    TempWorkspace scratch;
    QProcess import;
    import.setProcessChannelMode(QProcess::MergedChannels);
    import.start(str(LODESTAR_BINARY), {str("import"), str("--db"), workspaceUrl(database), str("--transactions"), writeLargeFile(scratch)});
    ASSERT_TRUE(import.waitForStarted(30000));
    const qint64 pid = waitForImportMidway(import, database);
    ASSERT_NE(pid, 0) << "the import finished before it was seen writing: " << import.readAll().constData();
    if (serverSide)
        server().run(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid), database);
    else
        import.kill();
    ASSERT_TRUE(import.waitForFinished(60000));
    const QByteArray output = import.readAll();
    if (serverSide) {
        EXPECT_EQ(import.exitStatus(), QProcess::NormalExit) << output.constData();
        EXPECT_NE(import.exitCode(), 0) << output.constData();
        EXPECT_TRUE(output.contains("lodestar import:")) << output.constData();
    }
    waitUntilNoSession(database);
    EXPECT_EQ(workspaceCounts(database), before);
    // And the workspace is as usable as before: the same import again adds nothing, the fit works.
    const auto fitted = runLodestar({str("fit"), str("--db"), workspaceUrl(database), str("--model"), str("bgnbd"), str("--json")});
    EXPECT_EQ(fitted.exitCode, 0) << fitted.out.constData();
    server().run(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database));
}

INSTANTIATE_TEST_SUITE_P(FromEitherEnd, PostgresLostConnection, ::testing::Values(true, false),
                         [](const ::testing::TestParamInfo<bool> &info) { return info.param ? "ServerEndsTheSession" : "ClientIsKilled"; });
