// Hostile or broken input files (issue 8): each gets one clear sentence and exit code 2 from
// `lodestar import`, never a crash, and the workspace keeps exactly what it had.
#include "testsupport.h"
#include "workspaceprobe.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QRandomGenerator>

using namespace lodestar::test;

namespace {

// A workspace holding one small import, with its digest and counts taken afterwards.
class HostileInput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString seed = m_workspace.writeFile(QStringLiteral("seed.csv"), transactionsCsv(200, 20, 7));
        const auto result = import(seed);
        ASSERT_EQ(result.exitCode, 0) << result.err.constData();
        m_counts = countRows(m_workspace.dbPath());
        ASSERT_TRUE(m_counts);
        ASSERT_EQ(m_counts->transactions, 200);
        m_digest = workspaceDigest(m_workspace.dbPath());
    }

    ProcessResult import(const QString &file, const QStringList &extra = {}) const
    {
        return runLodestar(QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_workspace.dbPath(),
                                       QStringLiteral("--transactions"), file} + extra);
    }

    // Exit code 2, one line on stderr that contains the expected words, the workspace as it was.
    void expectRefused(const ProcessResult &result, const char *words) const
    {
        EXPECT_EQ(result.exitCode, 2) << result.err.constData();
        EXPECT_TRUE(result.err.contains(words)) << result.err.constData();
        EXPECT_EQ(messageLines(result.err).size(), 1) << result.err.constData();
        expectUntouched();
    }

    void expectUntouched() const
    {
        EXPECT_EQ(countRows(m_workspace.dbPath()), m_counts);
        EXPECT_EQ(workspaceDigest(m_workspace.dbPath()), m_digest);
        EXPECT_EQ(integrityCheck(m_workspace.dbPath()), QStringLiteral("ok"));
    }

    TempWorkspace m_workspace;
    std::optional<TableCounts> m_counts;
    QByteArray m_digest;
};

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

QByteArray utf16(const QString &text, bool bigEndian, bool bom)
{
    QByteArray bytes;
    if (bom)
        bytes += bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (QChar c : text) {
        const char high = char(c.unicode() >> 8), low = char(c.unicode() & 0xff);
        bytes += bigEndian ? QByteArray{&high, 1} + QByteArray{&low, 1} : QByteArray{&low, 1} + QByteArray{&high, 1};
    }
    return bytes;
}

const QString kSmallCsv = QStringLiteral("customer_id,date,amount\nX1,2024-01-01,10\nX2,2024-01-02,20\n");

} // namespace

TEST_F(HostileInput, Import_RefusesBinaryGarbage)
{
    QByteArray garbage = QByteArray("\x89PNG\r\n\x1a\n", 8) + randomBytes(200000, 1);
    const auto result = import(m_workspace.writeFile(QStringLiteral("picture.csv"), garbage));
    expectRefused(result, "not a text file");
}

TEST_F(HostileInput, Import_RefusesTextGarbageWithoutColumns)
{
    QByteArray garbage = randomBytes(100000, 2).replace('\0', 'x');
    const auto result = import(m_workspace.writeFile(QStringLiteral("noise.csv"), garbage));
    EXPECT_EQ(result.exitCode, 2) << result.err.constData();
    EXPECT_FALSE(result.err.isEmpty());
    expectUntouched();
}

TEST_F(HostileInput, Import_RefusesUtf16LittleEndianWithBom)
{
    const auto result = import(m_workspace.writeFile(QStringLiteral("le.csv"), utf16(kSmallCsv, false, true)));
    expectRefused(result, "UTF-16");
}

TEST_F(HostileInput, Import_RefusesUtf16BigEndianWithBom)
{
    const auto result = import(m_workspace.writeFile(QStringLiteral("be.csv"), utf16(kSmallCsv, true, true)));
    expectRefused(result, "UTF-16");
}

TEST_F(HostileInput, Import_RefusesUtf16WithoutBom)
{
    const auto result = import(m_workspace.writeFile(QStringLiteral("nobom.csv"), utf16(kSmallCsv, false, false)));
    expectRefused(result, "UTF-16");
}

TEST_F(HostileInput, Import_ReadsMixedLineEndings)
{
    const QByteArray csv("customer_id,date,amount\r\nM1,2024-01-01,1\nM2,2024-01-02,2\r\nM3,2024-01-03,3\r\n\r\nM4,2024-01-04,4");
    const auto result = import(m_workspace.writeFile(QStringLiteral("mixed.csv"), csv), {QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    EXPECT_TRUE(result.out.contains("\"imported\":4")) << result.out.constData();
    EXPECT_EQ(countRows(m_workspace.dbPath())->transactions, m_counts->transactions + 4);
}

TEST_F(HostileInput, Import_ReadsOldMacLineEndings)
{
    const QByteArray csv("customer_id,date,amount\rR1,2024-01-01,1\rR2,2024-01-02,2\rR3,2024-01-03,3\r");
    const auto result = import(m_workspace.writeFile(QStringLiteral("cr.csv"), csv), {QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    EXPECT_TRUE(result.out.contains("\"imported\":3")) << result.out.constData();
}

TEST_F(HostileInput, Import_StoresOrRejectsMegabyteField)
{
    const QByteArray huge(1 << 20, 'x');
    const QByteArray csv = "customer_id,date,amount\n\"" + huge + "\",2024-01-01,1\nok,2024-01-02,2\nbig," + huge + ",3\n";
    const auto result = import(m_workspace.writeFile(QStringLiteral("wide.csv"), csv), {QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    EXPECT_TRUE(result.out.contains("\"imported\":2")) << result.out.left(300).constData();
    EXPECT_TRUE(result.out.contains("\"rejected\":1")) << result.out.left(300).constData();
    EXPECT_EQ(countRows(m_workspace.dbPath())->transactions, m_counts->transactions + 2);
}

TEST_F(HostileInput, Import_RefusesQuoteThatNeverCloses)
{
    QByteArray csv = "customer_id,date,amount\nA,2024-01-01,1\n\"B,2024-01-02,2\n";
    for (int i = 0; i < 500000; ++i)
        csv += "C,2024-01-03,3,padding padding padding\n";
    const auto result = import(m_workspace.writeFile(QStringLiteral("open-quote.csv"), csv));
    expectRefused(result, "never ends");
}

TEST_F(HostileInput, Import_RefusesEmptyAndHeaderOnlyFiles)
{
    expectRefused(import(m_workspace.writeFile(QStringLiteral("empty.csv"), {})), "empty");
    expectRefused(import(m_workspace.writeFile(QStringLiteral("header.csv"), "customer_id,date,amount\n")), "no data rows");
}

TEST_F(HostileInput, Import_RefusesFolderAndMissingFile)
{
    EXPECT_EQ(import(m_workspace.filePath(QString())).exitCode, 2);
    expectRefused(import(m_workspace.filePath(QStringLiteral("missing.csv"))), "does not exist");
}

TEST_F(HostileInput, Import_KeepsCustomerIdsThatAreNotUtf8Apart)
{
    // A Latin-1 export: "Müller" and "Möller" are different customers, but not UTF-8. They must
    // neither fail the import (they once collided as U+FFFD) nor merge: each is stored or rejected.
    const QByteArray csv("customer_id,date,amount\nM\xfcller,2024-01-01,1\nM\xf6ller,2024-01-02,2\nMiller,2024-01-03,3\n");
    const auto result = import(m_workspace.writeFile(QStringLiteral("latin1.csv"), csv), {QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    const auto counts = countRows(m_workspace.dbPath());
    ASSERT_TRUE(counts);
    const qint64 added = counts->transactions - m_counts->transactions;
    EXPECT_TRUE(result.out.contains("\"imported\":" + QByteArray::number(added))) << result.out.constData();
    EXPECT_TRUE(result.out.contains("\"rejected\":" + QByteArray::number(3 - added))) << result.out.constData();
    EXPECT_EQ(counts->customers - m_counts->customers, added);
}
