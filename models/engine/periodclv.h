#pragma once

// The CLV figures of a period table, from the valuations at each period's end (asof.h).

#include "models/engine/asof.h"
#include "models/engine/insightscan.h"
#include "models/engine/periods.h"

#include <memory>
#include <vector>

namespace lodestar {

/// One period's CLV figures over the selected customers, as of its end.
struct PeriodClv
{
    bool known = false;       ///< false: not valued at this period's end (see note)
    QString note;
    double totalClv = 0.0;    ///< Σ CLV of the customers valued at the end (acquired by then)
    int valued = 0;
    int atRiskCustomers = 0;  ///< valued, P(alive) below the threshold, a transaction in the 12 months to the end
    double atRiskRevenue = 0.0;  ///< their net revenue in those 12 months
    double coveredRevenue = 0.0; ///< revenue in the period (and the filter range) of customers valued at its end
    double acquiredCacClv = 0.0; ///< Σ CLV at the end of the customers acquired by then with a known CAC
    double acquiredCac = 0.0;    ///< Σ their CAC
};

/// The dates a period table is valued at: each period's end, or the data end for the last,
/// unfinished one; invalid for periods outside the range (not shown, so not valued).
std::vector<QDate> periodValuationDates(const PeriodCalendar &calendar, const DayRange &range, const QDate &dataEnd);

/// Folds the selected customers (scan.customers) into per-period CLV figures; byPeriod[p] is
/// the valuation at period p's end, null where there is none.
std::vector<PeriodClv> computePeriodClv(const Dataset &data, const Valuation &valuation, const InsightScan &scan,
                                        const PeriodCalendar &calendar, const DayRange &range,
                                        const std::vector<std::shared_ptr<const AsOfValues>> &byPeriod);

} // namespace lodestar
