// Workspaces that cannot be written (issue 8): a read-only file system, a full disk, and the same
// workspace written by two processes at once. Each gets a clear message (exit code 2) or waits;
// nothing is half-written and no data is lost.
// The file-system cases mount a small tmpfs in a private mount namespace (unshare), so they need
// root or unprivileged user namespaces; where neither is allowed they are skipped.
#include "testsupport.h"
#include "workspaceprobe.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace lodestar::test;

namespace {

// Runs script inside a private mount namespace with a tmpfs of sizeKiB mounted at $1.
// The script gets the mount point as $1 and further arguments as $2...
ShellResult runInTmpfs(const QString &mountPoint, int sizeKiB, const QString &script, const QStringList &arguments)
{
    const QString wrapper = QStringLiteral(
        "mount -t tmpfs -o size=%1k lodestar-test \"$1\" || exit 99\n%2").arg(sizeKiB).arg(script);
    return runShell(QStringLiteral("exec unshare -rm /bin/sh -c '%1' sh \"$@\"").arg(QString(wrapper).replace(QStringLiteral("'"), QStringLiteral("'\\''"))),
                    QStringList{mountPoint} + arguments);
}

bool namespacesAvailable()
{
    static const bool available = runShell(QStringLiteral("unshare -rm /bin/true")).exitCode == 0;
    return available;
}

class UnwritableWorkspace : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!namespacesAvailable())
            GTEST_SKIP() << "needs unshare -rm (root or user namespaces) to mount a tmpfs";
        const QString seed = m_workspace.writeFile(QStringLiteral("seed.csv"), transactionsCsv(5000, 500, 21));
        const auto result = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), m_workspace.dbPath(),
                                         QStringLiteral("--transactions"), seed});
        ASSERT_EQ(result.exitCode, 0) << result.err.constData();
        m_counts = countRows(m_workspace.dbPath());
        ASSERT_TRUE(m_counts);
        m_digest = workspaceDigest(m_workspace.dbPath());
        m_more = m_workspace.writeFile(QStringLiteral("more.csv"), transactionsCsv(100000, 5000, 22, 1000000));
        ASSERT_TRUE(QDir().mkpath(m_workspace.filePath(QStringLiteral("mnt"))));
        ASSERT_TRUE(QDir().mkpath(m_workspace.filePath(QStringLiteral("after"))));
    }

    // The workspace as the tmpfs held it after the command, copied out to after/.
    QString copiedBack() const { return m_workspace.filePath(QStringLiteral("after/workspace.lodestar")); }

    TempWorkspace m_workspace;
    std::optional<TableCounts> m_counts;
    QByteArray m_digest;
    QString m_more;
};

} // namespace

TEST_F(UnwritableWorkspace, Import_OnReadOnlyFileSystemExitsTwoAndChangesNothing)
{
    const auto result = runInTmpfs(m_workspace.filePath(QStringLiteral("mnt")), 65536, QStringLiteral(
        "cp \"$2\" \"$1/\" && mount -o remount,ro \"$1\" || exit 98\n"
        "\"$LODESTAR\" import --db \"$1/workspace.lodestar\" --transactions \"$3\"; code=$?\n"
        "cp \"$1\"/workspace.lodestar* \"$4/\"; exit $code"),
        {m_workspace.dbPath(), m_more, m_workspace.filePath(QStringLiteral("after"))});
    ASSERT_NE(result.exitCode, 99) << "cannot mount a tmpfs: " << result.err.constData();
    ASSERT_NE(result.exitCode, 98) << result.err.constData();
    EXPECT_EQ(result.exitCode, 2) << result.err.constData();
    EXPECT_TRUE(result.err.contains("read-only")) << result.err.constData();
    EXPECT_EQ(messageLines(result.err).size(), 1) << result.err.constData();
    EXPECT_EQ(workspaceDigest(copiedBack()), m_digest);
}

TEST_F(UnwritableWorkspace, Summary_OnReadOnlyFileSystemExitsTwo)
{
    const auto result = runInTmpfs(m_workspace.filePath(QStringLiteral("mnt")), 65536, QStringLiteral(
        "cp \"$2\" \"$1/\" && mount -o remount,ro \"$1\" || exit 98\n"
        "exec \"$LODESTAR\" summary --json --db \"$1/workspace.lodestar\""),
        {m_workspace.dbPath()});
    ASSERT_NE(result.exitCode, 99) << "cannot mount a tmpfs: " << result.err.constData();
    // SQLite cannot read a WAL workspace where it cannot create the -shm file: refused, clearly.
    EXPECT_EQ(result.exitCode, 2) << result.err.constData();
    EXPECT_TRUE(result.err.contains("read-only")) << result.err.constData();
}

TEST_F(UnwritableWorkspace, Import_OnFullDiskExitsTwoAndKeepsTheWorkspace)
{
    // Room for the workspace and a little more, not for 100,000 more rows.
    const int sizeKiB = int(QFileInfo(m_workspace.dbPath()).size() / 1024) + 512;
    const auto result = runInTmpfs(m_workspace.filePath(QStringLiteral("mnt")), sizeKiB, QStringLiteral(
        "cp \"$2\" \"$1/\" || exit 98\n"
        "\"$LODESTAR\" import --db \"$1/workspace.lodestar\" --transactions \"$3\"; code=$?\n"
        "cp \"$1\"/workspace.lodestar* \"$4/\"; exit $code"),
        {m_workspace.dbPath(), m_more, m_workspace.filePath(QStringLiteral("after"))});
    ASSERT_NE(result.exitCode, 99) << "cannot mount a tmpfs: " << result.err.constData();
    ASSERT_NE(result.exitCode, 98) << result.err.constData();
    EXPECT_EQ(result.exitCode, 2) << result.err.constData();
    EXPECT_TRUE(result.err.contains("full")) << result.err.constData();
    EXPECT_EQ(messageLines(result.err).size(), 1) << result.err.constData();
    EXPECT_EQ(integrityCheck(copiedBack()), QStringLiteral("ok"));
    EXPECT_EQ(countRows(copiedBack()), m_counts);
}

TEST_F(UnwritableWorkspace, Import_WhenTheWorkspaceCannotBeCreatedExitsTwo)
{
    const auto result = runInTmpfs(m_workspace.filePath(QStringLiteral("mnt")), 1024, QStringLiteral(
        "mount -o remount,ro \"$1\" || exit 98\n"
        "exec \"$LODESTAR\" import --db \"$1/new.lodestar\" --transactions \"$2\""),
        {m_more});
    ASSERT_NE(result.exitCode, 99) << "cannot mount a tmpfs: " << result.err.constData();
    EXPECT_EQ(result.exitCode, 2) << result.err.constData();
    EXPECT_TRUE(result.err.contains("not writable")) << result.err.constData();
}

// Two imports into one new workspace at once: SQLite's lock lets one write at a time; the other
// waits (busy timeout) or gives up with a clear message, and the workspace holds whole imports only.
TEST(ConcurrentWorkspace, TwoImportsAtOnceNeverCorrupt)
{
    TempWorkspace workspace;
    const QString a = workspace.writeFile(QStringLiteral("a.csv"), transactionsCsv(60000, 5000, 31, 1));
    const QString b = workspace.writeFile(QStringLiteral("b.csv"), transactionsCsv(60000, 5000, 32, 5000000));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess first, second;
    for (QProcess *process : {&first, &second})
        process->setProcessEnvironment(environment);
    first.start(lodestarBinary(), {QStringLiteral("import"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--transactions"), a});
    second.start(lodestarBinary(), {QStringLiteral("import"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--transactions"), b});
    ASSERT_TRUE(first.waitForFinished(300000));
    ASSERT_TRUE(second.waitForFinished(300000));
    qint64 expected = 0;
    for (QProcess *process : {&first, &second}) {
        ASSERT_EQ(process->exitStatus(), QProcess::NormalExit);
        const QByteArray err = process->readAllStandardError();
        if (process->exitCode() == 0) {
            expected += 60000;
        } else {
            // The loser waited the busy timeout (5 s) and gave up.
            EXPECT_EQ(process->exitCode(), 2) << err.constData();
            EXPECT_TRUE(err.contains("locked")) << err.constData();
            EXPECT_EQ(messageLines(err).size(), 1) << err.constData();
        }
    }
    EXPECT_GT(expected, 0);
    EXPECT_EQ(integrityCheck(workspace.dbPath()), QStringLiteral("ok"));
    const auto counts = countRows(workspace.dbPath());
    ASSERT_TRUE(counts);
    EXPECT_EQ(counts->transactions, expected);
    EXPECT_EQ(counts->imports, expected / 60000);
}

// Another process holds the write lock for longer than the busy timeout (5 s): the import gives up
// with one sentence and exit code 2, and the workspace keeps what it had.
TEST(LockedWorkspace, Import_WhileAnotherProcessHoldsTheLockExitsTwo)
{
    TempWorkspace workspace;
    const QString seed = workspace.writeFile(QStringLiteral("seed.csv"), transactionsCsv(500, 50, 41));
    ASSERT_EQ(runLodestar({QStringLiteral("import"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--transactions"), seed}).exitCode, 0);
    const auto before = countRows(workspace.dbPath());
    const QString more = workspace.writeFile(QStringLiteral("more.csv"), transactionsCsv(500, 50, 42, 100000));
    const QString connection = QStringLiteral("lock-holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        holder.setDatabaseName(workspace.dbPath());
        ASSERT_TRUE(holder.open());
        QSqlQuery lock(holder);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const auto result = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--transactions"), more});
        EXPECT_EQ(result.exitCode, 2) << result.err.constData();
        EXPECT_TRUE(result.err.contains("locked")) << result.err.constData();
        EXPECT_EQ(messageLines(result.err).size(), 1) << result.err.constData();
        lock.exec(QStringLiteral("ROLLBACK"));
        holder.close();
    }
    QSqlDatabase::removeDatabase(connection);
    EXPECT_EQ(countRows(workspace.dbPath()), before);
}
