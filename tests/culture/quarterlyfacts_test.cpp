#include "culturetestdata.h"

#include "models/culture/quarterlyfacts.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace lodestar;
using lodestar::test::DatasetBuilder;

namespace {

// Three customers over 2025Q1-Q3 (data ends 2025-09-30, so all three quarters are complete):
//  A buys 100 + 100 in Q1, 300 in Q2 (an expansion: 300 >= 1.25 x 200), nothing in Q3;
//  B buys 100 in each quarter (second purchase 95 days after the first);
//  C buys 50 (+50 discount) and 50 in Q2, refunds 20 and buys 50 in Q3.
Dataset threeCustomers()
{
    DatasetBuilder b;
    const auto a = b.customer(QStringLiteral("A"));
    const auto bb = b.customer(QStringLiteral("B"));
    const auto c = b.customer(QStringLiteral("C"));
    b.buy(a, {2025, 1, 10}, 100, 0, 60);
    b.buy(a, {2025, 2, 1}, 100);
    b.buy(a, {2025, 5, 10}, 300);
    b.buy(bb, {2025, 1, 15}, 100, 0, 50);
    b.buy(bb, {2025, 4, 20}, 100);
    b.buy(bb, {2025, 7, 15}, 100);
    b.buy(c, {2025, 4, 1}, 50, 50);
    b.buy(c, {2025, 4, 20}, 50);
    b.buy(c, {2025, 8, 1}, -20);
    b.buy(c, {2025, 9, 30}, 50);
    for (int score : {10, 9, 7, 3})
        b.score(a, {2025, 5, 1}, score);
    return b.build();
}

} // namespace

TEST(QuarterlyFacts, CoversEveryQuarterFromFirstToLastPurchase)
{
    const QuarterlyFacts facts = computeQuarterlyFacts(threeCustomers(), 0.25);
    ASSERT_EQ(facts.quarters.size(), 3u);
    EXPECT_EQ(facts.quarters[0].quarter.toString(), QStringLiteral("2025Q1"));
    EXPECT_EQ(facts.dataEnd, QDate(2025, 9, 30));
    EXPECT_TRUE(facts.quarters[2].complete);
    EXPECT_EQ(facts.lastComplete(), 2);
}

TEST(QuarterlyFacts, RevenueRefundsAndDiscountRate)
{
    const QuarterlyFacts facts = computeQuarterlyFacts(threeCustomers(), 0.25);
    EXPECT_DOUBLE_EQ(facts.quarters[0].revenue, 300.0);
    EXPECT_DOUBLE_EQ(facts.quarters[1].revenue, 500.0);
    EXPECT_DOUBLE_EQ(facts.quarters[2].revenue, 130.0);
    EXPECT_DOUBLE_EQ(facts.quarters[2].refunds, 20.0);
    EXPECT_DOUBLE_EQ(facts.quarters[0].discountRate, 0.0);
    EXPECT_DOUBLE_EQ(facts.quarters[1].discountRate, 50.0 / 550.0);
}

TEST(QuarterlyFacts, GrossMarginUsesOnlySalesWithACost)
{
    const QuarterlyFacts facts = computeQuarterlyFacts(threeCustomers(), 0.25);
    EXPECT_DOUBLE_EQ(facts.quarters[0].grossMargin, (200.0 - 110.0) / 200.0);
    EXPECT_TRUE(std::isnan(facts.quarters[1].grossMargin));
}

TEST(QuarterlyFacts, RetentionIsLastQuartersActiveCustomersBuyingAgain)
{
    const QuarterlyFacts facts = computeQuarterlyFacts(threeCustomers(), 0.25);
    EXPECT_TRUE(std::isnan(facts.quarters[0].retention));
    EXPECT_DOUBLE_EQ(facts.quarters[1].retention, 1.0);
    EXPECT_DOUBLE_EQ(facts.quarters[2].retention, 2.0 / 3.0);
    EXPECT_EQ(facts.quarters[1].activeCustomers, 3);
    EXPECT_EQ(facts.quarters[1].newCustomers, 1);
}

TEST(QuarterlyFacts, ExpansionAndWhatFollowedIt)
{
    const QuarterlyFacts facts = computeQuarterlyFacts(threeCustomers(), 0.25);
    EXPECT_EQ(facts.quarters[1].expandedCustomers, 1);
    EXPECT_DOUBLE_EQ(facts.quarters[1].expansionRate, 0.5);
    EXPECT_DOUBLE_EQ(facts.quarters[1].churnAfterExpansion, 1.0);
    EXPECT_DOUBLE_EQ(facts.quarters[1].churnBaseline, 0.0);
    EXPECT_DOUBLE_EQ(facts.quarters[1].refundsBaseline, 0.0);
    EXPECT_DOUBLE_EQ(facts.quarters[2].expansionRate, 0.0);
    EXPECT_TRUE(std::isnan(facts.quarters[2].churnAfterExpansion)); // no next quarter yet
}

TEST(QuarterlyFacts, ActivationWithinNinetyDaysAndMedianDaysToSecondPurchase)
{
    const QuarterlyFacts facts = computeQuarterlyFacts(threeCustomers(), 0.25);
    EXPECT_DOUBLE_EQ(facts.quarters[0].secondPurchaseRate, 0.5);      // A after 22 days, B after 95
    EXPECT_DOUBLE_EQ(facts.quarters[0].medianDaysToSecondPurchase, 58.5);
    EXPECT_DOUBLE_EQ(facts.quarters[1].secondPurchaseRate, 1.0);      // C after 19 days
    EXPECT_DOUBLE_EQ(facts.quarters[1].medianDaysToSecondPurchase, 19.0);
}

TEST(QuarterlyFacts, CohortRetentionNeedsTheNextQuarter)
{
    const QuarterlyFacts facts = computeQuarterlyFacts(threeCustomers(), 0.25);
    EXPECT_DOUBLE_EQ(facts.quarters[0].cohortRetention, 1.0);
    EXPECT_DOUBLE_EQ(facts.quarters[1].cohortRetention, 1.0);
    EXPECT_TRUE(std::isnan(facts.quarters[2].cohortRetention));
}

TEST(QuarterlyFacts, NpsIsPromotersMinusDetractors)
{
    const QuarterlyFacts facts = computeQuarterlyFacts(threeCustomers(), 0.25);
    EXPECT_EQ(facts.quarters[1].npsResponses, 4);
    EXPECT_DOUBLE_EQ(facts.quarters[1].nps, 25.0);
    EXPECT_DOUBLE_EQ(facts.quarters[1].satisfaction, 7.25);
    EXPECT_TRUE(std::isnan(facts.quarters[0].nps));
}

TEST(QuarterlyFacts, AnEarlierDataEndLeavesTheLastQuarterIncomplete)
{
    const QuarterlyFacts facts = computeQuarterlyFacts(threeCustomers(), 0.25, QDate(2025, 9, 1));
    EXPECT_FALSE(facts.quarters[2].complete);
    EXPECT_EQ(facts.lastComplete(), 1);
    EXPECT_TRUE(std::isnan(facts.quarters[1].churnAfterExpansion));
}

TEST(QuarterlyFacts, EmptyDatasetGivesNoQuarters)
{
    EXPECT_TRUE(computeQuarterlyFacts(Dataset{}, 0.25).quarters.empty());
}

TEST(Quarter, ParsesPrintsAndSteps)
{
    const auto quarter = Quarter::parse(QStringLiteral("2025q4"));
    ASSERT_TRUE(quarter);
    EXPECT_EQ(quarter->toString(), QStringLiteral("2025Q4"));
    EXPECT_EQ(quarter->next().toString(), QStringLiteral("2026Q1"));
    EXPECT_EQ(quarter->end(), QDate(2025, 12, 31));
    EXPECT_EQ(Quarter::parse(QStringLiteral("2025Q1"))->quartersUntil(*quarter), 3);
    EXPECT_FALSE(Quarter::parse(QStringLiteral("2025Q5")));
}
