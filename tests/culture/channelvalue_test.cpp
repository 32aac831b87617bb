#include "culturetestdata.h"

#include "models/culture/channelvalue.h"
#include "models/culture/experimentresult.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace lodestar;
using lodestar::test::DatasetBuilder;
using lodestar::test::valued;

namespace {

// Search: two December customers (tenure counts as one month each), CAC 100 and 200, CLV 300 and 100,
// realised margin 60 and 30. Affiliates: one customer, CAC 100, CLV 50, margin 10, and 500 of spend.
struct Fixture
{
    Dataset data;
    Valuation valuation;
};

Fixture channels()
{
    DatasetBuilder b;
    const auto s1 = b.customer(QStringLiteral("S1"), QStringLiteral("Search"), 100, QStringLiteral("Pro"));
    const auto s2 = b.customer(QStringLiteral("S2"), QStringLiteral("Search"), 200);
    const auto a1 = b.customer(QStringLiteral("A1"), QStringLiteral("Affiliates"), 100, QStringLiteral("Pro"));
    b.buy(s1, {2025, 12, 10}, 200);
    b.buy(s2, {2025, 12, 20}, 100);
    b.buy(s2, {2025, 12, 31}, 50);
    b.buy(a1, {2025, 12, 5}, 40);
    b.spend(QStringLiteral("2025-12"), QStringLiteral("Affiliates"), 500);
    Fixture f{b.build(), {}};
    f.valuation.dataEnd = QDate(2025, 12, 31);
    f.valuation.customers = {valued(s1, 300, 60, 100), valued(s2, 100, 30, 200), valued(a1, 50, 10, 100)};
    return f;
}

} // namespace

TEST(ChannelValue, AveragesClvAndCacPerChannel)
{
    const Fixture f = channels();
    const auto values = computeChannelValues(f.data, f.valuation);
    ASSERT_EQ(values.size(), 2u);
    const ChannelValue &search = values[0]; // best net value first
    EXPECT_EQ(search.channel, QStringLiteral("Search"));
    EXPECT_EQ(search.customers, 2);
    EXPECT_DOUBLE_EQ(search.cac, 150.0);
    EXPECT_DOUBLE_EQ(search.averageClv, 200.0);
    EXPECT_DOUBLE_EQ(search.ltvToCac, 200.0 / 150.0);
}

TEST(ChannelValue, PaybackIsCacOverMonthlyMargin)
{
    const auto values = computeChannelValues(channels().data, channels().valuation);
    EXPECT_DOUBLE_EQ(values[0].paybackMonths, 150.0 / 45.0); // (60 + 30) margin over 2 customer-months
    EXPECT_DOUBLE_EQ(values[1].paybackMonths, 10.0);
}

TEST(ChannelValue, NetValueSubtractsSpendOrTheCustomersCac)
{
    const auto values = computeChannelValues(channels().data, channels().valuation);
    EXPECT_DOUBLE_EQ(values[0].spend, 300.0);      // no spend rows: 2 x CAC 150
    EXPECT_DOUBLE_EQ(values[0].netValue, 100.0);   // 400 - 300
    EXPECT_EQ(values[1].channel, QStringLiteral("Affiliates"));
    EXPECT_DOUBLE_EQ(values[1].spend, 500.0);
    EXPECT_DOUBLE_EQ(values[1].netValue, -450.0);
    EXPECT_DOUBLE_EQ(values[1].ltvToCac, 0.5);
    EXPECT_DOUBLE_EQ(overallLtvToCac(values), 450.0 / 400.0);
}

TEST(Experiment, DifferenceOfMeansWithWelchInterval)
{
    const Estimate e = differenceOfMeans({1, 2, 3}, {0, 0, 0});
    EXPECT_DOUBLE_EQ(e.difference, 2.0);
    const double halfWidth = 1.959963984540054 * std::sqrt(1.0 / 3.0);
    EXPECT_NEAR(e.low, 2.0 - halfWidth, 1e-12);
    EXPECT_NEAR(e.high, 2.0 + halfWidth, 1e-12);
    EXPECT_TRUE(e.significant());
}

TEST(Experiment, ResolvesAttributeFiltersAndLists)
{
    const Fixture f = channels();
    const auto search = resolveSelection(f.data, {{}, QStringLiteral("channel=search")});
    ASSERT_TRUE(search);
    EXPECT_EQ(search->size(), 2u);
    const auto pro = resolveSelection(f.data, {{}, QStringLiteral("channel=Search; plan=Pro")});
    ASSERT_TRUE(pro);
    EXPECT_EQ(pro->size(), 1u);
    const auto listed = resolveSelection(f.data, {{QStringLiteral("A1"), QStringLiteral("nobody")}, {}});
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->size(), 1u);
    EXPECT_FALSE(resolveSelection(f.data, {{}, QStringLiteral("colour=red")}));
}

TEST(Experiment, TierFilterSelectsValuedCustomersOfThatTier)
{
    Fixture f = channels();
    f.valuation.customers[0].tier = Tier::High;
    f.valuation.customers[1].tier = Tier::Low;
    f.valuation.customers[2].tier = Tier::High;
    f.valuation.customers[2].hasClv = false;
    const auto high = resolveSelection(f.data, {{}, QStringLiteral("tier=high")}, &f.valuation);
    ASSERT_TRUE(high);
    EXPECT_EQ(*high, (std::vector<std::int32_t>{0}));
    const auto searchLow = resolveSelection(f.data, {{}, QStringLiteral("channel=Search;tier=Low")}, &f.valuation);
    ASSERT_TRUE(searchLow);
    EXPECT_EQ(*searchLow, (std::vector<std::int32_t>{1}));
    const auto unvalued = resolveSelection(f.data, {{}, QStringLiteral("tier=High")});
    ASSERT_TRUE(unvalued);
    EXPECT_TRUE(unvalued->empty());
}

TEST(Experiment, IncrementalClvRetentionAndRevenueOfTreatmentOverControl)
{
    const Fixture f = channels();
    Experiment experiment;
    experiment.name = QStringLiteral("Onboarding call");
    experiment.start = QDate(2025, 12, 15);
    experiment.end = QDate(2025, 12, 31);
    experiment.treatment.filter = QStringLiteral("channel=Search");
    experiment.control.externalIds = {QStringLiteral("A1")};
    const auto result = evaluateExperiment(f.data, f.valuation, experiment);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->treatment.customers, 2);
    EXPECT_DOUBLE_EQ(result->incrementalClv.difference, 200.0 - 50.0);
    EXPECT_DOUBLE_EQ(result->treatment.retention, 0.5);   // only S2 bought between 15 and 31 December
    EXPECT_DOUBLE_EQ(result->incrementalRevenue.difference, 75.0);
    EXPECT_TRUE(std::isnan(result->incrementalClv.low)); // one control customer: no interval
    EXPECT_FALSE(result->warning.isEmpty());
}
