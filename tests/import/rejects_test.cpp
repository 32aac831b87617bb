#include "importfixture.h"

using namespace lodestar;
using lodestar::test::ImportTest;

namespace {

const QByteArray kHeader("customer_id,date,amount\n");

} // namespace

TEST_F(ImportTest, Import_RejectsRowWithWrongColumnCount)
{
    const auto report = importText(kHeader + "A,2024-01-02,5\nB,2024-01-03\nC,2024-01-04,1,extra\n");
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, 1);
    ASSERT_EQ(report->counts.rejected, 2);
    EXPECT_EQ(report->rejects.at(0).line, 3);
    EXPECT_EQ(report->rejects.at(0).reason, QStringLiteral("expected 3 columns, found 2"));
}

TEST_F(ImportTest, Import_RejectsRowWithUnparseableDate)
{
    const auto report = importText(kHeader + "A,2024-01-02,5\nB,2024-02-30,6\n");
    ASSERT_TRUE(report);
    ASSERT_EQ(report->rejects.size(), 1);
    const RejectedRow &reject = report->rejects.first();
    EXPECT_EQ(reject.line, 3);
    EXPECT_EQ(reject.column, QStringLiteral("date"));
    EXPECT_EQ(reject.value, QStringLiteral("2024-02-30"));
    EXPECT_EQ(reject.reason, QStringLiteral("unparseable date"));
    EXPECT_EQ(transactions(), 1);
}

TEST_F(ImportTest, Import_RejectsRowWithUnparseableAmount)
{
    const auto report = importText(kHeader + "A,2024-01-02,five\n");
    ASSERT_TRUE(report);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().column, QStringLiteral("amount"));
    EXPECT_EQ(report->rejects.first().reason, QStringLiteral("unparseable number"));
}

TEST_F(ImportTest, Import_RejectsRowWithMissingAmount)
{
    const auto report = importText(kHeader + "A,2024-01-02,\n");
    ASSERT_TRUE(report);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().reason, QStringLiteral("missing number"));
}

TEST_F(ImportTest, Import_RejectsRowWithMissingCustomerId)
{
    const auto report = importText(kHeader + " ,2024-01-02,5\n");
    ASSERT_TRUE(report);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().reason, QStringLiteral("missing customer id"));
    EXPECT_EQ(customers(), 0);
}

TEST_F(ImportTest, Import_RejectsRowWithMissingDate)
{
    const auto report = importText(kHeader + "A,,5\n");
    ASSERT_TRUE(report);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().reason, QStringLiteral("missing date"));
}

TEST_F(ImportTest, Import_RejectsRowWithUnreadableOptionalNumber)
{
    const auto report = importText("customer_id,date,amount,quantity\nA,2024-01-02,5,two\n");
    ASSERT_TRUE(report);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().column, QStringLiteral("quantity"));
}

TEST_F(ImportTest, Import_RejectsNpsScoreOutOfRange)
{
    const auto report = importText("customer_id,date,score\nA,2024-01-02,11\nB,2024-01-02,-1\nC,2024-01-02,7.5\nD,2024-01-02,10\n",
                                   kind(ImportKind::Nps));
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.imported, 1);
    EXPECT_EQ(report->counts.rejected, 3);
    EXPECT_EQ(report->rejects.first().reason, QStringLiteral("score out of range (0 to 10)"));
}

TEST_F(ImportTest, Import_RejectsSpendRowWithUnparseableMonth)
{
    const auto report = importText("month,channel,amount\n2024-01,Social,100\nJanvier,Social,100\n", kind(ImportKind::Spend));
    ASSERT_TRUE(report);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().reason, QStringLiteral("unparseable month"));
}

TEST_F(ImportTest, Import_RejectsSpendRowWithMissingChannel)
{
    const auto report = importText("month,channel,amount\n2024-01,,100\n", kind(ImportKind::Spend));
    ASSERT_TRUE(report);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().reason, QStringLiteral("missing channel"));
}

TEST_F(ImportTest, Import_StoresRejectsWithImport)
{
    const auto report = importText(kHeader + "A,2024-01-02,5\nB,bad,6\nC,2024-01-02,x\n");
    ASSERT_TRUE(report);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM import_rejects WHERE import_id = %1").arg(report->importId)), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT rows_rejected FROM imports WHERE id = %1").arg(report->importId)), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT rows_imported FROM imports WHERE id = %1").arg(report->importId)), 1);
}

TEST_F(ImportTest, Import_CapsRejectListButCountsEveryReject)
{
    QByteArray contents = kHeader;
    for (int i = 0; i < 1200; ++i)
        contents += "A,never,5\n";
    const auto report = importText(contents);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.rejected, 1200);
    EXPECT_EQ(report->rejects.size(), ImportReport::kMaxRejects);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM import_rejects")), 1200);
}

TEST_F(ImportTest, Import_RefusesEmptyFile)
{
    const auto report = importText("");
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.errorString().contains(QStringLiteral("empty")));
    EXPECT_EQ(m_failure, ImportFailure::UnusableInput);
}

TEST_F(ImportTest, Import_RefusesHeaderOnlyFile)
{
    const auto report = importText(kHeader);
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.errorString().contains(QStringLiteral("no data rows")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM imports")), 0);
}

TEST_F(ImportTest, Import_RefusesFileWithoutRequiredColumn)
{
    const auto report = importText("customer_id,date,colour\nA,2024-01-02,red\n");
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.errorString().contains(QStringLiteral("no column for amount")));
    EXPECT_EQ(m_failure, ImportFailure::UnusableInput);
}

TEST_F(ImportTest, Import_RefusesMissingFile)
{
    ImportOptions options;
    options.path = m_workspace.filePath(QStringLiteral("nope.csv"));
    const auto report = importFile(options);
    ASSERT_FALSE(report);
    EXPECT_EQ(m_failure, ImportFailure::UnusableInput);
}
