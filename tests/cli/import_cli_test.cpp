#include "testsupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using lodestar::test::TempWorkspace;
using lodestar::test::runLodestar;

namespace {

const QByteArray kTransactions("customer_id,date,amount,order_id\nA,2024-01-02,5,O1\nB,bad-date,6,O2\nC,2024-01-04,=1+1,O3\n");

QStringList importArgs(const TempWorkspace &workspace, const QStringList &more)
{
    return QStringList{QStringLiteral("import"), QStringLiteral("--db"), workspace.dbPath()} + more;
}

QJsonObject json(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object();
}

} // namespace

TEST(ImportCli, JsonHasCountsAndRejectsWithFileLineColumnReason)
{
    TempWorkspace workspace;
    const QString csv = workspace.writeFile(QStringLiteral("t.csv"), kTransactions);
    const auto result = runLodestar(importArgs(workspace, {QStringLiteral("--transactions"), csv, QStringLiteral("--json")}));
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    const QJsonObject object = json(result.out);
    for (const char *key : {"imported", "rejected", "duplicates", "rejects", "files"})
        EXPECT_TRUE(object.contains(QString::fromLatin1(key))) << key;
    EXPECT_EQ(object.value(QStringLiteral("imported")).toInt(), 1);
    EXPECT_EQ(object.value(QStringLiteral("rejected")).toInt(), 2);
    const QJsonObject reject = object.value(QStringLiteral("rejects")).toArray().first().toObject();
    EXPECT_EQ(reject.value(QStringLiteral("file")).toString(), csv);
    EXPECT_EQ(reject.value(QStringLiteral("line")).toInt(), 3);
    EXPECT_EQ(reject.value(QStringLiteral("column")).toString(), QStringLiteral("date"));
    EXPECT_EQ(reject.value(QStringLiteral("reason")).toString(), QStringLiteral("unparseable date"));
}

TEST(ImportCli, ReimportReportsDuplicates)
{
    TempWorkspace workspace;
    const QString csv = workspace.writeFile(QStringLiteral("t.csv"), kTransactions);
    ASSERT_EQ(runLodestar(importArgs(workspace, {QStringLiteral("--transactions"), csv})).exitCode, 0);
    const auto again = runLodestar(importArgs(workspace, {QStringLiteral("--transactions"), csv, QStringLiteral("--json")}));
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_EQ(json(again.out).value(QStringLiteral("imported")).toInt(), 0);
    EXPECT_EQ(json(again.out).value(QStringLiteral("duplicates")).toInt(), 1);
}

TEST(ImportCli, MissingFileExitsTwo)
{
    TempWorkspace workspace;
    const auto result = runLodestar(importArgs(workspace, {QStringLiteral("--transactions"), workspace.filePath(QStringLiteral("none.csv"))}));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("lodestar import: "));
    EXPECT_FALSE(QFile::exists(workspace.dbPath()));
}

TEST(ImportCli, EmptyFileExitsTwo)
{
    TempWorkspace workspace;
    const QString csv = workspace.writeFile(QStringLiteral("empty.csv"), "");
    const auto result = runLodestar(importArgs(workspace, {QStringLiteral("--transactions"), csv}));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("empty"));
}

TEST(ImportCli, HeaderOnlyFileExitsTwo)
{
    TempWorkspace workspace;
    const QString csv = workspace.writeFile(QStringLiteral("header.csv"), "customer_id,date,amount\n");
    const auto result = runLodestar(importArgs(workspace, {QStringLiteral("--transactions"), csv}));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("no data rows"));
}

TEST(ImportCli, NoFileOptionExitsTwo)
{
    TempWorkspace workspace;
    const auto result = runLodestar(importArgs(workspace, {}));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("nothing to import"));
}

TEST(ImportCli, NonSqliteWorkspaceExitsTwo)
{
    TempWorkspace workspace;
    const QString csv = workspace.writeFile(QStringLiteral("t.csv"), kTransactions);
    const QString notDb = workspace.writeFile(QStringLiteral("notes.txt"), "just some text, not a database\n");
    const auto result = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), notDb, QStringLiteral("--transactions"), csv});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("not a SQLite"));
}

TEST(ImportCli, UnwritableWorkspaceFolderExitsTwo)
{
    TempWorkspace workspace;
    const QString csv = workspace.writeFile(QStringLiteral("t.csv"), kTransactions);
    const auto result = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("/proc/lodestar/ws.lodestar"),
                                     QStringLiteral("--transactions"), csv});
    EXPECT_EQ(result.exitCode, 2);
}

TEST(ImportCli, UnprefixedMapWithSeveralFilesExitsTwo)
{
    TempWorkspace workspace;
    const QString csv = workspace.writeFile(QStringLiteral("t.csv"), kTransactions);
    const QString nps = workspace.writeFile(QStringLiteral("n.csv"), "customer_id,date,score\nA,2024-01-02,9\n");
    const auto result = runLodestar(importArgs(workspace, {QStringLiteral("--transactions"), csv, QStringLiteral("--nps"), nps,
                                                           QStringLiteral("--map"), QStringLiteral("amount=amount")}));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("transactions.amount"));
}

TEST(ImportCli, KindPrefixedMapAppliesToItsFile)
{
    TempWorkspace workspace;
    const QString csv = workspace.writeFile(QStringLiteral("t.csv"), "who,when,sales\nA,2024-01-02,5\n");
    const QString nps = workspace.writeFile(QStringLiteral("n.csv"), "who,date,score\nA,2024-01-02,9\n");
    const auto result = runLodestar(importArgs(workspace, {QStringLiteral("--transactions"), csv, QStringLiteral("--nps"), nps,
                                                           QStringLiteral("--map"), QStringLiteral("transactions.customer_id=who"),
                                                           QStringLiteral("--map"), QStringLiteral("transactions.date=when"),
                                                           QStringLiteral("--map"), QStringLiteral("nps.customer_id=who"),
                                                           QStringLiteral("--json")}));
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    EXPECT_EQ(json(result.out).value(QStringLiteral("imported")).toInt(), 2);
    EXPECT_EQ(json(result.out).value(QStringLiteral("files")).toArray().size(), 2);
}

TEST(ImportCli, ImportsListsPastImports)
{
    TempWorkspace workspace;
    const QString csv = workspace.writeFile(QStringLiteral("t.csv"), kTransactions);
    ASSERT_EQ(runLodestar(importArgs(workspace, {QStringLiteral("--transactions"), csv})).exitCode, 0);
    const auto result = runLodestar({QStringLiteral("imports"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0);
    const QJsonObject entry = json(result.out).value(QStringLiteral("imports")).toArray().first().toObject();
    for (const char *key : {"id", "kind", "file", "imported_at", "imported", "rejected", "duplicates"})
        EXPECT_TRUE(entry.contains(QString::fromLatin1(key))) << key;
    EXPECT_EQ(entry.value(QStringLiteral("rejected")).toInt(), 2);
}

TEST(ImportCli, RejectsExportNeutralisesFormulas)
{
    TempWorkspace workspace;
    const QString csv = workspace.writeFile(QStringLiteral("t.csv"), kTransactions);
    ASSERT_EQ(runLodestar(importArgs(workspace, {QStringLiteral("--transactions"), csv})).exitCode, 0);
    const QString out = workspace.filePath(QStringLiteral("rejects.csv"));
    const auto result = runLodestar({QStringLiteral("rejects"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--import"),
                                     QStringLiteral("1"), QStringLiteral("--out"), out});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    EXPECT_TRUE(contents.startsWith("file,line,column,value,reason\r\n"));
    EXPECT_TRUE(contents.contains(",'=1+1,"));
    EXPECT_FALSE(contents.contains(",=1+1"));
}

TEST(ImportCli, RejectsOfUnknownImportExitsTwo)
{
    TempWorkspace workspace;
    const QString csv = workspace.writeFile(QStringLiteral("t.csv"), kTransactions);
    ASSERT_EQ(runLodestar(importArgs(workspace, {QStringLiteral("--transactions"), csv})).exitCode, 0);
    const auto result = runLodestar({QStringLiteral("rejects"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--import"),
                                     QStringLiteral("99")});
    EXPECT_EQ(result.exitCode, 2);
}

TEST(DemoCli, RefusesWorkspaceWithDataUnlessForced)
{
    TempWorkspace workspace;
    const QString csv = workspace.writeFile(QStringLiteral("t.csv"), kTransactions);
    ASSERT_EQ(runLodestar(importArgs(workspace, {QStringLiteral("--transactions"), csv})).exitCode, 0);
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--json")};
    EXPECT_EQ(runLodestar(demo).exitCode, 2);
    const auto forced = runLodestar(demo + QStringList{QStringLiteral("--force")});
    ASSERT_EQ(forced.exitCode, 0) << forced.err.constData();
    EXPECT_GT(json(forced.out).value(QStringLiteral("customers")).toInt(), 4900);
}
