#include "testsupport.h"

#include "models/store/assessmentrepository.h"
#include "models/store/culturesettingsrepository.h"
#include "models/store/definitionusagerepository.h"
#include "models/store/experimentrepository.h"
#include "models/store/goalrepository.h"
#include "models/store/store.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

using namespace lodestar;
using lodestar::test::TempWorkspace;

namespace {

std::unique_ptr<Store> openStore(const TempWorkspace &workspace)
{
    auto store = Store::open(workspace.dbPath());
    EXPECT_TRUE(store) << qPrintable(store.errorString());
    return std::move(store).value();
}

} // namespace

TEST(CultureSchema, NewWorkspaceHasTheCultureTablesAndDefaultTeams)
{
    TempWorkspace workspace;
    const auto store = openStore(workspace);
    QSqlQuery query(store->database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                                          "('culture_assessments','definition_usage','teams','goals','experiments','experiment_members')")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 6);
    const auto teams = GoalRepository(*store).teams();
    ASSERT_TRUE(teams);
    ASSERT_EQ(teams->size(), 4u);
    EXPECT_EQ(teams->at(2).name, QStringLiteral("Customer Success"));
}

TEST(AssessmentRepository, SavingTheSameCapabilityAndQuarterReplacesIt)
{
    TempWorkspace workspace;
    const auto store = openStore(workspace);
    const AssessmentRepository repository(*store);
    Assessment assessment;
    assessment.capability = Capability::Dashboards;
    assessment.quarter = {2025, 4};
    assessment.level = 2;
    assessment.target = 4;
    assessment.owner = QStringLiteral("Mia (RevOps)");
    assessment.kpiValue = 0.4;
    assessment.kpiPeriod = QStringLiteral("2025Q4");
    ASSERT_TRUE(repository.save(assessment));
    assessment.level = 3;
    assessment.evidence = QStringLiteral("CLV tiles in the weekly pipeline review");
    ASSERT_TRUE(repository.save(assessment));
    const auto all = repository.list();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1u);
    EXPECT_EQ(all->front(), assessment);
}

TEST(AssessmentRepository, RefusesALevelOutsideOneToFive)
{
    TempWorkspace workspace;
    const auto store = openStore(workspace);
    Assessment assessment;
    assessment.level = 6;
    EXPECT_FALSE(AssessmentRepository(*store).save(assessment));
}

TEST(DefinitionUsageRepository, CountsDistinctSurfacesPerQuarter)
{
    TempWorkspace workspace;
    const auto store = openStore(workspace);
    const DefinitionUsageRepository usage(*store);
    EXPECT_FALSE(*usage.isDefinitionSet());
    for (const char *surface : {"matrix", "matrix", "report"})
        ASSERT_TRUE(usage.recordUse(QLatin1String(surface), {2025, 4}));
    ASSERT_TRUE(usage.recordUse(QStringLiteral("overview"), {2025, 3}));
    const auto surfaces = usage.surfacesByQuarter();
    ASSERT_TRUE(surfaces);
    EXPECT_EQ(surfaces->value(QStringLiteral("2025Q4")), 2);
    EXPECT_EQ(surfaces->value(QStringLiteral("2025Q3")), 1);
}

TEST(GoalRepository, GoalsRoundTripAndGoWithTheirTeam)
{
    TempWorkspace workspace;
    const auto store = openStore(workspace);
    const GoalRepository repository(*store);
    const auto team = repository.addTeam(QStringLiteral("Partnerships"));
    ASSERT_TRUE(team);
    EXPECT_FALSE(repository.addTeam(QStringLiteral("Sales")));
    Goal goal;
    goal.teamId = *team;
    goal.name = QStringLiteral("Referral NPS");
    goal.indicator = Indicator::Nps;
    goal.period = {2025, 4};
    goal.target = 40;
    const auto id = repository.saveGoal(goal);
    ASSERT_TRUE(id);
    goal.id = *id;
    goal.target = 45;
    ASSERT_TRUE(repository.saveGoal(goal));
    auto goals = repository.goals();
    ASSERT_TRUE(goals);
    ASSERT_EQ(goals->size(), 1u);
    EXPECT_DOUBLE_EQ(goals->front().target, 45.0);
    EXPECT_EQ(goals->front().indicator, Indicator::Nps);
    EXPECT_TRUE(std::isnan(goals->front().enteredActual));
    ASSERT_TRUE(repository.removeTeam(*team));
    EXPECT_TRUE(repository.goals()->empty());
}

TEST(GoalRepository, RestoredTeamGetsBackItsIdPlaceAndGoals)
{
    TempWorkspace workspace;
    const auto store = openStore(workspace);
    const GoalRepository repository(*store);
    const Team sales = repository.teams()->at(1);
    Goal goal;
    goal.teamId = sales.id;
    goal.name = QStringLiteral("Expansion");
    goal.indicator = Indicator::Expansion;
    goal.period = {2025, 4};
    goal.target = 0.15;
    goal.id = *repository.saveGoal(goal);
    ASSERT_TRUE(repository.removeTeam(sales.id));
    ASSERT_TRUE(repository.restoreTeam(sales, {goal}));
    const auto teams = repository.teams();
    EXPECT_EQ(teams->at(1).id, sales.id);
    EXPECT_EQ(teams->at(1).name, QStringLiteral("Sales"));
    const auto goals = repository.goals();
    ASSERT_EQ(goals->size(), 1u);
    EXPECT_EQ(goals->front().id, goal.id);
    EXPECT_EQ(goals->front().teamId, sales.id);
    // A second restore would duplicate the team: refused, and nothing half-written.
    EXPECT_FALSE(repository.restoreTeam(sales, {goal}));
    EXPECT_EQ(repository.goals()->size(), 1u);
}

TEST(ExperimentRepository, KeepsMembersAndFilters)
{
    TempWorkspace workspace;
    const auto store = openStore(workspace);
    const ExperimentRepository repository(*store);
    Experiment experiment;
    experiment.name = QStringLiteral("Onboarding call");
    experiment.start = QDate(2025, 7, 1);
    experiment.end = QDate(2025, 9, 30);
    experiment.treatment.externalIds = {QStringLiteral("C1"), QStringLiteral("C2")};
    experiment.control.filter = QStringLiteral("channel=Search");
    const auto id = repository.save(experiment);
    ASSERT_TRUE(id) << qPrintable(id.errorDetail());
    const auto all = repository.list();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1u);
    EXPECT_EQ(all->front().treatment.externalIds, experiment.treatment.externalIds);
    EXPECT_EQ(all->front().control.filter, experiment.control.filter);
    EXPECT_EQ(all->front().end, experiment.end);
    EXPECT_FALSE(repository.save(experiment)); // the name is taken
}

TEST(CultureSettingsRepository, StoresThresholdsAndRefusesUnknownKeys)
{
    TempWorkspace workspace;
    const auto store = openStore(workspace);
    const CultureSettingsRepository repository(*store);
    EXPECT_DOUBLE_EQ(repository.load()->maxPaybackMonths, 12.0);
    ASSERT_TRUE(repository.set(QStringLiteral("max_payback_months"), QStringLiteral("18")));
    ASSERT_TRUE(repository.set(QStringLiteral("window_quarters"), QStringLiteral("3")));
    const auto settings = repository.load();
    ASSERT_TRUE(settings);
    EXPECT_DOUBLE_EQ(settings->maxPaybackMonths, 18.0);
    EXPECT_EQ(settings->windowQuarters, 3);
    EXPECT_FALSE(repository.set(QStringLiteral("no_such_thing"), QStringLiteral("1")));
    EXPECT_FALSE(repository.set(QStringLiteral("min_ltv_to_cac"), QStringLiteral("one")));
}

TEST(CultureSettingsRepository, RefusesValuesOutsideTheSettingsRange)
{
    TempWorkspace workspace;
    const auto store = openStore(workspace);
    const CultureSettingsRepository repository(*store);
    EXPECT_FALSE(repository.set(QStringLiteral("max_payback_months"), QStringLiteral("-3")));
    EXPECT_FALSE(repository.set(QStringLiteral("cohort_retention_drop"), QStringLiteral("1.5")));
    EXPECT_FALSE(repository.set(QStringLiteral("window_quarters"), QStringLiteral("2.5")));
    EXPECT_FALSE(repository.set(QStringLiteral("min_ltv_to_cac"), QStringLiteral("nan")));
    EXPECT_TRUE(repository.set(QStringLiteral("cohort_retention_drop"), QStringLiteral("1")));
    EXPECT_DOUBLE_EQ(repository.load()->maxPaybackMonths, 12.0);
    EXPECT_EQ(repository.load()->windowQuarters, 2);
}
