// PostgreSQL workspaces against a real server (tests/postgres/server.sh, started by ctest): the same
// import rules and fits as a SQLite workspace, one sentence and exit 2 for each way a connection
// fails, and a server left as it was when an import dies half way.
#include "postgresserver.h"
#include "testsupport.h"

#include "models/store/store.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

using lodestar::Store;
using lodestar::test::PostgresServer;
using lodestar::test::server;
using lodestar::test::str;
using lodestar::test::runLodestar;
using lodestar::test::TempWorkspace;

namespace {

// Each test works in a schema of its own, dropped first so a rerun starts clean.
QString freshWorkspace(const char *schema)
{
    server().run(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(str(schema)));
    return server().workspace(str(schema));
}

QStringList cdnowImport(const QString &db)
{
    return {str("import"), str("--db"), db, str("--transactions"), lodestar::test::testData(str("engine/cdnowElog.csv")),
            str("--map"), str("customer_id=sampleid"), str("--map"), str("date=date"), str("--map"), str("amount=sales"), str("--json")};
}

QJsonObject jsonOf(const QByteArray &out)
{
    return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
}

QJsonObject fitBgnbd(const QString &db)
{
    const auto fitted = runLodestar({str("fit"), str("--db"), db, str("--model"), str("bgnbd"), str("--calibration-end"),
                                     str("1997-09-30"), str("--time-unit"), str("week"), str("--json")});
    EXPECT_EQ(fitted.exitCode, 0) << fitted.out.constData() << fitted.err.constData();
    return jsonOf(fitted.out);
}

qint64 count(const char *schema, const char *table)
{
    return server().value(QStringLiteral("SELECT COUNT(*) FROM %1.%2").arg(str(schema), str(table))).toLongLong();
}

} // namespace

TEST(PostgresWorkspace, CdnowImportedAndFittedOnTheServerGivesTheSqliteFit)
{
    LODESTAR_REQUIRE_POSTGRES();
    const QString db = freshWorkspace("t_cdnow");
    const auto imported = runLodestar(cdnowImport(db));
    ASSERT_EQ(imported.exitCode, 0) << imported.out.constData() << imported.err.constData();
    EXPECT_EQ(count("t_cdnow", "transactions"), 6919);
    EXPECT_EQ(count("t_cdnow", "customers"), 2357);

    TempWorkspace file;
    ASSERT_EQ(runLodestar(cdnowImport(file.dbPath())).exitCode, 0);
    const QJsonObject onServer = fitBgnbd(db);
    const QJsonObject inFile = fitBgnbd(file.dbPath());
    ASSERT_FALSE(onServer.isEmpty());
    const QJsonObject serverParameters = onServer.value(str("params")).toObject();
    const QJsonObject fileParameters = inFile.value(str("params")).toObject();
    ASSERT_EQ(serverParameters.keys(), QStringList({str("a"), str("alpha"), str("b"), str("r")}));
    for (const QString &name : serverParameters.keys())
        EXPECT_DOUBLE_EQ(serverParameters.value(name).toDouble(), fileParameters.value(name).toDouble()) << qPrintable(name);
    // The published CDNOW values (Fader, Hardie and Lee 2005).
    EXPECT_NEAR(serverParameters.value(str("r")).toDouble(), 0.243, 5e-4);
    EXPECT_NEAR(serverParameters.value(str("alpha")).toDouble(), 4.414, 5e-3);
    EXPECT_NEAR(serverParameters.value(str("a")).toDouble(), 0.793, 5e-4);
    EXPECT_NEAR(serverParameters.value(str("b")).toDouble(), 2.426, 5e-3);
}

TEST(PostgresWorkspace, ASecondImportOfTheSameFileAddsNothing)
{
    LODESTAR_REQUIRE_POSTGRES();
    const QString db = freshWorkspace("t_again");
    ASSERT_EQ(runLodestar(cdnowImport(db)).exitCode, 0);
    const auto again = runLodestar(cdnowImport(db));
    EXPECT_EQ(again.exitCode, 0) << again.out.constData() << again.err.constData();
    EXPECT_EQ(count("t_again", "transactions"), 6919);
    EXPECT_EQ(count("t_again", "imports"), 1);
}

TEST(PostgresWorkspace, ConnectionFailuresAreOneSentenceAndExitTwo)
{
    LODESTAR_REQUIRE_POSTGRES();
    const QString secret = str("not-the-password-7f3a");
    struct Case
    {
        QString db;
        const char *says;
    };
    QUrl unreachable(server().url);
    unreachable.setPort(1); // nothing listens on port 1 of the loopback interface
    QUrl missing(server().url);
    missing.setPath(str("/no_such_database"));
    const std::vector<Case> cases{
        {server().as(str("postgres"), secret, str("t_denied")), "did not accept the password of the user postgres"},
        {server().as(str("nobody"), secret, str("t_denied")), "did not accept the password of the user nobody"},
        {unreachable.toString(), "Cannot reach a PostgreSQL server at 127.0.0.1:1"},
        {missing.toString(), "has no database named no_such_database"},
        {str("postgresql://127.0.0.1/"), "names no database"},
        {server().workspace(str("t_x&bogus=1")), "has the unknown option bogus"},
    };
    for (const Case &c : cases) {
        for (const char *command : {"import", "summary"}) {
            QStringList arguments{str(command), str("--db"), c.db, str("--json")};
            if (str(command) == str("import"))
                arguments << str("--transactions") << lodestar::test::testData(str("engine/cdnowElog.csv"));
            const auto result = runLodestar(arguments);
            EXPECT_EQ(result.exitCode, 2) << command << " " << qPrintable(c.db);
            const QString error = jsonOf(result.out).value(str("error")).toString();
            EXPECT_TRUE(error.contains(str(c.says))) << command << ": " << qPrintable(error);
            // One sentence: no second one after it, no server text appended to it.
            EXPECT_TRUE(error.endsWith(QLatin1Char('.')) && !error.contains(str(". ")) && !error.contains(QLatin1Char('\n')))
                << qPrintable(error);
            EXPECT_FALSE(result.out.contains(secret.toUtf8()) || result.err.contains(secret.toUtf8())) << "the password was echoed";
        }
    }
}

TEST(PostgresWorkspace, AUserWhoMayNotCreateTablesIsToldSoAndNothingChanges)
{
    LODESTAR_REQUIRE_POSTGRES();
    server().run(str("DROP SCHEMA IF EXISTS t_reader CASCADE"));
    const auto result = runLodestar({str("import"), str("--db"), server().as(str("reader"), str("reader"), str("t_reader")),
                                     str("--transactions"), lodestar::test::testData(str("engine/cdnowElog.csv")), str("--json")});
    EXPECT_EQ(result.exitCode, 2) << result.out.constData();
    EXPECT_TRUE(jsonOf(result.out).value(str("error")).toString().contains(str("may not create"))) << result.out.constData();
    EXPECT_EQ(server().value(str("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = 't_reader'")), str("0"));
}

TEST(PostgresWorkspace, ASchemaOfANewerLodestarOrOfAnotherApplicationIsRefusedUnchanged)
{
    LODESTAR_REQUIRE_POSTGRES();
    const QString db = freshWorkspace("t_newer");
    ASSERT_EQ(runLodestar(cdnowImport(db)).exitCode, 0);
    server().run(str("UPDATE t_newer.schema_version SET version = 999"));
    for (const char *command : {"summary", "import"}) {
        QStringList arguments{str(command), str("--db"), db, str("--json")};
        if (str(command) == str("import"))
            arguments << str("--transactions") << lodestar::test::testData(str("engine/cdnowElog.csv"));
        const auto result = runLodestar(arguments);
        EXPECT_EQ(result.exitCode, 2) << command;
        EXPECT_TRUE(jsonOf(result.out).value(str("error")).toString().contains(str("newer Lodestar"))) << result.out.constData();
    }

    server().run(str("DROP SCHEMA IF EXISTS t_foreign CASCADE"));
    server().run(str("CREATE SCHEMA t_foreign"));
    server().run(str("CREATE TABLE t_foreign.orders (id INTEGER)"));
    const auto foreign = runLodestar(cdnowImport(server().workspace(str("t_foreign"))));
    EXPECT_EQ(foreign.exitCode, 2);
    EXPECT_TRUE(jsonOf(foreign.out).value(str("error")).toString().contains(str("another application"))) << foreign.out.constData();
    EXPECT_EQ(server().value(str("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 't_foreign'")), str("1"));
}

TEST(PostgresWorkspace, AFailedFirstImportLeavesNoSchemaBehind)
{
    LODESTAR_REQUIRE_POSTGRES();
    const QString db = freshWorkspace("t_failed");
    TempWorkspace scratch;
    const QString file = scratch.writeFile(str("bad.csv"), "who,when\n1,2\n");
    const auto result = runLodestar({str("import"), str("--db"), db, str("--transactions"), file, str("--json")});
    EXPECT_EQ(result.exitCode, 2) << result.out.constData();
    EXPECT_EQ(server().value(str("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = 't_failed'")), str("0"));
}
