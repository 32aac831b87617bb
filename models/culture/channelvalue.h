#pragma once

#include "models/engine/analysis.h"

#include <QString>

#include <vector>

namespace lodestar {

/// Net value of one acquisition channel: what its customers are worth against what they cost.
struct ChannelValue
{
    QString channel;
    int customers = 0;
    double cac = kUnknown;            ///< the "cac" metric; spend ÷ customers when no customer has a cost
    double averageClv = 0.0;          ///< over the channel's customers with a CLV
    double totalClv = 0.0;
    double ltvToCac = kUnknown;       ///< the "ltv_cac" metric (metricregistry.h), by UnitEconomics
    double paybackMonths = kUnknown;  ///< the "payback_months" metric, by UnitEconomics
    double spend = kUnknown;          ///< marketing spend, or the sum of customer CACs without it
    double netValue = kUnknown;       ///< totalClv - spend
};

/// Channels by net value, best first; customers without a channel are grouped as "(none)".
/// CAC, LTV:CAC and payback are those of `lodestar segments --by channel`: both go through UnitEconomics.
std::vector<ChannelValue> computeChannelValues(const Dataset &data, const Valuation &valuation);

} // namespace lodestar
