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
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <csignal>
#include <cstdio>

#include <sys/resource.h>

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

// Runs lodestar with a soft file size limit of limitBytes (and no core files): the kernel ends it with
// SIGXFSZ at its first write at or past that offset of any file.
KillOutcome runWithWriteLimit(const QStringList &arguments, qint64 limitBytes)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    // Runs in the child between fork and exec; resource limits survive the exec.
    process.setChildProcessModifier([limitBytes] {
        rlimit size = {};
        getrlimit(RLIMIT_FSIZE, &size);
        size.rlim_cur = rlim_t(limitBytes);
        setrlimit(RLIMIT_FSIZE, &size);
        rlimit core = {};
        getrlimit(RLIMIT_CORE, &core);
        core.rlim_cur = 0;
        setrlimit(RLIMIT_CORE, &core);
    });
    process.start(lodestarBinary(), arguments);
    KillOutcome outcome;
    if (!process.waitForFinished(600000)) {
        ADD_FAILURE() << "lodestar did not finish";
        process.kill();
        process.waitForFinished(-1);
        return outcome;
    }
    // Qt reports the signal number as the exit code of a crashed process.
    outcome.killed = process.exitStatus() == QProcess::CrashExit && process.exitCode() == SIGXFSZ;
    outcome.exitCode = process.exitCode();
    outcome.err = process.readAllStandardError();
    return outcome;
}

// Runs lodestar to the end and sets reach to the furthest the workspace or its WAL grew: the WAL is
// gone when the import closes the workspace, so its size is sampled while the import runs (a size
// seen is a size reached; a larger one missed only narrows the spread of the kill points).
ProcessResult runWatchingSizes(const QStringList &arguments, const QString &dbPath, qint64 &reach)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(lodestarBinary(), arguments);
    const QString wal = dbPath + QStringLiteral("-wal");
    reach = 0;
    ProcessResult result;
    QElapsedTimer guard;
    guard.start();
    while (!process.waitForFinished(1)) {
        reach = std::max({reach, QFileInfo(wal).size(), QFileInfo(dbPath).size()});
        if (guard.elapsed() > 600000) {
            ADD_FAILURE() << "lodestar did not finish";
            process.kill();
            process.waitForFinished(-1);
            return result;
        }
    }
    reach = std::max(reach, QFileInfo(dbPath).size());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
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

// The kill points are chosen by progress, not by time: the child runs with a file size limit
// (RLIMIT_FSIZE) of L bytes, so the kernel ends it with SIGXFSZ at its first write to any file at or
// past offset L (the WAL while the transaction spills and commits, SQLite's sort files while the
// indexes are rebuilt, the workspace file while the WAL is checkpointed into it). Like SIGKILL, that
// signal ends the process in the kernel without running any of its code: no destructor, no rollback,
// the last write cut off part-way. The same L stops the same import at the same point on any machine,
// idle or busy, under ctest --parallel and under the sanitizers, so every run is killed mid-import.
// L spreads over the sizes the full import reaches, from its first page to its last.
TEST(CrashSafety, Import_SurvivesSigkillAtRandomPoints)
{
    const int iterations = setting("LODESTAR_KILL_ITERATIONS", 10);
    const int rows = setting("LODESTAR_KILL_ROWS", 100000);
    TempWorkspace workspace;
    const QString first = workspace.writeFile(QStringLiteral("first.csv"), transactionsCsv(rows / 3, 5000, 1));
    const QString second = workspace.writeFile(QStringLiteral("second.csv"), transactionsCsv(rows, 20000, 2, 10000000));
    const QString db = workspace.dbPath();
    const QString backup = workspace.filePath(QStringLiteral("backup.lodestar"));
    const QStringList import{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--transactions"), second};

    const auto seeded = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--transactions"), first});
    ASSERT_EQ(seeded.exitCode, 0) << seeded.err.constData();
    const auto before = countRows(db);
    ASSERT_TRUE(before);
    copyWorkspace(db, backup);

    // How far the whole import writes: the workspace's final size, or the WAL's largest seen size.
    qint64 reach = 0;
    const auto full = runWatchingSizes(import, db, reach);
    ASSERT_EQ(full.exitCode, 0) << full.err.constData();
    auto after = countRows(db);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->transactions, before->transactions + rows);
    copyWorkspace(backup, db);

    int killed = 0, wholeImports = 0;
    for (int i = 0; i < iterations && !HasFailure(); ++i) {
        const qint64 limit = reach * (i + 1) / (iterations + 1);
        const auto outcome = runWithWriteLimit(import, limit);
        // Never a finished import: a limit below what the import reaches always stops it.
        EXPECT_TRUE(outcome.killed) << "iteration " << i << " (limit " << limit << " of " << reach << " bytes) exited "
                                    << outcome.exitCode << ": " << outcome.err.constData();
        if (!outcome.killed)
            continue;
        ++killed;
        // A kill after the commit (while checkpointing or closing) leaves the whole import in;
        // anything else must leave exactly what was there before. Never a part of it.
        if (countRows(db) == after) {
            ++wholeImports;
            expectIntact(db, *after, i);
            copyWorkspace(backup, db);
        } else {
            expectIntact(db, *before, i);
        }
    }
    std::printf("[ killtest ] import: %d of %d runs killed, %d after the commit (%d rows, writes reach %lld bytes)\n",
                killed, iterations, wholeImports, rows, static_cast<long long>(reach));
    EXPECT_EQ(killed, iterations);

    const auto again = runLodestar(import);
    ASSERT_EQ(again.exitCode, 0) << again.err.constData();
    expectIntact(db, *after, iterations);
}

// The commands that compute CLV (report, channels) read the workspace and add only their side
// records (stored fits, definition use), each in one transaction once the command has succeeded.
// Killed anywhere, they must leave its data as it was and the file sound, and the report they were
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
    const QByteArray digest = workspaceDataDigest(db);
    ASSERT_FALSE(digest.isEmpty());

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
        ASSERT_EQ(workspaceDataDigest(db), digest) << qPrintable(command.first());
        for (int i = 0; i < iterations && !HasFailure(); ++i, ++runs) {
            workspace.writeFile(QStringLiteral("qbr.pdf"), previousReport);
            const auto outcome = runAndKill(command, int(random.bounded(fullMs + 1)));
            killed += outcome.killed ? 1 : 0;
            EXPECT_TRUE(outcome.killed || outcome.exitCode == 0) << outcome.err.constData();
            EXPECT_EQ(workspaceDataDigest(db), digest) << qPrintable(command.first()) << " iteration " << i;
            EXPECT_EQ(integrityCheck(db), QStringLiteral("ok"));
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
