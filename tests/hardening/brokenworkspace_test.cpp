// Broken, foreign or unwritable workspace files (issue 8): one clear sentence, exit code 2, no
// crash, and the file exactly as it was.
#include "testsupport.h"
#include "workspaceprobe.h"

#include "models/store/store.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace lodestar::test;

namespace {

class BrokenWorkspace : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_csv = m_workspace.writeFile(QStringLiteral("more.csv"), transactionsCsv(500, 50, 11, 100000));
    }

    // A workspace with enough rows to span many pages, closed (so checkpointed, no -wal left).
    void makeWorkspace() const
    {
        const QString seed = m_workspace.writeFile(QStringLiteral("seed.csv"), transactionsCsv(20000, 2000, 3));
        const auto result = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), m_workspace.dbPath(),
                                         QStringLiteral("--transactions"), seed});
        ASSERT_EQ(result.exitCode, 0) << result.err.constData();
        ASSERT_FALSE(QFile::exists(m_workspace.dbPath() + QStringLiteral("-wal")));
    }

    void overwrite(qint64 offset, const QByteArray &bytes) const
    {
        QFile file(m_workspace.dbPath());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(offset));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }

    // Every command that opens the workspace refuses it with exit code 2 and leaves it as it was.
    void expectRefusedByEveryCommand(const char *words) const
    {
        const QByteArray before = workspaceDigest(m_workspace.dbPath());
        const QList<QStringList> commands{
            {QStringLiteral("import"), QStringLiteral("--db"), m_workspace.dbPath(), QStringLiteral("--transactions"), m_csv},
            {QStringLiteral("summary"), QStringLiteral("--db"), m_workspace.dbPath()},
        };
        for (const QStringList &command : commands) {
            const auto result = runLodestar(command);
            EXPECT_EQ(result.exitCode, 2) << qPrintable(command.first()) << ": " << result.err.constData();
            if (words) {
                EXPECT_TRUE(result.err.contains(words)) << qPrintable(command.first()) << ": " << result.err.constData();
            }
            EXPECT_EQ(messageLines(result.err).size(), 1) << result.err.constData();
            EXPECT_EQ(workspaceDigest(m_workspace.dbPath()), before) << qPrintable(command.first());
        }
    }

    TempWorkspace m_workspace;
    QString m_csv;
};

} // namespace

TEST_F(BrokenWorkspace, RefusesFileThatIsNotSqlite)
{
    m_workspace.writeFile(QStringLiteral("workspace.lodestar"), "name,amount\nthis is a spreadsheet,1\n");
    expectRefusedByEveryCommand("not a Lodestar workspace");
}

TEST_F(BrokenWorkspace, RefusesWorkspaceOfNewerSchema)
{
    makeWorkspace();
    {
        auto store = lodestar::Store::open(m_workspace.dbPath());
        ASSERT_TRUE(store);
        QSqlQuery query((*store)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(lodestar::Store::currentSchemaVersion() + 1)));
    }
    const auto before = countRows(m_workspace.dbPath());
    expectRefusedByEveryCommand("newer Lodestar");
    EXPECT_EQ(countRows(m_workspace.dbPath()), before);
}

TEST_F(BrokenWorkspace, RefusesTruncatedWorkspace)
{
    makeWorkspace();
    QFile file(m_workspace.dbPath());
    ASSERT_TRUE(file.resize(file.size() / 2));
    expectRefusedByEveryCommand("damaged");
}

TEST_F(BrokenWorkspace, RefusesWorkspaceWithCorruptPages)
{
    makeWorkspace();
    const qint64 size = QFileInfo(m_workspace.dbPath()).size();
    // Garbage over the pages after the first: table and index b-trees.
    QByteArray garbage(int(size / 2), '\xA5');
    overwrite(4096, garbage);
    // SQLite meets the damage only on the pages a command reads, so the message is that command's
    // ("Cannot prepare the workspace", "Cannot read the workspace summary"): clear, not specific.
    expectRefusedByEveryCommand(nullptr);
}

TEST_F(BrokenWorkspace, RefusesWorkspaceWithCorruptHeader)
{
    makeWorkspace();
    overwrite(16, QByteArray("\x00\x03\x07\x07", 4)); // page size 3: impossible
    expectRefusedByEveryCommand("damaged");
}

TEST_F(BrokenWorkspace, RefusesEmptyLookingWorkspaceOfZeroPages)
{
    makeWorkspace();
    QFile file(m_workspace.dbPath());
    ASSERT_TRUE(file.resize(100)); // the header alone
    expectRefusedByEveryCommand("damaged");
}
