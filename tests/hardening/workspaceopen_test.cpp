// Opening a workspace (issue 12, items 9 and 11): a FIFO as --db made summary, clv, report and
// imports wait forever; a folder or a device is no workspace either. Every command refuses them
// at once with exit code 2, and a damaged workspace is unusable input (2), never an internal
// failure (1) or a crash, whichever command reads it.
#include "testsupport.h"
#include "workspaceprobe.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace lodestar::test;

namespace {

// Every command that opens a workspace, with what it needs besides --db.
QList<QStringList> workspaceCommands(const TempWorkspace &scratch, const QString &csv)
{
    return {
        {QStringLiteral("summary")},
        {QStringLiteral("imports")},
        {QStringLiteral("rejects"), QStringLiteral("--import"), QStringLiteral("1")},
        {QStringLiteral("clv")},
        {QStringLiteral("fit"), QStringLiteral("--model"), QStringLiteral("bgnbd")},
        {QStringLiteral("segments")},
        {QStringLiteral("cohorts")},
        {QStringLiteral("kpis")},
        {QStringLiteral("definition")},
        {QStringLiteral("channels")},
        {QStringLiteral("scorecard")},
        {QStringLiteral("guardrails")},
        {QStringLiteral("matrix")},
        {QStringLiteral("goals")},
        {QStringLiteral("report"), QStringLiteral("--out"), scratch.filePath(QStringLiteral("r.pdf"))},
        {QStringLiteral("screenshot"), QStringLiteral("--view"), QStringLiteral("overview"), QStringLiteral("--out"),
         scratch.filePath(QStringLiteral("s.png"))},
        {QStringLiteral("import"), QStringLiteral("--transactions"), csv},
    };
}

QStringList withDb(QStringList command, const QString &db)
{
    command.insert(1, QStringLiteral("--db"));
    command.insert(2, db);
    return command;
}

class WorkspaceOpen : public ::testing::Test
{
protected:
    void SetUp() override { m_csv = m_scratch.writeFile(QStringLiteral("t.csv"), transactionsCsv(200, 40, 5)); }

    // Each command exits 2 within the time limit (a FIFO would otherwise block it forever).
    void expectRefusedByEveryCommand(const QString &db, const char *words) const
    {
        for (const QStringList &command : workspaceCommands(m_scratch, m_csv)) {
            const auto result = runLodestar(withDb(command, db), 30000);
            EXPECT_EQ(result.exitCode, 2) << qPrintable(command.first()) << ": " << result.err.constData();
            EXPECT_TRUE(result.err.contains(words)) << qPrintable(command.first()) << ": " << result.err.constData();
        }
    }

    TempWorkspace m_scratch;
    QString m_csv;
};

} // namespace

TEST_F(WorkspaceOpen, FifoAsDbIsRefusedByEveryCommandWithoutWaiting)
{
    const QString fifo = m_scratch.filePath(QStringLiteral("workspace.fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    expectRefusedByEveryCommand(fifo, "not a regular file");
    struct stat status{};
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &status), 0);
    EXPECT_TRUE(S_ISFIFO(status.st_mode));
}

TEST_F(WorkspaceOpen, FolderAsDbIsRefusedByEveryCommand)
{
    const QString folder = m_scratch.filePath(QStringLiteral("folder.lodestar"));
    ASSERT_TRUE(QDir().mkpath(folder));
    expectRefusedByEveryCommand(folder, "folder");
    EXPECT_TRUE(QDir(folder).isEmpty());
}

TEST_F(WorkspaceOpen, DeviceAsDbIsRefusedByEveryCommand)
{
    // A private copy of /dev/null's device node, so nothing outside the test can be harmed.
    const QString device = m_scratch.filePath(QStringLiteral("null.lodestar"));
    if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
        GTEST_SKIP() << "creating a device node needs root";
    expectRefusedByEveryCommand(device, "not a regular file");
    const auto forced = runLodestar({QStringLiteral("demo"), QStringLiteral("--db"), device, QStringLiteral("--force")}, 30000);
    EXPECT_EQ(forced.exitCode, 2) << forced.err.constData();
    struct stat status{};
    ASSERT_EQ(::stat(QFile::encodeName(device).constData(), &status), 0);
    EXPECT_TRUE(S_ISCHR(status.st_mode)) << "demo --force removed the device node";
}

TEST_F(WorkspaceOpen, FifoBesideTheWorkspaceIsRefused)
{
    const auto imported = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), m_scratch.dbPath(),
                                       QStringLiteral("--transactions"), m_csv});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.constData();
    const QString wal = m_scratch.dbPath() + QStringLiteral("-wal");
    QFile::remove(wal);
    ASSERT_EQ(::mkfifo(QFile::encodeName(wal).constData(), 0600), 0);
    const auto result = runLodestar({QStringLiteral("summary"), QStringLiteral("--db"), m_scratch.dbPath()}, 30000);
    EXPECT_EQ(result.exitCode, 2) << result.err.constData();
    EXPECT_TRUE(result.err.contains("-wal")) << result.err.constData();
}

// Garbage over random pages of a real workspace, several seeds: every command either still reads
// what it needs (0) or calls the workspace unusable (2); an internal failure (1) or a crash is a bug.
TEST_F(WorkspaceOpen, DamagedWorkspaceIsUnusableInputForEveryCommand)
{
    const QString seed = m_scratch.writeFile(QStringLiteral("seed.csv"), transactionsCsv(20000, 2000, 3));
    const QString pristine = m_scratch.filePath(QStringLiteral("pristine.lodestar"));
    const auto imported = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), pristine,
                                       QStringLiteral("--transactions"), seed});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.constData();
    ASSERT_FALSE(QFile::exists(pristine + QStringLiteral("-wal")));
    const qint64 size = QFileInfo(pristine).size();
    QRandomGenerator random(12);
    for (int round = 0; round < 4; ++round) {
        const QString damaged = m_scratch.filePath(QStringLiteral("damaged-%1.lodestar").arg(round));
        ASSERT_TRUE(QFile::copy(pristine, damaged));
        QFile file(damaged);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        if (round == 3) {
            ASSERT_TRUE(file.resize(size / 3)); // truncated, as by a copy that stopped
        } else {
            for (int hit = 0; hit < 6; ++hit) {
                ASSERT_TRUE(file.seek(random.bounded(qint64(100), size)));
                QByteArray garbage(int(random.bounded(16, 4096)), Qt::Uninitialized);
                for (char &byte : garbage)
                    byte = char(random.bounded(256));
                ASSERT_EQ(file.write(garbage), garbage.size());
            }
        }
        file.close();
        for (const QStringList &command : workspaceCommands(m_scratch, m_csv)) {
            const auto result = runLodestar(withDb(command, damaged), 60000);
            EXPECT_TRUE(result.exitCode == 0 || result.exitCode == 2)
                << "round " << round << ", " << qPrintable(command.first()) << " exited " << result.exitCode << ": "
                << result.err.constData();
        }
    }
}
