#include "culturedemo.h"

#include "models/culture/quarterlyfacts.h"
#include "models/store/assessmentrepository.h"
#include "models/store/datasetreader.h"
#include "models/store/definitionrepository.h"
#include "models/store/definitionusagerepository.h"
#include "models/store/experimentrepository.h"
#include "models/store/goalrepository.h"
#include "models/store/store.h"
#include "models/store/transactionguard.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace lodestar {

namespace {

// One capability's story over the four demo quarters: a company moving from transactional
// habits towards CLV, fastest where finance and analytics lead, slowest in pay and storytelling.
struct DemoHistory
{
    Capability capability;
    std::array<int, 4> levels;
    int target;
    const char *owner;
    const char *evidence;
    std::array<double, 4> kpi; ///< entered KPI values; NaN for computed KPIs
};

const std::array<DemoHistory, 6> &demoHistory()
{
    static const double n = kUnknown;
    static const std::array<DemoHistory, 6> history{{
        {Capability::ClvDefinition, {2, 3, 3, 4}, 5, "Dana Whitfield (CFO)", "Definition approved by the finance committee; glossary page published.", {n, n, n, n}},
        {Capability::DataModeling, {2, 2, 3, 4}, 5, "Priya Raman (Analytics)", "Nightly valuation of every customer since the Q3 data-warehouse move.", {n, n, n, n}},
        {Capability::Dashboards, {1, 2, 2, 3}, 4, "Marco Silva (RevOps)", "CLV tiles added to the weekly pipeline and campaign dashboards.", {0.15, 0.25, 0.35, 0.48}},
        {Capability::GoalsIncentives, {1, 1, 2, 2}, 4, "Hannah Okafor (HR)", "Customer Success bonus has a retention component; Sales plan still volume-based.", {0.0, 0.10, 0.25, 0.40}},
        {Capability::DecisionMaking, {2, 2, 2, 3}, 4, "Executive Team", "Budget requests above 50k now carry a CLV impact estimate.", {n, n, n, n}},
        {Capability::CultureStorytelling, {1, 2, 2, 2}, 4, "Leadership / Communications", "All-hands win stories mention customer lifetime in about half the cases.", {0.5, 1.2, 1.8, 2.4}},
    }};
    return history;
}

Status seedAssessments(const Store &store, const Quarter &first)
{
    const AssessmentRepository assessments(store);
    for (const DemoHistory &history : demoHistory()) {
        Quarter quarter = first;
        for (std::size_t i = 0; i < 4; ++i, quarter = quarter.next()) {
            Assessment a;
            a.capability = history.capability;
            a.quarter = quarter;
            a.level = history.levels[i];
            a.target = history.target;
            a.owner = QString::fromUtf8(history.owner);
            a.evidence = QString::fromUtf8(history.evidence);
            a.kpiValue = history.kpi[i];
            a.kpiPeriod = std::isnan(a.kpiValue) ? QString() : quarter.toString();
            if (Status status = assessments.save(a); !status)
                return status;
        }
    }
    return {};
}

// Adoption grows as more pages and the report show figures under the one definition.
Status seedDefinitionUsage(const Store &store, const Quarter &first)
{
    const DefinitionUsageRepository usage(store);
    const QStringList surfaces{QStringLiteral("overview"), QStringLiteral("report"), QStringLiteral("segments"),
                               QStringLiteral("matrix"), QStringLiteral("goals")};
    const int used[] = {1, 2, 3, 5};
    Quarter quarter = first;
    for (int i = 0; i < 4; ++i, quarter = quarter.next()) {
        for (int s = 0; s < used[i]; ++s) {
            if (Status status = usage.recordUse(surfaces.at(s), quarter); !status)
                return status;
        }
    }
    return {};
}

Status seedGoals(const Store &store, const Quarter &last)
{
    const GoalRepository goals(store);
    const auto teams = goals.teams();
    if (!teams)
        return teams.error();
    auto teamNamed = [&](const char *name) {
        for (const Team &team : *teams)
            if (team.name == QLatin1String(name))
                return team.id;
        return teams->empty() ? qint64(0) : teams->front().id;
    };
    struct DemoGoal { const char *team; const char *name; Indicator indicator; double target; double actual; };
    const DemoGoal demo[] = {
        {"Marketing", "Second purchase within 90 days", Indicator::SecondPurchase, 0.35, kUnknown},
        {"Sales", "Expansion without extra discount", Indicator::Expansion, 0.15, kUnknown},
        {"Customer Success", "Quarterly retention", Indicator::Retention, 0.55, kUnknown},
        {"Product", "Advocacy: NPS", Indicator::Nps, 35, kUnknown},
        {"Product", "Accounts using the new planner weekly", Indicator::Entered, 400, 352},
    };
    for (const Quarter &quarter : {last.previous(), last}) {
        for (const DemoGoal &g : demo) {
            Goal goal;
            goal.teamId = teamNamed(g.team);
            goal.name = QString::fromUtf8(g.name);
            goal.indicator = g.indicator;
            goal.period = quarter;
            goal.target = g.target;
            goal.enteredActual = g.actual;
            if (const auto id = goals.saveGoal(goal); !id)
                return id.error();
        }
    }
    return {};
}

// Customers active in the quarter before the experiment, split alternately: a fair demo
// split with no built-in effect, so the interval straddles zero as it honestly should.
Status seedExperiment(const Store &store, const Dataset &data, const Quarter &last)
{
    const Quarter start = last.previous();
    std::vector<bool> picked(data.customers.size(), false);
    for (const TransactionRecord &t : data.transactions) {
        if (Quarter::containing(dateOf(t.occurredAt)) == start.previous() && t.amount > 0)
            picked[static_cast<std::size_t>(t.customer)] = true;
    }
    Experiment experiment;
    experiment.name = QStringLiteral("Onboarding call for recent buyers");
    experiment.hypothesis = QStringLiteral("A personal onboarding call in the first weeks raises retention and CLV more than it costs.");
    experiment.start = start.start();
    experiment.end = last.end();
    bool treatment = true;
    for (std::size_t i = 0; i < picked.size(); ++i) {
        if (!picked[i])
            continue;
        (treatment ? experiment.treatment : experiment.control).externalIds << data.customers[i].externalId;
        treatment = !treatment;
    }
    if (experiment.treatment.externalIds.isEmpty())
        return {};
    const auto id = ExperimentRepository(store).save(experiment);
    return id ? Status{} : Status{id.error()};
}

Quarter lastQuarterOf(const Dataset &data)
{
    EpochSeconds latest = 0;
    for (const TransactionRecord &t : data.transactions)
        latest = std::max(latest, t.occurredAt);
    return Quarter::containing(latest > 0 ? dateOf(latest) : QDate::currentDate());
}

} // namespace

Status seedCultureDemo(const Store &store, std::optional<Quarter> lastQuarter)
{
    const auto existing = AssessmentRepository(store).list();
    if (!existing)
        return existing.error();
    if (!existing->empty())
        return {};
    // Reads first: readDataset commits its own read transaction.
    const auto data = readDataset(store);
    if (!data)
        return data.error();
    const Quarter last = lastQuarter ? *lastQuarter : lastQuarterOf(*data);
    const Quarter first = last.previous().previous().previous();
    if (const auto set = DefinitionUsageRepository(store).isDefinitionSet(); set && !*set) {
        if (Status status = DefinitionRepository(store).save(ClvDefinition{}); !status)
            return status;
    }
    if (Status status = seedExperiment(store, *data, last); !status)
        return status;
    TransactionGuard transaction(store.database());
    for (Status status : {seedAssessments(store, first), seedDefinitionUsage(store, first), seedGoals(store, last)}) {
        if (!status)
            return status;
    }
    return transaction.commit();
}

} // namespace lodestar
