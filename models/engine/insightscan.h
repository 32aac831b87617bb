#pragma once

// The one pass over the transactions that every insight (KPIs, cohorts, segments) reads from.

#include "models/engine/analysis.h"
#include "models/engine/periods.h"

#include <cstdint>
#include <vector>

namespace lodestar {

/// Per-period sums over the selected customers; vectors are indexed by period.
struct PeriodTotals
{
    explicit PeriodTotals(int count = 0);
    // The CLV figures of a period are as of its end and come from periodclv.h, not from here.
    std::vector<double> revenue, orders, costedRevenue, cost;
    std::vector<int> active, retained, returning, newCustomers, returnedNext;
};

/// Acquisition cohort × periods since acquisition, flat (cohort * count + offset).
struct CohortCounts
{
    explicit CohortCounts(int count = 0);
    std::vector<int> active;          ///< purchasing in period k
    std::vector<int> lastActive;      ///< whose last purchase period is k
    std::vector<double> revenue;
    std::vector<double> expectedRevenue; ///< per cohort: Σ expected purchases × spend over the horizon
};

struct InsightScan
{
    std::vector<std::int32_t> customers;   ///< selected, ascending
    std::vector<double> revenueInRange;    ///< per selected customer
    PeriodTotals periods;
    CohortCounts cohorts;
};

/// Days of the filter range, inclusive; the whole data when the filter has no dates.
struct DayRange
{
    std::int32_t from;
    std::int32_t to;
    bool contains(std::int32_t day) const { return day >= from && day <= to; }
};

/// Scans the transactions of customers matching the filter's attributes; with a date range,
/// a customer is selected only when they have a transaction inside it.
InsightScan scanInsights(const Dataset &data, const Valuation &valuation, const AnalysisFilter &filter,
                         const PeriodCalendar &calendar, const DayRange &range);

} // namespace lodestar
