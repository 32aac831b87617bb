#include "models/culture/rollingwindow.h"
#include "models/culture/scorecard.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace lodestar;

namespace {

// Four complete quarters of 2025 with hand-picked values.
QuarterlyFacts fourQuarters()
{
    QuarterlyFacts facts;
    facts.dataEnd = QDate(2025, 12, 31);
    const double revenue[] = {100, 100, 110, 120};
    const double margin[] = {0.40, 0.38, 0.34, 0.32};
    const double cohort[] = {0.40, 0.40, 0.30, kUnknown};
    for (int i = 0; i < 4; ++i) {
        QuarterFacts q;
        q.quarter = {2025, i + 1};
        q.complete = true;
        q.revenue = revenue[i];
        q.grossMargin = margin[i];
        q.cohortRetention = cohort[i];
        q.nps = 20.0 + i * 10.0;
        facts.quarters.push_back(q);
    }
    return facts;
}

const ScorecardRow &row(const std::vector<ScorecardRow> &rows, const char *key)
{
    for (const ScorecardRow &r : rows) {
        if (r.key == QLatin1String(key))
            return r;
    }
    ADD_FAILURE() << "no row " << key;
    return rows.front();
}

} // namespace

TEST(RollingWindow, SkipsUnknownValuesAndNeedsAFullPreviousWindow)
{
    const std::vector<double> values{1, 2, kUnknown, 4, 6};
    const WindowValues w = rollingMeans(values, 4, 2);
    EXPECT_DOUBLE_EQ(w.current, 5.0);
    EXPECT_DOUBLE_EQ(w.previous, 1.5);
    EXPECT_EQ(w.lastIndex, 4);
    EXPECT_TRUE(std::isnan(rollingMeans(values, 1, 2).previous));
    EXPECT_DOUBLE_EQ(windowGrowth({100, 100, 110, 120}, 3, 2), 0.15);
}

TEST(Scorecard, RevenueGrowthComparesTrailingTwoQuartersWithTheTwoBefore)
{
    const Scorecard card = computeScorecard(fourQuarters(), EngineSeries::empty(4), CultureSettings{});
    const ScorecardRow &growth = row(card.financial, "revenue-growth");
    EXPECT_DOUBLE_EQ(growth.actual, 0.15); // (110 + 120) / (100 + 100) - 1
    EXPECT_EQ(growth.verdict, Verdict::OnTrack);
    EXPECT_EQ(card.window, QStringLiteral("2025Q3–2025Q4"));
    EXPECT_EQ(card.quarters.size(), 4);
}

TEST(Scorecard, MarginWithinToleranceOfTargetIsWatch)
{
    CultureSettings settings;
    settings.targetGrossMargin = 0.35;
    const Scorecard card = computeScorecard(fourQuarters(), EngineSeries::empty(4), settings);
    const ScorecardRow &margin = row(card.financial, "gross-margin");
    EXPECT_DOUBLE_EQ(margin.actual, 0.33);
    EXPECT_DOUBLE_EQ(margin.previous, 0.39);
    EXPECT_EQ(margin.trend, QStringLiteral("down"));
    EXPECT_EQ(margin.verdict, Verdict::Watch); // 0.02 short, within 10% of 0.35
}

TEST(Scorecard, LaggingCohortRetentionUsesItsNewestKnownQuarters)
{
    const Scorecard card = computeScorecard(fourQuarters(), EngineSeries::empty(4), CultureSettings{});
    const ScorecardRow &cohort = row(card.customer, "cohort-retention");
    EXPECT_DOUBLE_EQ(cohort.actual, 0.35); // Q2 and Q3 cohorts: (0.40 + 0.30) / 2
    const ScorecardRow &churn = row(card.customer, "first-period-churn");
    EXPECT_DOUBLE_EQ(churn.actual, 0.65);  // without the engine: 1 - cohort retention
    EXPECT_FALSE(churn.higherIsBetter);
    EXPECT_EQ(churn.verdict, Verdict::Watch);
}

TEST(Scorecard, AverageClvTargetHoldsThePreviousWindow)
{
    EngineSeries engine = EngineSeries::empty(4);
    engine.averageClv = {100, 100, 96, 98};
    engine.ltvToCac = {1.0, 0.9, 0.85, 0.8};
    const Scorecard card = computeScorecard(fourQuarters(), engine, CultureSettings{});
    const ScorecardRow &clv = row(card.financial, "average-clv");
    EXPECT_DOUBLE_EQ(clv.actual, 97.0);
    EXPECT_DOUBLE_EQ(clv.target, 100.0);
    EXPECT_EQ(clv.verdict, Verdict::Watch);
    EXPECT_NEAR(row(card.financial, "clv-growth").actual, -0.03, 1e-12);
    const ScorecardRow &ltv = row(card.financial, "ltv-to-cac");
    EXPECT_EQ(ltv.verdict, Verdict::OffTrack);
    EXPECT_DOUBLE_EQ(ltv.actual, 0.8);   // the last quarter's, as on the overview
    EXPECT_DOUBLE_EQ(ltv.previous, 0.9); // one window (two quarters) earlier
    EXPECT_EQ(ltv.metric, QStringLiteral("ltv_cac"));
    EXPECT_EQ(ltv.unit, QStringLiteral("ratio"));
}

TEST(Scorecard, NoCompleteQuarterMeansNoData)
{
    const Scorecard card = computeScorecard(QuarterlyFacts{}, EngineSeries::empty(0), CultureSettings{});
    for (const ScorecardRow &r : card.financial)
        EXPECT_EQ(r.verdict, Verdict::NoData) << qPrintable(r.key);
}

TEST(Verdict, JudgesBothDirections)
{
    EXPECT_EQ(judge(0.5, 0.6, false, 0.1), Verdict::OnTrack);
    EXPECT_EQ(judge(0.65, 0.6, false, 0.1), Verdict::Watch);
    EXPECT_EQ(judge(0.7, 0.6, false, 0.1), Verdict::OffTrack);
    EXPECT_EQ(judge(kUnknown, 0.6, true, 0.1), Verdict::NoData);
}
