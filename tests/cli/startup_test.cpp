// Issue 12: on a server or in CI there is no login session, so XDG_RUNTIME_DIR is unset, and every
// command printed Qt's "QStandardPaths: XDG_RUNTIME_DIR not set" on stderr. The CLI's stderr carries
// only Lodestar's own messages: nothing at all when a command succeeds.
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

#include <sys/stat.h>
#include <unistd.h>

using lodestar::test::TempWorkspace;
using lodestar::test::runLodestar;

namespace {

// A server's environment: no runtime directory, a temporary folder of the test's own, and Qt's
// warnings on stderr even where Qt would otherwise send them to the system journal.
QProcessEnvironment serverEnvironment(const QString &temporaryFolder)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    environment.insert(QStringLiteral("TMPDIR"), temporaryFolder);
    environment.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    return environment;
}

} // namespace

TEST(CliStartup, WithoutRuntimeDirectory_SuccessfulCommandsWriteNothingToStderr)
{
    TempWorkspace workspace;
    const QString temporaryFolder = workspace.filePath(QStringLiteral("tmp"));
    ASSERT_TRUE(QDir().mkpath(temporaryFolder));
    const QProcessEnvironment server = serverEnvironment(temporaryFolder);
    // Real purchase histories, so the report's models converge and it runs to the end.
    const QString csv = lodestar::test::testData(QStringLiteral("engine/cdnowElog.csv"));
    const QString db = workspace.dbPath();

    // A command that only reads, one that writes the workspace, one that renders (the PDF report).
    const QList<QStringList> commands{
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--transactions"), csv},
        {QStringLiteral("summary"), QStringLiteral("--db"), db},
        {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), workspace.filePath(QStringLiteral("qbr.pdf"))},
    };
    for (const QStringList &command : commands) {
        const auto result = runLodestar(command, server);
        ASSERT_EQ(result.exitCode, 0) << qPrintable(command.first()) << ": " << result.err.constData();
        EXPECT_EQ(result.err, QByteArray()) << qPrintable(command.first());
    }

    // The directory the runs used instead is the one the XDG spec asks for: the user's own, private.
    const QString runtime = QDir(temporaryFolder).filePath(QStringLiteral("runtime-%1").arg(getuid()));
    struct stat info = {};
    ASSERT_EQ(lstat(QFile::encodeName(runtime).constData(), &info), 0) << qPrintable(runtime);
    EXPECT_TRUE(S_ISDIR(info.st_mode));
    EXPECT_EQ(info.st_uid, getuid());
    EXPECT_EQ(info.st_mode & 0777, 0700u);
}

TEST(CliStartup, WithoutRuntimeDirectory_ErrorsAreLodestarsOwn)
{
    TempWorkspace workspace;
    const QString temporaryFolder = workspace.filePath(QStringLiteral("tmp"));
    ASSERT_TRUE(QDir().mkpath(temporaryFolder));
    const auto result = runLodestar({QStringLiteral("summary"), QStringLiteral("--db"), workspace.dbPath()},
                                    serverEnvironment(temporaryFolder));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("no workspace")) << result.err.constData();
    EXPECT_FALSE(result.err.contains("QStandardPaths")) << result.err.constData();
    EXPECT_FALSE(result.err.contains("XDG_RUNTIME_DIR")) << result.err.constData();
}
