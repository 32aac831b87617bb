// CLV by period is as of each period end: the data cut there, the calibration ending there.

#include "enginefixtures.h"
#include "simulatedhistory.h"

#include "models/clv/customersummary.h"
#include "models/engine/analysis.h"
#include "models/engine/asof.h"
#include "models/engine/fitcache.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <cmath>

using namespace lodestar;
using lodestar::test::simulatedHistory;

namespace {

// The cut made here, independently of datasetAsOf(): what a workspace holding only that data contains.
Dataset cutByHand(const Dataset &data, const QDate &last)
{
    Dataset cut;
    cut.customers = data.customers;
    const std::int64_t end = QDateTime(last.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (const TransactionRecord &t : data.transactions)
        if (t.occurredAt < end)
            cut.transactions.push_back(t);
    return cut;
}

double meanClv(const Valuation &valuation)
{
    double sum = 0.0;
    int valued = 0;
    for (const CustomerValue &v : valuation.customers) {
        if (v.hasClv) {
            sum += v.clv;
            ++valued;
        }
    }
    return sum / valued;
}

Insights quarterly(const Dataset &data, const Valuation &valuation)
{
    AnalysisFilter filter;
    filter.period = Period::Quarter;
    return buildInsights(data, valuation, filter);
}

} // namespace

TEST(AsOf, QuarterAverageClvIsTheValuationOfTheDataUpToItsEnd)
{
    const Dataset data = simulatedHistory();
    const auto valuation = valueCustomers(data, ClvDefinition{});
    ASSERT_TRUE(valuation) << qPrintable(valuation.errorString());
    const Insights insights = quarterly(data, *valuation);
    int checked = 0;
    for (const KpiPeriod &k : insights.kpis) {
        if (!k.clvKnown)
            continue;
        SCOPED_TRACE(k.label.toStdString());
        const QDate end = std::min(k.end, valuation->dataEnd);
        ClvDefinition definition;
        definition.calibrationEnd = end;
        const auto then = valueCustomers(cutByHand(data, end), definition);
        ASSERT_TRUE(then) << qPrintable(then.errorString());
        EXPECT_NEAR(k.averageClv, meanClv(*then), 1e-9 * std::abs(meanClv(*then)));
        ++checked;
    }
    EXPECT_GE(checked, 6);
}

TEST(AsOf, LaterTransactionsDoNotChangeAnEarlierQuarter)
{
    test::HistorySettings shorter;
    shorter.last = QDate(2023, 3, 31);
    const Dataset early = simulatedHistory(shorter);
    const Dataset full = simulatedHistory(); // the same customers, observed nine months longer
    const auto earlyValuation = valueCustomers(early, ClvDefinition{});
    const auto fullValuation = valueCustomers(full, ClvDefinition{});
    ASSERT_TRUE(earlyValuation && fullValuation);
    const Insights before = quarterly(early, *earlyValuation);
    const Insights after = quarterly(full, *fullValuation);
    ASSERT_GE(after.kpis.size(), before.kpis.size());
    for (std::size_t p = 0; p < before.kpis.size(); ++p) {
        SCOPED_TRACE(before.kpis[p].label.toStdString());
        if (!before.kpis[p].complete)
            continue; // valued at the shorter data's end, not the quarter's
        EXPECT_EQ(before.kpis[p].clvKnown, after.kpis[p].clvKnown);
        if (!before.kpis[p].clvKnown)
            continue;
        EXPECT_DOUBLE_EQ(before.kpis[p].averageClv, after.kpis[p].averageClv);
        EXPECT_DOUBLE_EQ(before.kpis[p].totalClv, after.kpis[p].totalClv);
        EXPECT_EQ(before.kpis[p].atRiskCustomers, after.kpis[p].atRiskCustomers);
    }
    // Today's valuation, applied to the past, would have changed them all.
    EXPECT_NE(before.kpis[3].averageClv, after.kpis.back().averageClv);
}

TEST(AsOf, QuarterTooThinToFitIsUnknownNotBorrowed)
{
    test::DatasetBuilder builder;
    // Two customers in the first quarter: nothing a model can be fitted to.
    for (int c = 0; c < 2; ++c)
        builder.buy(builder.customer(), QDate(2022, 2, 1 + c), 20.0);
    Dataset thin = builder.build();
    const Dataset history = simulatedHistory([] {
        test::HistorySettings s;
        s.first = QDate(2022, 4, 1);
        return s;
    }());
    for (const CustomerRecord &c : history.customers)
        thin.customers.push_back(c);
    for (TransactionRecord t : history.transactions) {
        t.customer += 2;
        thin.transactions.push_back(t);
    }
    const auto valuation = valueCustomers(thin, ClvDefinition{});
    ASSERT_TRUE(valuation) << qPrintable(valuation.errorString());
    const Insights insights = quarterly(thin, *valuation);
    ASSERT_FALSE(insights.kpis.empty());
    const KpiPeriod &first = insights.kpis.front();
    EXPECT_EQ(first.label, QStringLiteral("2022Q1"));
    EXPECT_FALSE(first.clvKnown);
    EXPECT_TRUE(std::isnan(first.averageClv));
    EXPECT_TRUE(std::isnan(first.totalClv));
    EXPECT_FALSE(first.clvNote.isEmpty());
    // Later quarters are known once enough history is there; growth needs both quarters known.
    bool grewFromAKnownQuarter = false;
    for (std::size_t p = 1; p < insights.kpis.size(); ++p) {
        const KpiPeriod &k = insights.kpis[p];
        SCOPED_TRACE(qPrintable(k.label));
        EXPECT_TRUE(k.clvKnown || !k.clvNote.isEmpty()) << "an unknown quarter says why";
        if (!insights.kpis[p - 1].clvKnown || !k.clvKnown)
            EXPECT_TRUE(std::isnan(k.clvGrowth)) << "no growth from or to an unknown quarter";
        else
            grewFromAKnownQuarter = std::isfinite(k.clvGrowth);
    }
    EXPECT_TRUE(insights.kpis.back().clvKnown);
    EXPECT_TRUE(grewFromAKnownQuarter);
}

TEST(AsOf, AtRiskCountsPAliveAtThePeriodEndAndTwelveMonthsOfRevenue)
{
    const Dataset data = simulatedHistory();
    const auto valuation = valueCustomers(data, ClvDefinition{});
    ASSERT_TRUE(valuation);
    const Insights insights = quarterly(data, *valuation);
    const KpiPeriod &k = insights.kpis[5]; // 2023Q2
    ASSERT_TRUE(k.clvKnown);
    const auto then = valueAsOf(data, ClvDefinition{}, k.end);
    ASSERT_TRUE(then);
    const std::int32_t end = epochDayOf(k.end);
    const std::int32_t from = epochDayOf(k.end.addDays(1).addMonths(-12));
    int customers = 0;
    double revenue = 0.0;
    for (const CustomerValue &v : then->customers) {
        if (!v.hasClv || v.probabilityAlive >= 0.5)
            continue;
        double trailing = 0.0;
        bool bought = false;
        for (const TransactionRecord &t : data.transactions) {
            const std::int32_t day = epochDay(t.occurredAt);
            if (t.customer == v.customer && day >= from && day <= end) {
                trailing += t.amount;
                bought = true;
            }
        }
        customers += bought ? 1 : 0;
        revenue += trailing;
    }
    EXPECT_GT(customers, 0);
    EXPECT_EQ(k.atRiskCustomers, customers);
    EXPECT_NEAR(k.atRiskRevenue, revenue, 1e-6 * revenue);
}

TEST(AsOf, TrendFitsEachPeriodOnceThroughTheFitCache)
{
    const Dataset data = simulatedHistory();
    auto cache = std::make_shared<FitCache>();
    const auto valuation = valueCustomers(data, ClvDefinition{}, {}, cache);
    ASSERT_TRUE(valuation);
    EXPECT_EQ(cache->fitsPerformed(), 2); // BG/NBD and Gamma-Gamma
    const Insights first = quarterly(data, *valuation);
    const int afterTrend = cache->fitsPerformed();
    EXPECT_LE(afterTrend - 2, 2 * static_cast<int>(first.kpis.size()));
    const Insights again = quarterly(data, *valuation);
    EXPECT_EQ(cache->fitsPerformed(), afterTrend) << "a second trend refits nothing";
    // A new valuation of the same data with a shared cache refits nothing either.
    const auto second = valueCustomers(data, ClvDefinition{}, {}, cache);
    ASSERT_TRUE(second);
    (void)quarterly(data, *second);
    EXPECT_EQ(cache->fitsPerformed(), afterTrend);
}
