// Issue 12, item 4: one far-future date (9999-12-31) made the cohort counts ask for the square of
// the span in months (~15 GB). No analysis may size memory by the span: the cohort counts follow
// the cohorts that exist, and a span beyond kMaxAnalysisYears is refused with the dates.
#include "enginefixtures.h"

#include "models/engine/analysis.h"
#include "models/engine/analysisspan.h"
#include "models/engine/insightscan.h"
#include "models/engine/periods.h"

#include "models/clv/customersummary.h"

#include <gtest/gtest.h>

#include <limits>

using namespace lodestar;
using lodestar::test::DatasetBuilder;

namespace {

// A few ordinary customers in 2023-2024 and the stray rows of an export: one in first, one in last.
Dataset spanning(const QDate &first, const QDate &last)
{
    DatasetBuilder b;
    for (int i = 0; i < 12; ++i) {
        const int c = b.customer(QStringLiteral("Web"));
        b.buy(c, QDate(2023, 1 + i, 10), 40.0 + i).buy(c, QDate(2024, 1 + i % 6, 12), 30.0).buy(c, QDate(2024, 8, 1 + i), 20.0);
    }
    const int early = b.customer(QStringLiteral("Shop"));
    b.buy(early, first, 15.0).buy(early, QDate(2023, 6, 1), 25.0);
    const int late = b.customer(QStringLiteral("Shop"));
    b.buy(late, QDate(2023, 3, 3), 60.0).buy(late, last, 99.0);
    return b.build();
}

Valuation valuationOf(const Dataset &data, const QDate &first, const QDate &last)
{
    Valuation valuation;
    valuation.dataStart = first;
    valuation.dataEnd = last;
    valuation.calibrationEnd = last;
    for (std::size_t c = 0; c < data.customers.size(); ++c) {
        CustomerValue v;
        v.customer = static_cast<std::int32_t>(c);
        v.hasClv = true;
        v.clv = 10.0;
        v.probabilityAlive = 0.9;
        valuation.customers.push_back(v);
    }
    return valuation;
}

} // namespace

TEST(AnalysisSpan, ValueCustomers_RefusesDataFrom1990To9999WithTheDates)
{
    const Dataset data = spanning(QDate(1990, 1, 1), QDate(9999, 12, 31));
    const auto valuation = valueCustomers(data, ClvDefinition{});
    ASSERT_FALSE(valuation);
    EXPECT_TRUE(valuation.errorString().contains(QStringLiteral("9999-12-31"))) << qPrintable(valuation.errorString());
    EXPECT_TRUE(valuation.errorString().contains(QStringLiteral("1990-01-01"))) << qPrintable(valuation.errorString());
}

TEST(AnalysisSpan, ValueCustomers_RefusesATypoedYear)
{
    const Dataset data = spanning(QDate(2023, 1, 2), QDate(3024, 5, 6));
    const auto valuation = valueCustomers(data, ClvDefinition{});
    ASSERT_FALSE(valuation);
    EXPECT_TRUE(valuation.errorString().contains(QStringLiteral("3024-05-06"))) << qPrintable(valuation.errorString());
}

TEST(AnalysisSpan, SpanProblem_AcceptsTheLongestAllowedSpanAndNotADayMore)
{
    const QDate first(1900, 1, 1);
    EXPECT_TRUE(analysisSpanProblem(first, first.addYears(kMaxAnalysisYears)).isEmpty());
    EXPECT_FALSE(analysisSpanProblem(first, first.addYears(kMaxAnalysisYears).addDays(1)).isEmpty());
}

// A valuation made without valueCustomers (as a test or a future caller might) still never sizes
// anything by a 1990-9999 span: the insights come back empty instead.
TEST(AnalysisSpan, BuildInsights_GivesNothingForASpanBeyondTheCap)
{
    const QDate first(1990, 1, 1);
    const QDate last(9999, 12, 31);
    const Dataset data = spanning(first, last);
    AnalysisFilter filter;
    filter.period = Period::Month;
    const Insights insights = buildInsights(data, valuationOf(data, first, last), filter);
    EXPECT_TRUE(insights.kpis.empty());
    EXPECT_TRUE(insights.cohorts.cohorts.isEmpty());
}

// At the longest span allowed, by month, the cohort counts hold one row per acquisition month
// that has customers, each as long as the periods after it, not count × count cells.
TEST(AnalysisSpan, CohortCounts_FollowTheCohortsThatExistNotTheSquareOfTheSpan)
{
    const QDate first(1900, 1, 1);
    const QDate last = first.addYears(kMaxAnalysisYears);
    const Dataset data = spanning(first, last);
    const Valuation valuation = valuationOf(data, first, last);
    const PeriodCalendar calendar(Period::Month, epochDayOf(first), epochDayOf(last));
    const DayRange all{std::numeric_limits<std::int32_t>::min(), std::numeric_limits<std::int32_t>::max()};
    const InsightScan scan = scanInsights(data, valuation, AnalysisFilter{}, calendar, all);
    const auto n = static_cast<std::size_t>(calendar.count());
    ASSERT_EQ(n, std::size_t(kMaxAnalysisYears) * 12 + 1);
    std::size_t cohortsWithCustomers = 0;
    for (int p = 0; p < calendar.count(); ++p)
        cohortsWithCustomers += scan.periods.newCustomers[p] > 0 ? 1 : 0;
    EXPECT_EQ(cohortsWithCustomers, 13u); // January 1900 and the twelve months of 2023
    EXPECT_LE(scan.cohorts.cellCount(), cohortsWithCustomers * n);
    EXPECT_LT(scan.cohorts.cellCount() * 20, n * n); // the old layout: n × n cells per matrix

    AnalysisFilter filter;
    filter.period = Period::Month;
    const Insights insights = buildInsights(data, valuation, filter);
    EXPECT_EQ(insights.kpis.size(), n);
    EXPECT_EQ(insights.cohorts.cohorts.size(), 13);
    EXPECT_DOUBLE_EQ(insights.cohorts.customerRetention.front().front(), 1.0);
}
