#pragma once

#include "models/culture/quarterlyfacts.h"
#include "models/engine/analysis.h"

#include <vector>

namespace lodestar {

/// The engine's quarterly KPIs the culture pages use, aligned index for index with
/// QuarterlyFacts::quarters (NaN where the engine has no value), so the computations
/// can be tested without running the engine.
struct EngineSeries
{
    std::vector<double> averageClv;
    std::vector<double> clvCoverage;      ///< share of revenue from customers with a CLV
    std::vector<double> firstPeriodChurn;
    std::vector<double> ltvToCac;         ///< of the customers acquired by the quarter's end

    static EngineSeries empty(std::size_t quarters);
};

/// Picks the quarterly KPIs by label ("2025Q4"); the insights must be built per quarter.
EngineSeries engineSeries(const Insights &insights, const QuarterlyFacts &facts);

} // namespace lodestar
