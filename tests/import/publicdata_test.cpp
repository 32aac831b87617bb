#include "importfixture.h"

using namespace lodestar;
using lodestar::test::ImportTest;
using lodestar::test::sharedData;

TEST_F(ImportTest, Import_CdnowMasterHasEveryTransactionAndCustomer)
{
    LODESTAR_REQUIRE_SHARED(QStringLiteral("cdnow/CDNOW_master.txt"));
    ImportOptions options;
    options.path = sharedData(QStringLiteral("cdnow/CDNOW_master.txt"));
    const auto report = importFile(options);
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->format, QStringLiteral("whitespace"));
    EXPECT_EQ(report->counts.rejected, 0);
    EXPECT_EQ(transactions(), 69659);
    EXPECT_EQ(customers(), 23570);
}

TEST_F(ImportTest, Import_CdnowSampleWithoutHeaderMapsByPosition)
{
    LODESTAR_REQUIRE_SHARED(QStringLiteral("cdnow/CDNOW_sample.txt"));
    ImportOptions options;
    options.path = sharedData(QStringLiteral("cdnow/CDNOW_sample.txt"));
    options.hasHeader = false;
    options.mapping = {{QStringLiteral("customer_id"), QStringLiteral("1")}, {QStringLiteral("date"), QStringLiteral("3")},
                       {QStringLiteral("quantity"), QStringLiteral("4")}, {QStringLiteral("amount"), QStringLiteral("5")}};
    const auto report = importFile(options);
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.rejected, 0);
    EXPECT_EQ(transactions(), 6919);
    EXPECT_EQ(customers(), 2357);
}

TEST_F(ImportTest, Import_CdnowElogCsvMapsMasterIdAndSales)
{
    LODESTAR_REQUIRE_SHARED(QStringLiteral("cdnow/cdnowElog.csv"));
    ImportOptions options;
    options.path = sharedData(QStringLiteral("cdnow/cdnowElog.csv"));
    const auto report = importFile(options);
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->mapping.value(QStringLiteral("customer_id")).toString(), QStringLiteral("masterid"));
    EXPECT_EQ(report->mapping.value(QStringLiteral("amount")).toString(), QStringLiteral("sales"));
    EXPECT_EQ(transactions(), 6919);
    EXPECT_EQ(customers(), 2357);
}

TEST_F(ImportTest, Import_ApparelTransactions)
{
    LODESTAR_REQUIRE_SHARED(QStringLiteral("apparel/apparelTrans.csv"));
    ImportOptions options;
    options.path = sharedData(QStringLiteral("apparel/apparelTrans.csv"));
    const auto report = importFile(options);
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.rejected, 0);
    EXPECT_EQ(transactions(), 3187);
    EXPECT_EQ(customers(), 600);
}
