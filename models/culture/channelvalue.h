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
    double cac = kUnknown;            ///< average acquisition cost per customer
    double averageClv = 0.0;
    double totalClv = 0.0;
    double ltvToCac = kUnknown;
    double paybackMonths = kUnknown;  ///< CAC / average monthly gross margin per customer
    double spend = kUnknown;          ///< marketing spend, or the sum of customer CACs without it
    double netValue = kUnknown;       ///< totalClv - spend
};

/// Channels by net value, best first; customers without a channel are grouped as "(none)".
/// CAC: the mean of the customers' acquisition costs (the engine's, else the import's), else spend / customers.
std::vector<ChannelValue> computeChannelValues(const Dataset &data, const Valuation &valuation);

/// LTV:CAC over all channels with a known CAC (total CLV / total acquisition cost).
double overallLtvToCac(const std::vector<ChannelValue> &channels);

} // namespace lodestar
