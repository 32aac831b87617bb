#pragma once

#include "models/culture/engineseries.h"
#include "models/culture/goal.h"
#include "models/culture/quarterlyfacts.h"
#include "models/culture/verdict.h"

#include <vector>

namespace lodestar {

struct GoalProgress
{
    Goal goal;
    QString team;
    ClvDriver driver = ClvDriver::Clv;
    double actual = kUnknown;
    bool computed = false;      ///< the actual comes from the data, not from an entry
    double progress = kUnknown; ///< actual / target (can exceed 1)
    Verdict verdict = Verdict::NoData;
};

/// Progress of every goal in its quarter, computed from the data where the indicator allows
/// (the entered actual otherwise); teams' goals stay together in team order.
std::vector<GoalProgress> computeGoalProgress(const std::vector<Team> &teams, const std::vector<Goal> &goals,
                                              const QuarterlyFacts &facts, const EngineSeries &engine,
                                              double watchTolerance);

/// The data's value of an indicator in a quarter; NaN for Entered or when the quarter has none.
double indicatorActual(Indicator indicator, const Quarter &quarter, const QuarterlyFacts &facts, const EngineSeries &engine);

} // namespace lodestar
