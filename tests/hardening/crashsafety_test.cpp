// Crash safety (issue 8): `lodestar import` and the commands that compute CLV are killed with
// SIGKILL at random points, many times; after every kill the workspace opens, passes
// PRAGMA integrity_check and holds exactly the rows it had before, and a later import completes.
// LODESTAR_KILL_ITERATIONS and LODESTAR_KILL_ROWS raise the bounded CI defaults for a long local run.
#include "testsupport.h"
#include "workspaceprobe.h"

#include "models/store/store.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>

using namespace lodestar::test;

namespace {

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

struct KillOutcome
{
    bool killed = false;   ///< false: the command finished before the kill came
    int exitCode = -1;
    QByteArray err;
};

// Starts lodestar and SIGKILLs it after delayMs (unless it finished first).
KillOutcome runAndKill(const QStringList &arguments, int delayMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(lodestarBinary(), arguments);
    KillOutcome outcome;
    if (!process.waitForStarted(30000)) {
        ADD_FAILURE() << "lodestar did not start";
        return outcome;
    }
    if (!process.waitForFinished(delayMs)) {
        process.kill(); // SIGKILL on Unix
        process.waitForFinished(-1);
        outcome.killed = process.exitStatus() == QProcess::CrashExit;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.err = process.readAllStandardError();
    return outcome;
}

// What a user would see next: the workspace opens through the Store (which replays or drops the
// WAL), passes the integrity check and holds the expected rows.
void expectIntact(const QString &dbPath, const TableCounts &expected, int iteration)
{
    {
        auto store = lodestar::Store::open(dbPath);
        ASSERT_TRUE(store) << "iteration " << iteration << ": " << qPrintable(store.errorString()) << " "
                           << qPrintable(store.errorDetail());
        QSqlQuery query((*store)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        EXPECT_EQ(query.value(0).toString(), QStringLiteral("ok")) << "iteration " << iteration;
    }
    EXPECT_EQ(integrityCheck(dbPath), QStringLiteral("ok")) << "iteration " << iteration;
    EXPECT_EQ(countRows(dbPath), expected) << "iteration " << iteration;
}

void copyWorkspace(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix)) {
            ASSERT_TRUE(QFile::copy(from + suffix, to + suffix));
        }
    }
}

} // namespace

TEST(CrashSafety, Import_SurvivesSigkillAtRandomPoints)
{
    const int iterations = setting("LODESTAR_KILL_ITERATIONS", 10);
    const int rows = setting("LODESTAR_KILL_ROWS", 100000);
    TempWorkspace workspace;
    const QString first = workspace.writeFile(QStringLiteral("first.csv"), transactionsCsv(rows / 3, 5000, 1));
    const QString second = workspace.writeFile(QStringLiteral("second.csv"), transactionsCsv(rows, 20000, 2, 10000000));
    const QString db = workspace.dbPath();
    const QString backup = workspace.filePath(QStringLiteral("backup.lodestar"));

    const auto seeded = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--transactions"), first});
    ASSERT_EQ(seeded.exitCode, 0) << seeded.err.constData();
    const auto before = countRows(db);
    ASSERT_TRUE(before);
    copyWorkspace(db, backup);

    // How long a whole import of the second file takes, so the kills spread over all of it
    // (opening, the date probe, the inserts, the commit and the checkpoint).
    QElapsedTimer timer;
    timer.start();
    const auto full = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--transactions"), second});
    const int fullMs = int(timer.elapsed());
    ASSERT_EQ(full.exitCode, 0) << full.err.constData();
    auto after = countRows(db);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->transactions, before->transactions + rows);
    copyWorkspace(backup, db);

    QRandomGenerator random(20240601);
    int killed = 0;
    for (int i = 0; i < iterations && !HasFailure(); ++i) {
        const int delay = int(random.bounded(fullMs + fullMs / 10 + 1));
        const auto outcome = runAndKill({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--transactions"), second}, delay);
        if (outcome.killed) {
            ++killed;
            // A kill after the commit (while closing or checkpointing) leaves the whole import in;
            // anything else must leave exactly what was there before. Never a part of it.
            if (countRows(db) == after) {
                expectIntact(db, *after, i);
                copyWorkspace(backup, db);
            } else {
                expectIntact(db, *before, i);
            }
        } else {
            // Finished before the kill: all of it is in, then the next round starts from the backup.
            EXPECT_EQ(outcome.exitCode, 0) << outcome.err.constData();
            expectIntact(db, *after, i);
            copyWorkspace(backup, db);
        }
    }
    std::printf("[ killtest ] import: %d of %d runs killed (full import %d ms, %d rows)\n", killed, iterations, fullMs, rows);
    EXPECT_GT(killed, iterations / 2);

    const auto again = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--transactions"), second});
    ASSERT_EQ(again.exitCode, 0) << again.err.constData();
    expectIntact(db, *after, iterations);
}

// CLV results are not stored: the commands that compute them (report, channels) open the workspace
// read-only. Killed anywhere, they must leave it byte for byte as it was, and the report they were
// writing must be either the previous file or a complete new one (QSaveFile), never half a PDF.
TEST(CrashSafety, ClvCommands_SurviveSigkillAtRandomPoints)
{
    const int iterations = setting("LODESTAR_KILL_ITERATIONS", 10);
    TempWorkspace workspace;
    const QString db = workspace.dbPath();
    // Real purchase histories (the CDNOW sample), so the models converge and the commands run to the end.
    const QString csv = testData(QStringLiteral("engine/cdnowElog.csv"));
    const auto seeded = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--transactions"), csv});
    ASSERT_EQ(seeded.exitCode, 0) << seeded.err.constData();
    const auto before = countRows(db);
    ASSERT_TRUE(before);
    const QByteArray digest = workspaceDigest(db);

    const QString pdf = workspace.filePath(QStringLiteral("qbr.pdf"));
    const QByteArray previousReport("%PDF-1.4\n% the previous quarter's report\n%%EOF\n");
    workspace.writeFile(QStringLiteral("qbr.pdf"), previousReport);
    const QList<QStringList> commands{
        {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf},
        {QStringLiteral("channels"), QStringLiteral("--db"), db},
    };
    QRandomGenerator random(20240602);
    int killed = 0, runs = 0;
    for (const QStringList &command : commands) {
        QElapsedTimer timer;
        timer.start();
        const auto full = runLodestar(command);
        const int fullMs = int(timer.elapsed());
        ASSERT_EQ(full.exitCode, 0) << qPrintable(command.first()) << ": " << full.err.constData();
        ASSERT_EQ(workspaceDigest(db), digest) << qPrintable(command.first());
        for (int i = 0; i < iterations && !HasFailure(); ++i, ++runs) {
            workspace.writeFile(QStringLiteral("qbr.pdf"), previousReport);
            const auto outcome = runAndKill(command, int(random.bounded(fullMs + 1)));
            killed += outcome.killed ? 1 : 0;
            EXPECT_TRUE(outcome.killed || outcome.exitCode == 0) << outcome.err.constData();
            EXPECT_EQ(workspaceDigest(db), digest) << qPrintable(command.first()) << " iteration " << i;
            EXPECT_EQ(countRows(db), before);
            QFile report(pdf);
            ASSERT_TRUE(report.open(QIODevice::ReadOnly));
            const QByteArray bytes = report.readAll();
            EXPECT_TRUE(bytes == previousReport || (bytes.startsWith("%PDF") && bytes.trimmed().endsWith("%%EOF")))
                << "half-written report after iteration " << i;
        }
    }
    expectIntact(db, *before, runs);
    std::printf("[ killtest ] clv commands: %d of %d runs killed\n", killed, runs);
    EXPECT_GT(killed, runs / 2);
}
