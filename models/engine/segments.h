#pragma once

#include "models/engine/insightscan.h"

#include <functional>

namespace lodestar {

/// Segment rows of the selected customers grouped by key (see SegmentSummary). Rows come in
/// the order of `order` first (keys absent from the data are left out), then the remaining
/// keys by total CLV, largest first. Revenue is the revenue inside the filter's range.
/// CAC, LTV:CAC and payback are the registry's metrics, computed by UnitEconomics (uniteconomics.h).
std::vector<SegmentSummary> computeSegments(const InsightScan &scan, const Dataset &data, const Valuation &valuation,
                                            const std::function<QString(std::int32_t)> &keyOf,
                                            const QStringList &order = {});

} // namespace lodestar
