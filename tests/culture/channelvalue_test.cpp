#include "culturetestdata.h"

#include "models/culture/channelvalue.h"
#include "models/culture/experimentresult.h"
#include "models/clv/customersummary.h"
#include "models/engine/uniteconomics.h"

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
    for (CustomerValue &value : f.valuation.customers)
        value.firstPurchaseDay = epochDayOf(QDate(2025, 12, 5));
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
    UnitEconomics all(channels().valuation.dataEnd);
    for (const CustomerValue &value : channels().valuation.customers)
        all.add(value);
    EXPECT_DOUBLE_EQ(all.ltvToCac(), 450.0 / 400.0);
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

namespace {

// Awkward channels, valued for real (historic CLV, so no fit): a negative import cost, a customer who
// never bought, a channel priced by spend only, a free channel, a spend-only channel without
// customers, customers without a channel and a customer acquired on the data's last day.
struct Awkward
{
    Dataset data;
    Valuation valuation;
};

Awkward awkward()
{
    DatasetBuilder b;
    const auto s1 = b.customer(QStringLiteral("S1"), QStringLiteral("Search"), 100);
    const auto s2 = b.customer(QStringLiteral("S2"), QStringLiteral("Search"), -5);   // unusable cost
    b.customer(QStringLiteral("S3"), QStringLiteral("Search"), 80);                   // never bought: no CLV
    const auto s4 = b.customer(QStringLiteral("S4"), QStringLiteral("Search"), 60);
    const auto d1 = b.customer(QStringLiteral("D1"), QStringLiteral("Display"));
    const auto d2 = b.customer(QStringLiteral("D2"), QStringLiteral("Display"));
    const auto r1 = b.customer(QStringLiteral("R1"), QStringLiteral("Referral"), 0);
    const auto n1 = b.customer(QStringLiteral("N1"), QString(), 50);
    b.buy(s1, {2025, 1, 10}, 200);
    b.buy(s1, {2025, 4, 2}, 120);
    b.buy(s2, {2025, 2, 1}, 90);
    b.buy(s4, {2025, 6, 30}, 40); // acquired on the last day: one month of tenure, not a few hours
    b.buy(d1, {2025, 3, 3}, 70);
    b.buy(d2, {2025, 5, 5}, 30);
    b.buy(d2, {2025, 6, 1}, -30); // a refund
    b.buy(r1, {2025, 2, 14}, 55);
    b.buy(n1, {2025, 1, 20}, 300);
    b.spend(QStringLiteral("2025-01"), QStringLiteral("Display"), 240);
    b.spend(QStringLiteral("2025-02"), QStringLiteral("Podcast"), 500);
    Awkward a{b.build(), {}};
    ClvDefinition definition;
    definition.method = ClvMethod::Historic;
    auto valuation = valueCustomers(a.data, definition);
    EXPECT_TRUE(valuation) << qPrintable(valuation.errorString());
    if (valuation)
        a.valuation = std::move(valuation).value();
    return a;
}

const ChannelValue *channelNamed(const std::vector<ChannelValue> &values, const char *name)
{
    for (const ChannelValue &value : values)
        if (value.channel == QLatin1String(name))
            return &value;
    return nullptr;
}

void expectSameNumber(double a, double b, const QString &what)
{
    if (std::isnan(a) || std::isnan(b))
        EXPECT_EQ(std::isnan(a), std::isnan(b)) << qPrintable(what) << ": " << a << " vs " << b;
    else
        EXPECT_NEAR(a, b, 1e-12 * std::max(1.0, std::abs(a))) << qPrintable(what);
}

} // namespace

TEST(UnitEconomics, ChannelTableAndSegmentsByChannelAgreeOnAwkwardChannels)
{
    const Awkward a = awkward();
    ASSERT_FALSE(a.valuation.customers.empty());
    const auto channels = computeChannelValues(a.data, a.valuation);
    const auto segments = buildInsights(a.data, a.valuation, AnalysisFilter{}).byChannel;
    int compared = 0;
    for (const ChannelValue &channel : channels) {
        if (channel.customers == 0)
            continue; // Podcast: spend without customers has no segment
        const SegmentSummary *segment = nullptr;
        for (const SegmentSummary &s : segments)
            segment = s.key == channel.channel ? &s : segment;
        ASSERT_NE(segment, nullptr) << qPrintable(channel.channel);
        expectSameNumber(channel.ltvToCac, segment->ltvToCac, channel.channel + QStringLiteral(" LTV:CAC"));
        expectSameNumber(channel.paybackMonths, segment->paybackMonths, channel.channel + QStringLiteral(" payback"));
        expectSameNumber(channel.averageClv, segment->averageClv, channel.channel + QStringLiteral(" average CLV"));
        expectSameNumber(channel.totalClv, segment->totalClv, channel.channel + QStringLiteral(" total CLV"));
        if (std::isfinite(segment->averageAcquisitionCost))
            expectSameNumber(channel.cac, segment->averageAcquisitionCost, channel.channel + QStringLiteral(" CAC"));
        ++compared;
    }
    EXPECT_EQ(compared, 4); // Search, Display, Referral, (none)
}

TEST(UnitEconomics, OnlyValuedCustomersWithAUsableCostCount)
{
    const Awkward a = awkward();
    ASSERT_FALSE(a.valuation.customers.empty());
    const auto channels = computeChannelValues(a.data, a.valuation);
    const ChannelValue *search = channelNamed(channels, "Search");
    ASSERT_NE(search, nullptr);
    // S2 (negative cost) and S3 (no purchase, no CLV) do not count; S1 and S4 do.
    const CustomerValue &s1 = a.valuation.customers[0];
    const CustomerValue &s4 = a.valuation.customers[3];
    EXPECT_DOUBLE_EQ(search->cac, 80.0);
    EXPECT_DOUBLE_EQ(search->ltvToCac, (s1.clv + s4.clv) / 160.0);
    const double months = (QDate(2025, 1, 10).daysTo(QDate(2025, 6, 30))) / kDaysPerMonth + 1.0; // S4: one month
    EXPECT_NEAR(search->paybackMonths, 80.0 / ((s1.historicClv + s4.historicClv) / months), 1e-9);
    // Display: no import cost, so spend ÷ customers (120 each) is every customer's cost.
    const ChannelValue *display = channelNamed(channels, "Display");
    ASSERT_NE(display, nullptr);
    EXPECT_DOUBLE_EQ(display->cac, 120.0);
    // Referral cost nothing: no ratio and no payback rather than a division by zero.
    const ChannelValue *referral = channelNamed(channels, "Referral");
    ASSERT_NE(referral, nullptr);
    EXPECT_TRUE(std::isnan(referral->ltvToCac));
    EXPECT_TRUE(std::isnan(referral->paybackMonths));
    const ChannelValue *podcast = channelNamed(channels, "Podcast");
    ASSERT_NE(podcast, nullptr);
    EXPECT_TRUE(std::isnan(podcast->ltvToCac));
    EXPECT_DOUBLE_EQ(podcast->netValue, -500.0);
}
