#pragma once

// The one pass over the transactions that every insight (KPIs, cohorts, segments) reads from.

#include "models/engine/analysis.h"
#include "models/engine/periods.h"

#include <cstdint>
#include <memory>
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

/// Acquisition cohort × periods since acquisition. A cohort's row is made when its first customer
/// is counted and holds only the periods from its acquisition on, so memory follows the cohorts
/// that exist rather than the square of the span (one row per month of a 1990–9999 span was 15 GB).
class CohortCounts
{
public:
    struct Row
    {
        std::vector<int> active;     ///< purchasing in period k after acquisition
        std::vector<int> lastActive; ///< whose last purchase period is k
        std::vector<double> revenue;
    };

    explicit CohortCounts(int count = 0);
    /// The row of the cohort acquired in period acquired (0 <= acquired < count), made on first use.
    Row &row(int acquired);
    /// The row, or null when no customer was acquired then.
    const Row *find(int acquired) const;
    /// Cells held by the rows: what the cohort counts cost in memory, for the bound's tests.
    std::size_t cellCount() const;

    std::vector<double> expectedRevenue; ///< per cohort: Σ expected purchases × spend over the horizon

private:
    int m_count = 0;
    std::vector<std::unique_ptr<Row>> m_rows;
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
