#pragma once

#include "models/engine/insightscan.h"

namespace lodestar {

/// Cohort matrices of the cohorts acquired inside the range (see CohortTable). Periods after
/// the data end are zeros marked incomplete; their projection follows the valuation's
/// projectionShape from the calibration end.
CohortTable computeCohorts(const InsightScan &scan, const PeriodCalendar &calendar, const DayRange &range,
                           const Valuation &valuation);

} // namespace lodestar
