#include "models/clv/clvcalculator.h"
#include "models/engine/rfm.h"
#include "models/engine/scoring.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace lodestar;

TEST(Discounting, HandCheckedTwoMonthCase)
{
    // 10%/month: month 1 worth 1/1.1, month 2 worth 1/1.21.
    const std::vector<double> factors = monthlyDiscountFactors(0.10, 2);
    const double expected[] = {2.0, 1.0};
    // (2/1.1 + 1/1.21) × spend 50 × margin 0.3
    EXPECT_NEAR(discountedMargin(expected, factors, 50.0, 0.3), (2.0 / 1.1 + 1.0 / 1.21) * 15.0, 1e-12);
}

TEST(Discounting, ZeroRateIsUndiscountedSum)
{
    const std::vector<double> factors = monthlyDiscountFactors(0.0, 3);
    const double expected[] = {1.0, 1.0, 1.0};
    EXPECT_DOUBLE_EQ(discountedMargin(expected, factors, 10.0, 1.0), 30.0);
}

TEST(SimpleFormula, RevenueTimesMarginOverChurn)
{
    EXPECT_DOUBLE_EQ(simpleFormulaClv(100.0, 0.3, 0.25), 120.0);
}

TEST(SimpleFormula, NoChurnGivesZeroNotInfinity)
{
    EXPECT_EQ(simpleFormulaClv(100.0, 0.3, 0.0), 0.0);
}

TEST(Scores, LowestIsZeroHighestIsHundred)
{
    const std::vector<int> scores = percentileScores({5.0, 1.0, 3.0});
    EXPECT_EQ(scores, (std::vector<int>{100, 0, 50}));
}

TEST(Scores, TiesShareAScore)
{
    const std::vector<int> scores = percentileScores({1.0, 2.0, 2.0, 3.0, 4.0});
    EXPECT_EQ(scores[1], scores[2]);
    EXPECT_EQ(scores[1], 25);
}

TEST(Tiers, DefaultSharesGiveTopTwentyNextThirty)
{
    std::vector<double> values;
    for (int i = 1; i <= 10; ++i)
        values.push_back(i);
    const std::vector<Tier> tiers = tiersByShare(values, 0.2, 0.3);
    int high = 0;
    int medium = 0;
    for (Tier t : tiers) {
        high += t == Tier::High ? 1 : 0;
        medium += t == Tier::Medium ? 1 : 0;
    }
    EXPECT_EQ(high, 2);
    EXPECT_EQ(medium, 3);
    EXPECT_EQ(tiers[9], Tier::High);
    EXPECT_EQ(tiers[8], Tier::High);
    EXPECT_EQ(tiers[7], Tier::Medium);
    EXPECT_EQ(tiers[4], Tier::Low);
}

TEST(Tiers, TiedValuesNeverSplitAcrossTiers)
{
    const std::vector<Tier> tiers = tiersByShare({5.0, 5.0, 5.0, 1.0, 1.0}, 0.2, 0.3);
    EXPECT_EQ(tiers[0], tiers[1]);
    EXPECT_EQ(tiers[1], tiers[2]);
}

TEST(Tiers, AmountCutOffsSplitHighMediumLow)
{
    const std::vector<Tier> tiers = tiersByAmount({1500.0, 400.0, 50.0, 0.0}, 1000.0, 200.0);
    EXPECT_EQ(tiers, (std::vector<Tier>{Tier::High, Tier::Medium, Tier::Low, Tier::Low}));
}

TEST(Tiers, ValueEqualToAnAmountCutOffJoinsTheHigherTier)
{
    const std::vector<Tier> tiers = tiersByAmount({1000.0, 200.0, 199.99}, 1000.0, 200.0);
    EXPECT_EQ(tiers, (std::vector<Tier>{Tier::High, Tier::Medium, Tier::Low}));
}

TEST(Tiers, AmountCutOffsIgnoreHowManyCustomersPass)
{
    // Everyone above the High amount is High, however large that share is.
    const std::vector<Tier> tiers = tiersByAmount({5000.0, 4000.0, 3000.0}, 1000.0, 200.0);
    EXPECT_EQ(tiers, (std::vector<Tier>(3, Tier::High)));
}

TEST(Tiers, DefinitionInAmountModeUsesItsAmounts)
{
    ClvDefinition d;
    d.tierCutoff = TierCutoff::Amount;
    d.highTierAmount = 10.0;
    d.mediumTierAmount = 5.0;
    const std::vector<double> values{1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0};
    const std::vector<Tier> byAmount = tiersFor(values, d);
    EXPECT_EQ(std::count(byAmount.begin(), byAmount.end(), Tier::High), 1);
    EXPECT_EQ(std::count(byAmount.begin(), byAmount.end(), Tier::Medium), 5);
    d.tierCutoff = TierCutoff::Share;
    EXPECT_EQ(tiersFor(values, d), tiersByShare(values, d.highTierShare, d.mediumTierShare));
}

TEST(Rfm, QuintilesRunOneToFive)
{
    std::vector<RfmInput> inputs;
    for (int i = 0; i < 10; ++i)
        inputs.push_back({true, static_cast<double>(100 - i * 10), static_cast<double>(i + 1), 10.0 * (i + 1)});
    const auto scores = scoreRfm(inputs);
    EXPECT_EQ(scores[0].recency, 1);
    EXPECT_EQ(scores[9].recency, 5);
    EXPECT_EQ(scores[0].frequency, 1);
    EXPECT_EQ(scores[9].monetary, 5);
    EXPECT_EQ(scores[4].frequency, 3);
}

TEST(Rfm, RecentFrequentBigSpenderIsChampion)
{
    EXPECT_EQ(rfmSegment(5, 5, 4, 12), QStringLiteral("Champions"));
}

TEST(Rfm, RecentSinglePurchaseIsNew)
{
    EXPECT_EQ(rfmSegment(5, 1, 5, 1), QStringLiteral("New"));
}

TEST(Rfm, RecentModerateIsLoyalAndRecentLowIsPotentialLoyalist)
{
    EXPECT_EQ(rfmSegment(3, 3, 3, 4), QStringLiteral("Loyal"));
    EXPECT_EQ(rfmSegment(4, 2, 2, 2), QStringLiteral("Potential loyalists"));
}

TEST(Rfm, LongGoneBestCustomerIsCantLoseThem)
{
    EXPECT_EQ(rfmSegment(1, 5, 5, 20), QStringLiteral("Can't lose them"));
}

TEST(Rfm, FadingGoodCustomerIsAtRisk)
{
    EXPECT_EQ(rfmSegment(2, 4, 4, 8), QStringLiteral("At risk"));
    EXPECT_EQ(rfmSegment(1, 3, 3, 4), QStringLiteral("At risk"));
}

TEST(Rfm, FadingLowValueIsHibernatingThenLost)
{
    EXPECT_EQ(rfmSegment(2, 1, 2, 1), QStringLiteral("Hibernating"));
    EXPECT_EQ(rfmSegment(1, 1, 2, 1), QStringLiteral("Lost"));
}

TEST(Rfm, CustomerWithoutPurchasesIsNamedSo)
{
    const auto scores = scoreRfm({RfmInput{}});
    EXPECT_EQ(scores[0].segment, QStringLiteral("No purchases"));
}

// Issue 12: a customer whose net purchases were refunds (CLV below zero) ranked Medium because
// only a few customers ranked above them.
TEST(Tiers, ByShare_CustomersWithoutPositiveValueAreNeverHighOrMedium)
{
    // Two customers of value and three without: the top 20% / next 30% would reach into them.
    const std::vector<double> values{800.0, 120.0, 0.0, -990.0, -5.0};
    const std::vector<Tier> tiers = tiersByShare(values, 0.4, 0.6);
    EXPECT_EQ(tiers[0], Tier::High);
    EXPECT_EQ(tiers[1], Tier::High);
    for (std::size_t i = 2; i < values.size(); ++i)
        EXPECT_EQ(tiers[i], Tier::Low) << "value " << values[i];
}

TEST(Tiers, ByShare_AllNegativeValuesAreLow)
{
    const std::vector<Tier> tiers = tiersByShare({-990.0, -10.0, -1.0}, 0.2, 0.3);
    for (Tier t : tiers)
        EXPECT_EQ(t, Tier::Low);
}

TEST(Tiers, ByAmount_NonPositiveValueIsLowEvenBelowNegativeCutOffs)
{
    const std::vector<Tier> tiers = tiersByAmount({-990.0, 0.0, 50.0, std::nan("")}, -1000.0, -2000.0);
    EXPECT_EQ(tiers[0], Tier::Low);
    EXPECT_EQ(tiers[1], Tier::Low);
    EXPECT_EQ(tiers[2], Tier::High);
    EXPECT_EQ(tiers[3], Tier::Low);
}
