#include "models/culture/maturitymatrix.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace lodestar;

namespace {

Assessment assessed(Capability capability, const char *quarter, int level, int target)
{
    Assessment a;
    a.capability = capability;
    a.quarter = *Quarter::parse(QLatin1String(quarter));
    a.level = level;
    a.target = target;
    return a;
}

} // namespace

TEST(MaturityMatrix, ShowsLevelTargetGapAndTrendOfTheQuarter)
{
    const std::vector<Assessment> history{assessed(Capability::DataModeling, "2025Q3", 2, 4),
                                          assessed(Capability::DataModeling, "2025Q4", 3, 4),
                                          assessed(Capability::ClvDefinition, "2025Q4", 4, 5)};
    const MaturityMatrix matrix = buildMaturityMatrix(history, std::nullopt, {}, Quarter{2024, 1});
    EXPECT_EQ(matrix.quarter.toString(), QStringLiteral("2025Q4"));
    ASSERT_EQ(matrix.rows.size(), 6u);
    const MatrixRow &data = matrix.rows[1];
    EXPECT_EQ(data.level, 3);
    EXPECT_EQ(data.gap, 1);
    ASSERT_EQ(data.trend.size(), 2u);
    EXPECT_EQ(data.trend[0].level, 2);
    EXPECT_FALSE(matrix.rows[2].assessed);
    EXPECT_EQ(matrix.rows[2].owner, QStringLiteral("RevOps / Marketing Ops"));
    EXPECT_DOUBLE_EQ(matrix.averageLevel, 3.5);
    EXPECT_DOUBLE_EQ(matrix.averageGap, 1.0);
}

TEST(MaturityMatrix, CarriesTheLatestEarlierAssessmentForward)
{
    const std::vector<Assessment> history{assessed(Capability::Dashboards, "2025Q2", 2, 3)};
    const MaturityMatrix matrix = buildMaturityMatrix(history, Quarter{2025, 4}, {}, Quarter{2024, 1});
    EXPECT_TRUE(matrix.rows[2].assessed);
    EXPECT_EQ(matrix.rows[2].assessedIn.toString(), QStringLiteral("2025Q2"));
    const MaturityMatrix earlier = buildMaturityMatrix(history, Quarter{2025, 1}, {}, Quarter{2024, 1});
    EXPECT_FALSE(earlier.rows[2].assessed);
}

TEST(MaturityMatrix, ComputedKpisComeFromTheDataEnteredOnesFromTheAssessment)
{
    Assessment storytelling = assessed(Capability::CultureStorytelling, "2025Q4", 2, 4);
    storytelling.kpiValue = 3;
    storytelling.kpiPeriod = QStringLiteral("2025Q4");
    CultureKpis kpis;
    kpis.revenueWithClv.insert(QStringLiteral("2025Q4"), 0.97);
    const MaturityMatrix matrix = buildMaturityMatrix({storytelling}, std::nullopt, kpis, Quarter{2024, 1});
    EXPECT_TRUE(matrix.rows[1].kpiComputed);
    EXPECT_DOUBLE_EQ(matrix.rows[1].kpiValue, 0.97);
    EXPECT_FALSE(matrix.rows[5].kpiComputed);
    EXPECT_DOUBLE_EQ(matrix.rows[5].kpiValue, 3.0);
    EXPECT_EQ(matrix.rows[5].kpiUnit, QStringLiteral("number"));
}

TEST(CultureKpis, ClvGrowthMinusRevenueGrowthAndDefinitionAdoption)
{
    QuarterlyFacts facts;
    for (int i = 0; i < 2; ++i) {
        QuarterFacts q;
        q.quarter = {2025, 3 + i};
        q.revenue = i == 0 ? 100 : 110;
        facts.quarters.push_back(q);
    }
    EngineSeries engine = EngineSeries::empty(2);
    engine.averageClv = {200, 204};
    const CultureKpis kpis = computeCultureKpis(facts, engine, true, {{QStringLiteral("2025Q4"), 3}}, 5);
    EXPECT_NEAR(kpis.clvVsRevenueGrowth.value(QStringLiteral("2025Q4")), 0.02 - 0.10, 1e-12);
    EXPECT_DOUBLE_EQ(kpis.definitionAdoption.value(QStringLiteral("2025Q4")), 0.6);
    EXPECT_DOUBLE_EQ(kpis.definitionAdoption.value(QStringLiteral("2025Q3")), 0.0);
    const CultureKpis unset = computeCultureKpis(facts, engine, false, {{QStringLiteral("2025Q4"), 3}}, 5);
    EXPECT_DOUBLE_EQ(unset.definitionAdoption.value(QStringLiteral("2025Q4")), 0.0);
}

TEST(Capabilities, FindsByKeyOrName)
{
    ASSERT_NE(findCapability(QStringLiteral("decision-making")), nullptr);
    EXPECT_EQ(findCapability(QStringLiteral("dashboards & visibility"))->capability, Capability::Dashboards);
    EXPECT_EQ(findCapability(QStringLiteral("nonsense")), nullptr);
    EXPECT_EQ(capabilityKpi(Capability::GoalsIncentives), QStringLiteral("% Plans with CLV-Linked Measures"));
}
