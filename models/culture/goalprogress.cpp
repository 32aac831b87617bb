#include "goalprogress.h"

#include <cmath>

namespace lodestar {

double indicatorActual(Indicator indicator, const Quarter &quarter, const QuarterlyFacts &facts, const EngineSeries &engine)
{
    for (std::size_t i = 0; i < facts.quarters.size(); ++i) {
        const QuarterFacts &f = facts.quarters[i];
        if (f.quarter != quarter)
            continue;
        switch (indicator) {
        case Indicator::Retention: return f.retention;
        case Indicator::Expansion: return f.expansionRate;
        case Indicator::SecondPurchase: return f.secondPurchaseRate;
        case Indicator::Nps: return f.nps;
        case Indicator::AverageClv: return i < engine.averageClv.size() ? engine.averageClv[i] : kUnknown;
        case Indicator::Entered: return kUnknown;
        }
    }
    return kUnknown;
}

std::vector<GoalProgress> computeGoalProgress(const std::vector<Team> &teams, const std::vector<Goal> &goals,
                                              const QuarterlyFacts &facts, const EngineSeries &engine,
                                              double watchTolerance)
{
    std::vector<GoalProgress> result;
    for (const Team &team : teams) {
        for (const Goal &goal : goals) {
            if (goal.teamId != team.id)
                continue;
            GoalProgress progress;
            progress.goal = goal;
            progress.team = team.name;
            progress.driver = driverOf(goal.indicator);
            progress.actual = indicatorActual(goal.indicator, goal.period, facts, engine);
            progress.computed = !std::isnan(progress.actual);
            if (!progress.computed)
                progress.actual = goal.enteredActual;
            if (goal.target != 0.0 && !std::isnan(progress.actual))
                progress.progress = progress.actual / goal.target;
            progress.verdict = judge(progress.actual, goal.target, true, watchTolerance);
            result.push_back(progress);
        }
    }
    return result;
}

} // namespace lodestar
