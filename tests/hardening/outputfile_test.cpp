// The one output-file writer (issue 12, items 5 and 8): never onto the workspace or a device,
// and whole or not at all, even when the disk fills up half way.
#include "testsupport.h"

#include "models/output/outputfile.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace lodestar;
using namespace lodestar::test;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// Files in the folder other than the ones named: a temporary file left behind shows up here.
QStringList strayFiles(const QString &folder, const QStringList &expected)
{
    QStringList stray;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::System | QDir::Hidden))
        if (!expected.contains(name))
            stray << name;
    return stray;
}

// A disk that fills up after limitBytes for this process: writes past it fail with EFBIG, as
// they fail with ENOSPC on a full disk, and SIGXFSZ is ignored so the failure reaches the writer.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t limitBytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = limitBytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    bool active() const { return m_active; }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
    bool m_active = false;
};

class OutputFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_workspace.writeFile(QStringLiteral("workspace.lodestar"), QByteArray("SQLite format 3\0workspace", 25));
        m_wal = m_workspace.writeFile(QStringLiteral("workspace.lodestar-wal"), "wal frames");
    }

    QString folder() const { return QFileInfo(m_db).absolutePath(); }

    void expectWorkspaceIntact() const
    {
        EXPECT_EQ(contentsOf(m_db), QByteArray("SQLite format 3\0workspace", 25));
        EXPECT_EQ(contentsOf(m_wal), QByteArray("wal frames"));
    }

    TempWorkspace m_workspace;
    QString m_db;
    QString m_wal;
};

} // namespace

TEST_F(OutputFileTest, RefusesTheWorkspaceAndEveryFileItOwns)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const Status written = writeOutputFile(m_db + suffix, "%PDF-1.4", workspaceFiles(m_db));
        EXPECT_FALSE(written) << qPrintable(suffix);
        EXPECT_TRUE(written.errorString().contains(QStringLiteral("workspace"))) << qPrintable(written.errorString());
    }
    expectWorkspaceIntact();
    EXPECT_FALSE(QFile::exists(m_db + QStringLiteral("-shm")));
}

TEST_F(OutputFileTest, RefusesTheWorkspaceUnderAnotherSpelling)
{
    const QString dotted = folder() + QStringLiteral("/./sub/../workspace.lodestar");
    ASSERT_TRUE(QDir(folder()).mkpath(QStringLiteral("sub")));
    EXPECT_FALSE(writeOutputFile(dotted, "x", workspaceFiles(m_db)));
    // The protected path spelled relatively, the output absolutely.
    const QString previous = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(folder()));
    EXPECT_FALSE(writeOutputFile(m_db, "x", workspaceFiles(QStringLiteral("workspace.lodestar"))));
    QDir::setCurrent(previous);
    expectWorkspaceIntact();
}

TEST_F(OutputFileTest, RefusesSymbolicLinksToTheWorkspace)
{
    const QString link = m_workspace.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(QFile::link(m_db, link));
    const QString chain = m_workspace.filePath(QStringLiteral("chain.pdf"));
    ASSERT_TRUE(QFile::link(link, chain));
    // A dangling link where SQLite would put its shared-memory file.
    const QString toShm = m_workspace.filePath(QStringLiteral("shm.pdf"));
    ASSERT_TRUE(QFile::link(m_db + QStringLiteral("-shm"), toShm));
    for (const QString &path : {link, chain, toShm})
        EXPECT_FALSE(writeOutputFile(path, "x", workspaceFiles(m_db))) << qPrintable(path);
    expectWorkspaceIntact();
    EXPECT_FALSE(QFile::exists(m_db + QStringLiteral("-shm")));
}

TEST_F(OutputFileTest, RefusesAHardLinkToTheWorkspace)
{
    const QString hard = m_workspace.filePath(QStringLiteral("hard.csv"));
    ASSERT_EQ(::link(QFile::encodeName(m_db).constData(), QFile::encodeName(hard).constData()), 0);
    const Status written = writeOutputFile(hard, "x", workspaceFiles(m_db));
    EXPECT_FALSE(written);
    expectWorkspaceIntact();
}

TEST_F(OutputFileTest, NeverReplacesADeviceFifoOrFolder)
{
    const QString fifo = m_workspace.filePath(QStringLiteral("pipe.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString folderPath = m_workspace.filePath(QStringLiteral("folder.csv"));
    ASSERT_TRUE(QDir().mkpath(folderPath));
    QStringList targets{fifo, folderPath};
    if (QFileInfo::exists(QStringLiteral("/dev/full")))
        targets << QStringLiteral("/dev/full");
    for (const QString &target : targets) {
        const Status written = writeOutputFile(target, "x");
        EXPECT_FALSE(written) << qPrintable(target);
    }
    struct stat status{};
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &status), 0);
    EXPECT_TRUE(S_ISFIFO(status.st_mode));
    if (QFileInfo::exists(QStringLiteral("/dev/full"))) {
        ASSERT_EQ(::stat("/dev/full", &status), 0);
        EXPECT_TRUE(S_ISCHR(status.st_mode)) << "/dev/full is no longer a device";
    }
}

TEST_F(OutputFileTest, RefusesAMissingFolderWithItsName)
{
    const Status written = writeOutputFile(m_workspace.filePath(QStringLiteral("no/such/out.csv")), "x");
    ASSERT_FALSE(written);
    EXPECT_TRUE(written.errorString().contains(QStringLiteral("does not exist"))) << qPrintable(written.errorString());
}

TEST_F(OutputFileTest, ReplacesAnOrdinaryFileWhole)
{
    const QString target = m_workspace.writeFile(QStringLiteral("out.csv"), "old");
    ASSERT_TRUE(writeOutputFile(target, "new contents", workspaceFiles(m_db)));
    EXPECT_EQ(contentsOf(target), QByteArray("new contents"));
    EXPECT_EQ(strayFiles(folder(), {QStringLiteral("workspace.lodestar"), QStringLiteral("workspace.lodestar-wal"),
                                    QStringLiteral("out.csv")}), QStringList());
}

TEST_F(OutputFileTest, FullDiskLeavesTheOldFileAndNoTemporaryFile)
{
    const QString target = m_workspace.writeFile(QStringLiteral("out.csv"), "previous export");
    const QByteArray big(1 << 20, 'x');
    Status written;
    {
        const FileSizeLimit limit(64 * 1024);
        if (!limit.active())
            GTEST_SKIP() << "cannot lower RLIMIT_FSIZE";
        written = writeOutputFile(target, big);
    }
    EXPECT_FALSE(written);
    EXPECT_FALSE(written.errorString().isEmpty());
    EXPECT_EQ(contentsOf(target), QByteArray("previous export"));
    EXPECT_EQ(strayFiles(folder(), {QStringLiteral("workspace.lodestar"), QStringLiteral("workspace.lodestar-wal"),
                                    QStringLiteral("out.csv")}), QStringList());
}

TEST_F(OutputFileTest, StreamedWriteFailureFailsTheCommit)
{
    const QString target = m_workspace.filePath(QStringLiteral("new.pdf"));
    Status committed;
    {
        const FileSizeLimit limit(16 * 1024);
        if (!limit.active())
            GTEST_SKIP() << "cannot lower RLIMIT_FSIZE";
        OutputFile file(target);
        ASSERT_TRUE(file.open());
        // As QPdfWriter does: many writes into the device, none of them checked by the writer.
        for (int i = 0; i < 64; ++i)
            file.device().write(QByteArray(4096, 'p'));
        committed = file.commit();
    }
    EXPECT_FALSE(committed);
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_EQ(strayFiles(folder(), {QStringLiteral("workspace.lodestar"), QStringLiteral("workspace.lodestar-wal")}),
              QStringList());
}
