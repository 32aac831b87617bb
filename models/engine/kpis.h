#pragma once

#include "models/engine/insightscan.h"

namespace lodestar {

/// KPIs of every period of the calendar that overlaps the range. Definitions (kpis.cpp):
/// CLV "by period" is the current valuation restricted to the customers acquired by the
/// period's end — how much future value the customer base held then, without re-fitting.
std::vector<KpiPeriod> computeKpis(const InsightScan &scan, const PeriodCalendar &calendar, const DayRange &range,
                                   const QDate &dataEnd);

} // namespace lodestar
