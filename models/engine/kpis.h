#pragma once

#include "models/engine/insightscan.h"
#include "models/engine/periodclv.h"

namespace lodestar {

/// KPIs of every period of the calendar that overlaps the range. Definitions (kpis.cpp):
/// the CLV figures of a period are as of its end (clv[p], periodclv.h), never today's valuation.
std::vector<KpiPeriod> computeKpis(const InsightScan &scan, const PeriodCalendar &calendar, const DayRange &range,
                                   const QDate &dataEnd, const std::vector<PeriodClv> &clv);

} // namespace lodestar
