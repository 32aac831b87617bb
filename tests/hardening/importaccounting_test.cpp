// Hostile input through `lodestar import` (issue 12, items 3, 4, 6, 11): every row read is imported,
// rejected or a duplicate; a foreign SQLite file and a failed first import leave no trace; two
// imports of one file at once both succeed, one of them as "already imported".
#include "testsupport.h"
#include "workspaceprobe.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace lodestar::test;

namespace {

ProcessResult import(const QString &db, const QString &file, const QStringList &extra = {})
{
    return runLodestar(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--transactions"), file,
                                   QStringLiteral("--json")} + extra);
}

QJsonObject fileReport(const ProcessResult &result)
{
    return QJsonDocument::fromJson(result.out).object().value(QStringLiteral("files")).toArray().first().toObject();
}

void expectAccounted(const QJsonObject &file)
{
    EXPECT_EQ(file.value(QStringLiteral("rows_read")).toInteger(),
              file.value(QStringLiteral("imported")).toInteger() + file.value(QStringLiteral("rejected")).toInteger()
                  + file.value(QStringLiteral("duplicates")).toInteger());
}

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

TEST(ImportAccounting, StrayQuoteRejectsItsRowAndTheRestIsImported)
{
    TempWorkspace workspace;
    QByteArray csv = "customer_id,date,amount,order_id,note\n";
    for (int i = 0; i < 1000; ++i) {
        csv += i == 1 ? QByteArray("B,2024-01-02,20.00,O2,\"Smith, John\n")
                      : "A" + QByteArray::number(i % 9) + ",2024-01-03,5,X" + QByteArray::number(i) + ",fine\n";
    }
    const auto result = import(workspace.dbPath(), workspace.writeFile(QStringLiteral("quote.csv"), csv));
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    const QJsonObject file = fileReport(result);
    expectAccounted(file);
    EXPECT_EQ(file.value(QStringLiteral("rows_read")).toInteger(), 1000);
    EXPECT_EQ(file.value(QStringLiteral("rejected")).toInteger(), 1);
    EXPECT_EQ(countRows(workspace.dbPath())->transactions, 999);
    const QJsonObject reject = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("rejects")).toArray().first().toObject();
    EXPECT_EQ(reject.value(QStringLiteral("line")).toInteger(), 3);
}

TEST(ImportAccounting, FarFutureDateIsARejectedRowAndMaxDateWidensTheRange)
{
    TempWorkspace workspace;
    const QString csv = workspace.writeFile(QStringLiteral("future.csv"), "customer_id,date,amount\nA,2024-01-02,5\nB,9999-12-31,6\n");
    const auto result = import(workspace.dbPath(), csv);
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    EXPECT_EQ(fileReport(result).value(QStringLiteral("rejected")).toInteger(), 1);

    TempWorkspace other;
    const auto widened = import(other.dbPath(), csv, {QStringLiteral("--max-date"), QStringLiteral("9999-12-31")});
    ASSERT_EQ(widened.exitCode, 0) << widened.err.constData();
    EXPECT_EQ(fileReport(widened).value(QStringLiteral("imported")).toInteger(), 2);
    EXPECT_EQ(import(other.dbPath(), csv, {QStringLiteral("--max-date"), QStringLiteral("31/12/9999")}).exitCode, 2);
}

TEST(ImportAccounting, EncodingIsDetectedOrNamed)
{
    TempWorkspace workspace;
    const QString csv = workspace.writeFile(QStringLiteral("latin.csv"), "customer_id,date,amount\nM\xfcller,2024-01-02,5\n");
    const auto detected = import(workspace.dbPath(), csv);
    ASSERT_EQ(detected.exitCode, 0) << detected.err.constData();
    EXPECT_EQ(fileReport(detected).value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1252"));
    EXPECT_EQ(import(workspace.dbPath(), csv, {QStringLiteral("--encoding"), QStringLiteral("klingon")}).exitCode, 2);
}

TEST(ImportAccounting, RefusesSqliteFileOfAnotherApplication)
{
    TempWorkspace workspace;
    const QString path = workspace.filePath(QStringLiteral("other-app.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-app"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('keep me')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-app"));
    const QByteArray before = digestOf(path);
    const auto result = import(path, workspace.writeFile(QStringLiteral("t.csv"), "customer_id,date,amount\nA,2024-01-02,5\n"));
    EXPECT_EQ(result.exitCode, 2) << result.err.constData();
    EXPECT_TRUE(result.err.contains("not a Lodestar workspace")) << result.err.constData();
    EXPECT_EQ(digestOf(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(ImportAccounting, FailedFirstImportLeavesNoWorkspace)
{
    TempWorkspace workspace;
    const QString db = workspace.filePath(QStringLiteral("new.lodestar"));
    const auto result = import(db, workspace.writeFile(QStringLiteral("bad.csv"), "name,colour\nx,blue\n"));
    EXPECT_EQ(result.exitCode, 2) << result.err.constData();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        EXPECT_FALSE(QFile::exists(db + suffix)) << qPrintable(suffix);

    // A workspace that existed before keeps existing.
    ASSERT_EQ(import(db, workspace.writeFile(QStringLiteral("good.csv"), "customer_id,date,amount\nA,2024-01-02,5\n")).exitCode, 0);
    EXPECT_EQ(import(db, workspace.filePath(QStringLiteral("bad.csv"))).exitCode, 2);
    EXPECT_EQ(countRows(db)->transactions, 1);
}

TEST(ImportAccounting, ConcurrentImportsOfOneFileBothSucceed)
{
    TempWorkspace workspace;
    const QString file = workspace.writeFile(QStringLiteral("same.csv"), transactionsCsv(60000, 500, 3));
    for (int round = 0; round < 3; ++round) {
        const QString db = workspace.filePath(QStringLiteral("race%1.lodestar").arg(round));
        QProcess first, second;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        first.setProcessEnvironment(environment);
        second.setProcessEnvironment(environment);
        const QStringList arguments{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--transactions"), file,
                                    QStringLiteral("--json")};
        first.start(lodestarBinary(), arguments);
        second.start(lodestarBinary(), arguments);
        ASSERT_TRUE(first.waitForFinished(120000) && second.waitForFinished(120000));
        EXPECT_EQ(first.exitCode(), 0) << first.readAllStandardError().constData();
        EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardError().constData();
        EXPECT_EQ(countRows(db)->transactions, 60000);
        EXPECT_EQ(countRows(db)->imports, 1);
    }
}
