#include "enginefixtures.h"

#include "models/clv/customersummary.h"

#include <gtest/gtest.h>

using namespace lodestar;
using lodestar::test::DatasetBuilder;

namespace {

SummaryOptions cdnowOptions()
{
    return {TimeUnit::Week, QDate(), QDate(1997, 9, 30), QDate(1998, 6, 30)};
}

} // namespace

TEST(CustomerSummary, ReproducesCdnowCbsFrequencyRecencyAndAge)
{
    const auto table = summarizeCustomers(test::cdnowDataset(), cdnowOptions());
    ASSERT_TRUE(table) << qPrintable(table.errorString());
    const auto cbs = test::cdnowCbs();
    ASSERT_EQ(cbs.size(), 2357u);
    ASSERT_EQ(table->customers.size(), cbs.size());
    double sumX = 0.0;
    for (std::size_t i = 0; i < cbs.size(); ++i) {
        const CustomerSummary &c = table->customers[i];
        EXPECT_EQ(c.frequency, cbs[i].x) << "customer " << i + 1;
        EXPECT_NEAR(c.recency, cbs[i].tx, 1e-9) << "customer " << i + 1;
        EXPECT_NEAR(c.age, cbs[i].T, 1e-9) << "customer " << i + 1;
        sumX += c.frequency;
    }
    EXPECT_EQ(sumX, 2457.0);
}

TEST(CustomerSummary, ReproducesCdnowHoldoutTransactions)
{
    const auto table = summarizeCustomers(test::cdnowDataset(), cdnowOptions());
    ASSERT_TRUE(table);
    const auto cbs = test::cdnowCbs();
    double sumXStar = 0.0;
    for (std::size_t i = 0; i < cbs.size(); ++i) {
        EXPECT_EQ(table->customers[i].holdoutFrequency, cbs[i].xStar) << "customer " << i + 1;
        sumXStar += table->customers[i].holdoutFrequency;
    }
    EXPECT_EQ(sumXStar, 1882.0);
}

TEST(CustomerSummary, ReproducesCdnowMeanRepeatValue)
{
    const auto table = summarizeCustomers(test::cdnowDataset(), cdnowOptions());
    ASSERT_TRUE(table);
    const auto cbs = test::cdnowCbs();
    for (std::size_t i = 0; i < cbs.size(); ++i)
        EXPECT_NEAR(table->customers[i].meanRepeatValue, cbs[i].meanValue, 1e-6) << "customer " << i + 1;
}

TEST(CustomerSummary, FirstCdnowCustomerAgeIs272DaysInWeeks)
{
    const auto table = summarizeCustomers(test::cdnowDataset(), cdnowOptions());
    ASSERT_TRUE(table);
    EXPECT_NEAR(table->customers[0].age, 272.0 / 7.0, 1e-12);
}

TEST(CustomerSummary, SameDayPurchasesCountOnceWithSummedSpend)
{
    DatasetBuilder b;
    const int c = b.customer();
    b.buy(c, QDate(2024, 1, 1), 10).buy(c, QDate(2024, 1, 8), 5).buy(c, QDate(2024, 1, 8), 7);
    const auto table = summarizeCustomers(b.build(), {TimeUnit::Day, QDate(), QDate(2024, 1, 10), QDate()});
    ASSERT_TRUE(table);
    EXPECT_EQ(table->customers[0].frequency, 1.0);
    EXPECT_EQ(table->customers[0].recency, 7.0);
    EXPECT_EQ(table->customers[0].age, 9.0);
    EXPECT_EQ(table->customers[0].meanRepeatValue, 12.0);
    EXPECT_EQ(table->customers[0].revenue, 22.0);
}

TEST(CustomerSummary, RefundAloneIsNotAPurchaseButReducesRevenue)
{
    DatasetBuilder b;
    const int c = b.customer();
    b.buy(c, QDate(2024, 1, 1), 10).buy(c, QDate(2024, 1, 5), -4);
    const auto table = summarizeCustomers(b.build(), {TimeUnit::Day, QDate(), QDate(2024, 1, 10), QDate()});
    ASSERT_TRUE(table);
    EXPECT_EQ(table->customers[0].frequency, 0.0);
    EXPECT_EQ(table->customers[0].revenue, 6.0);
}

TEST(CustomerSummary, MonthUnitIsAnAverageGregorianMonth)
{
    DatasetBuilder b;
    const int c = b.customer();
    b.buy(c, QDate(2024, 1, 1), 10);
    const auto table = summarizeCustomers(b.build(), {TimeUnit::Month, QDate(), QDate(2024, 12, 31), QDate()});
    ASSERT_TRUE(table);
    EXPECT_NEAR(table->customers[0].age, 365.0 / (365.25 / 12.0), 1e-12);
}

TEST(CustomerSummary, CustomerFirstBuyingAfterCalibrationEndIsExcludedFromFit)
{
    DatasetBuilder b;
    const int early = b.customer();
    const int late = b.customer();
    b.buy(early, QDate(2024, 1, 1), 10).buy(late, QDate(2024, 3, 1), 10);
    const auto table = summarizeCustomers(b.build(), {TimeUnit::Week, QDate(), QDate(2024, 2, 1), QDate()});
    ASSERT_TRUE(table);
    EXPECT_TRUE(table->customers[early].inCalibration);
    EXPECT_FALSE(table->customers[late].inCalibration);
    EXPECT_EQ(fitInput(*table).rows.size(), 1u);
}

TEST(CustomerSummary, NoTransactionsIsAnError)
{
    DatasetBuilder b;
    b.customer();
    const auto table = summarizeCustomers(b.build(), {});
    ASSERT_FALSE(table);
    EXPECT_TRUE(table.errorString().contains(QStringLiteral("no transactions")));
}

TEST(CustomerSummary, CalibrationEndBeforeFirstPurchaseIsAnError)
{
    DatasetBuilder b;
    b.buy(b.customer(), QDate(2024, 1, 1), 10);
    const auto table = summarizeCustomers(b.build(), {TimeUnit::Week, QDate(), QDate(2023, 12, 1), QDate()});
    ASSERT_FALSE(table);
    EXPECT_TRUE(table.errorString().contains(QStringLiteral("before the first purchase")));
}

TEST(CustomerSummary, IdenticalCustomersCompressToOneWeightedRow)
{
    const auto table = summarizeCustomers(test::cdnowDataset(), cdnowOptions());
    ASSERT_TRUE(table);
    const CompressedRows compressed = compressRows(fitInput(*table).rows);
    EXPECT_LT(compressed.rows.size(), 2357u);
    EXPECT_DOUBLE_EQ(totalWeight(compressed.rows), 2357.0);
}
