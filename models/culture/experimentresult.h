#pragma once

#include "models/culture/experiment.h"
#include "models/engine/analysis.h"
#include "models/result.h"

#include <vector>

namespace lodestar {

/// A difference of means with its 95% confidence interval.
struct Estimate
{
    double difference = kUnknown;
    double low = kUnknown;
    double high = kUnknown;

    /// The interval excludes zero: the effect is unlikely to be noise.
    bool significant() const { return low > 0.0 || high < 0.0; }
};

struct ArmSummary
{
    int customers = 0;
    double averageClv = kUnknown;
    double retention = kUnknown;          ///< share with a purchase in the experiment period
    double revenuePerCustomer = kUnknown; ///< net revenue in the period
};

struct ExperimentResult
{
    Experiment experiment;
    ArmSummary treatment;
    ArmSummary control;
    Estimate incrementalClv;
    Estimate incrementalRetention;
    Estimate incrementalRevenue;
    QString warning; ///< e.g. an arm too small for an interval
};

/// Indices of the customers an arm selects; fails on an unknown attribute in the filter. A tier
/// condition (tier=High) matches the valued customers of that tier, none without a valuation.
Result<std::vector<std::int32_t>> resolveSelection(const Dataset &data, const CustomerSelection &selection,
                                                   const Valuation *valuation = nullptr);

/// Treatment over control: incremental CLV (durable value), retention and revenue in the period,
/// each with a Welch normal-approximation 95% interval.
Result<ExperimentResult> evaluateExperiment(const Dataset &data, const Valuation &valuation,
                                            const Experiment &experiment);

/// Welch difference of two samples' means, 95% normal interval (NaN bounds below two per arm).
Estimate differenceOfMeans(const std::vector<double> &treatment, const std::vector<double> &control);

} // namespace lodestar
