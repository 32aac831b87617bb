#include "enginefixtures.h"

#include "models/clv/customersummary.h"
#include "models/engine/analysis.h"
#include "models/engine/headline.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace lodestar;
using lodestar::test::DatasetBuilder;

namespace {

// Three customers over January to mid-March 2024 (March incomplete):
//   A (Web, CAC 20): Jan 5 100, Feb 10 50, Mar 10 30
//   B (Web, CAC 40): Jan 20 200                       — at risk (P(alive) 0.2)
//   C (Shop):        Feb 3 80 + 20 (same day), Mar 15 40
struct Tiny
{
    Dataset data;
    Valuation valuation;
};

CustomerValue value(int customer, double clv, double alive, Tier tier)
{
    CustomerValue v;
    v.customer = customer;
    v.hasClv = true;
    v.clv = clv;
    v.probabilityAlive = alive;
    v.tier = tier;
    v.expectedPurchases = 3.0;
    v.expectedSpend = 10.0;
    v.margin = 0.3;
    return v;
}

Tiny tiny()
{
    DatasetBuilder b;
    const int a = b.customer(QStringLiteral("Web"), QStringLiteral("Basic"), 20.0);
    const int bb = b.customer(QStringLiteral("Web"), QStringLiteral("Basic"), 40.0);
    const int c = b.customer(QStringLiteral("Shop"), QStringLiteral("Pro"));
    b.buy(a, QDate(2024, 1, 5), 100).buy(a, QDate(2024, 2, 10), 50).buy(a, QDate(2024, 3, 10), 30);
    b.buy(bb, QDate(2024, 1, 20), 200);
    b.buy(c, QDate(2024, 2, 3), 80, 40).buy(c, QDate(2024, 2, 3), 20, 10).buy(c, QDate(2024, 3, 15), 40);
    Tiny t;
    t.data = b.build();
    t.valuation.dataStart = QDate(2024, 1, 5);
    t.valuation.dataEnd = QDate(2024, 3, 15);
    t.valuation.calibrationEnd = t.valuation.dataEnd;
    t.valuation.customers = {value(a, 54.0, 0.9, Tier::High), value(bb, 60.0, 0.2, Tier::High),
                             value(c, 42.0, 0.8, Tier::Low)};
    t.valuation.customers[0].acquisitionCost = 20.0;
    t.valuation.customers[1].acquisitionCost = 40.0;
    // Realised margin (revenue × 0.3) and first purchases, for payback.
    const std::pair<QDate, double> history[] = {{QDate(2024, 1, 5), 180.0}, {QDate(2024, 1, 20), 200.0}, {QDate(2024, 2, 3), 140.0}};
    for (std::size_t i = 0; i < 3; ++i) {
        t.valuation.customers[i].firstPurchaseDay = epochDayOf(history[i].first);
        t.valuation.customers[i].historicClv = 0.3 * history[i].second;
    }
    t.valuation.customers[0].rfmSegment = QStringLiteral("Champions");
    t.valuation.customers[1].rfmSegment = QStringLiteral("Lost");
    t.valuation.customers[2].rfmSegment = QStringLiteral("New");
    return t;
}

Insights monthly(const Tiny &t, AnalysisFilter filter = {})
{
    filter.period = Period::Month;
    return buildInsights(t.data, t.valuation, filter);
}

} // namespace

TEST(Cohorts, RetentionMatrixIsHandChecked)
{
    const CohortTable cohorts = monthly(tiny()).cohorts;
    ASSERT_EQ(cohorts.cohorts, (QStringList{QStringLiteral("2024-01"), QStringLiteral("2024-02")}));
    EXPECT_EQ(cohorts.sizes, (std::vector<int>{2, 1}));
    EXPECT_EQ(cohorts.customerRetention[0], (std::vector<double>{1.0, 0.5, 0.5}));
    EXPECT_EQ(cohorts.customerRetention[1], (std::vector<double>{1.0, 1.0, 0.0}));
}

TEST(Cohorts, OnOrAfterRetentionCountsLaterPurchases)
{
    const CohortTable cohorts = monthly(tiny()).cohorts;
    EXPECT_EQ(cohorts.retentionOnOrAfter[0], (std::vector<double>{1.0, 0.5, 0.5}));
    EXPECT_EQ(cohorts.retentionOnOrAfter[1], (std::vector<double>{1.0, 1.0, 0.0}));
}

TEST(Cohorts, RevenueRetentionAndCumulativeRevenuePerCustomer)
{
    const CohortTable cohorts = monthly(tiny()).cohorts;
    EXPECT_DOUBLE_EQ(cohorts.revenueRetention[0][1], 50.0 / 300.0);
    EXPECT_DOUBLE_EQ(cohorts.revenueRetention[0][2], 30.0 / 300.0);
    EXPECT_EQ(cohorts.cumulativeRevenuePerCustomer[0], (std::vector<double>{150.0, 175.0, 190.0}));
    EXPECT_EQ(cohorts.cumulativeRevenuePerCustomer[1], (std::vector<double>{100.0, 140.0, 140.0}));
}

TEST(Cohorts, PeriodsAfterTheDataAreZerosMarkedIncomplete)
{
    const CohortTable cohorts = monthly(tiny()).cohorts;
    EXPECT_EQ(cohorts.observedPeriods, (std::vector<int>{3, 2}));
    ASSERT_EQ(cohorts.customerRetention[1].size(), 3u);
    EXPECT_EQ(cohorts.customerRetention[1][2], 0.0);
    EXPECT_EQ(cohorts.incomplete[0], (std::vector<bool>{false, false, true}));
    EXPECT_EQ(cohorts.incomplete[1], (std::vector<bool>{false, true, true}));
}

TEST(Cohorts, ProjectionContinuesTheObservedCurve)
{
    Tiny t = tiny();
    t.valuation.projectionShape.assign(36, 1.0);
    const CohortTable cohorts = monthly(t).cohorts;
    EXPECT_EQ(cohorts.projectedCumulativeRevenuePerCustomer[0][0], 150.0);
    EXPECT_GT(cohorts.projectedCumulativeRevenuePerCustomer[1][2], cohorts.cumulativeRevenuePerCustomer[1][2]);
}

TEST(Kpis, RevenueActiveNewAndOrderValueByMonth)
{
    const auto kpis = monthly(tiny()).kpis;
    ASSERT_EQ(kpis.size(), 3u);
    EXPECT_EQ(kpis[0].label, QStringLiteral("2024-01"));
    EXPECT_EQ(kpis[0].revenue, 300.0);
    EXPECT_EQ(kpis[1].revenue, 150.0);
    EXPECT_EQ(kpis[2].revenue, 70.0);
    EXPECT_EQ(kpis[1].activeCustomers, 2);
    EXPECT_EQ(kpis[1].newCustomers, 1);
    EXPECT_DOUBLE_EQ(kpis[1].averageOrderValue, 50.0);
    EXPECT_DOUBLE_EQ(kpis[1].revenueGrowth, -0.5);
}

TEST(Kpis, RetentionRepeatRateAndFirstPeriodChurn)
{
    const auto kpis = monthly(tiny()).kpis;
    EXPECT_TRUE(std::isnan(kpis[0].retention));
    EXPECT_DOUBLE_EQ(kpis[1].retention, 0.5);
    EXPECT_DOUBLE_EQ(kpis[2].retention, 1.0);
    EXPECT_DOUBLE_EQ(kpis[1].repeatPurchaseRate, 0.5);
    EXPECT_DOUBLE_EQ(kpis[0].firstPeriodChurn, 0.5);
    EXPECT_TRUE(std::isnan(kpis[1].firstPeriodChurn)); // March is not over
}

TEST(Kpis, ClvIsAsOfEachPeriodEndNotTodaysValuation)
{
    // Historic CLV (net revenue × 30% margin) needs no fit, so the as-of figures are hand-checkable:
    // at Jan 31 A has 100 and B 200; at Feb 29 A has 150, B 200 and C 100.
    Tiny t = tiny();
    t.valuation.definition.method = ClvMethod::Historic;
    const auto kpis = monthly(t).kpis;
    ASSERT_TRUE(kpis[0].clvKnown);
    EXPECT_DOUBLE_EQ(kpis[0].totalClv, 90.0);
    EXPECT_DOUBLE_EQ(kpis[0].averageClv, 45.0);
    EXPECT_DOUBLE_EQ(kpis[1].totalClv, 135.0);
    EXPECT_DOUBLE_EQ(kpis[1].averageClv, 45.0);
    EXPECT_DOUBLE_EQ(kpis[1].clvGrowth, 0.5);
    EXPECT_DOUBLE_EQ(kpis[2].totalClv, 156.0); // at the data end: A 180, B 200, C 140
}

TEST(Kpis, ClvOfAPeriodThatCannotBeFittedIsUnknownWithANote)
{
    const auto kpis = monthly(tiny()).kpis; // three customers: no BG/NBD fit at any month end
    for (const KpiPeriod &k : kpis) {
        EXPECT_FALSE(k.clvKnown);
        EXPECT_FALSE(k.clvNote.isEmpty());
        EXPECT_TRUE(std::isnan(k.averageClv));
        EXPECT_TRUE(std::isnan(k.totalClv));
        EXPECT_TRUE(std::isnan(k.clvGrowth));
        EXPECT_TRUE(std::isnan(k.atRiskRevenue));
        EXPECT_TRUE(std::isnan(k.ltvToCac));
    }
}

TEST(Kpis, GrossMarginFromRowsWithCost)
{
    const auto kpis = monthly(tiny()).kpis;
    EXPECT_DOUBLE_EQ(kpis[1].grossMargin, 0.5);
    EXPECT_TRUE(std::isnan(kpis[0].grossMargin));
}

TEST(Kpis, LastPeriodIsMarkedIncomplete)
{
    const auto kpis = monthly(tiny()).kpis;
    EXPECT_TRUE(kpis[1].complete);
    EXPECT_FALSE(kpis[2].complete);
}

TEST(Kpis, QuartersAggregateMonths)
{
    AnalysisFilter filter;
    filter.period = Period::Quarter;
    const auto kpis = buildInsights(tiny().data, tiny().valuation, filter).kpis;
    ASSERT_EQ(kpis.size(), 1u);
    EXPECT_EQ(kpis[0].label, QStringLiteral("2024Q1"));
    EXPECT_EQ(kpis[0].revenue, 520.0);
    EXPECT_EQ(kpis[0].activeCustomers, 3);
}

TEST(Headline, LatestCompletePeriodAgainstThePrevious)
{
    const Headline h = monthly(tiny()).headline;
    EXPECT_EQ(h.period, QStringLiteral("2024-02"));
    EXPECT_EQ(h.revenue.value, 150.0);
    EXPECT_EQ(h.revenue.previous, 300.0);
    EXPECT_DOUBLE_EQ(h.revenue.change(), -0.5);
    EXPECT_EQ(h.revenue.history, (std::vector<double>{300.0, 150.0}));
}

TEST(Headline, JsonHasStableKeysAndNullForUnknown)
{
    const QJsonObject json = headlineToJson(monthly(tiny()).headline);
    EXPECT_EQ(json.value(QStringLiteral("period")).toString(), QStringLiteral("2024-02"));
    for (const char *key : {"average_clv", "total_clv", "revenue", "active_customers", "retention", "ltv_cac",
                            "at_risk_revenue"}) {
        const QJsonObject figure = json.value(QString::fromLatin1(key)).toObject();
        EXPECT_TRUE(figure.contains(QStringLiteral("value")) && figure.contains(QStringLiteral("previous"))
                    && figure.contains(QStringLiteral("change"))) << key;
    }
    EXPECT_TRUE(json.value(QStringLiteral("retention")).toObject().value(QStringLiteral("previous")).isNull());
}

TEST(Segments, ByChannelWithLtvToCacAndPayback)
{
    const auto rows = monthly(tiny()).byChannel;
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].key, QStringLiteral("Web"));
    EXPECT_EQ(rows[0].customers, 2);
    EXPECT_EQ(rows[0].revenue, 380.0);
    EXPECT_DOUBLE_EQ(rows[0].averageClv, 57.0);
    EXPECT_DOUBLE_EQ(rows[0].clvShare, 114.0 / 156.0);
    EXPECT_DOUBLE_EQ(rows[0].ltvToCac, 114.0 / 60.0);
    // Average CAC 30 ÷ realised margin (54 + 60) per customer-month (70 + 55 days since first purchase).
    EXPECT_DOUBLE_EQ(rows[0].averageAcquisitionCost, 30.0);
    EXPECT_NEAR(rows[0].paybackMonths, 30.0 / (114.0 / ((70.0 + 55.0) / 30.4375)), 1e-12);
    EXPECT_TRUE(std::isnan(rows[1].ltvToCac));
}

TEST(Segments, ByTierInTierOrder)
{
    const auto rows = monthly(tiny()).byTier;
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].key, QStringLiteral("High"));
    EXPECT_EQ(rows[1].key, QStringLiteral("Low"));
}

TEST(Filter, ChannelSelectsItsCustomers)
{
    AnalysisFilter filter;
    filter.channel = QStringLiteral("Shop");
    const Insights insights = monthly(tiny(), filter);
    EXPECT_EQ(insights.customers, (std::vector<std::int32_t>{2}));
    EXPECT_EQ(insights.kpis[0].revenue, 0.0);
}

TEST(Filter, DateRangeSelectsCustomersActiveInIt)
{
    AnalysisFilter filter;
    filter.from = QDate(2024, 2, 1);
    filter.to = QDate(2024, 3, 31);
    const Insights insights = monthly(tiny(), filter);
    EXPECT_EQ(insights.customers, (std::vector<std::int32_t>{0, 2}));
    ASSERT_EQ(insights.kpis.size(), 2u);
    EXPECT_EQ(insights.kpis[0].label, QStringLiteral("2024-02"));
}
