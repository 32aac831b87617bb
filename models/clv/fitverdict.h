#pragma once

// What a fit's result says beyond its parameters: the uncertainty of an interior maximum, and,
// when the fit is refused, which parameter runs to which boundary and what that means, in words
// (maximiseLikelihood in modelfit.cpp decides; this words it).

#include "models/clv/modelfit.h"
#include "models/clv/optimality.h"

#include <string>
#include <vector>

namespace lodestar::fitverdict {

/// A number as the messages print it (4 significant figures).
std::string formatted(double value);

/// Per parameter: +1 growing without limit, -1 shrinking towards zero, 0 steady, from the
/// likelihood's rising direction and, far out, from the position itself.
std::vector<int> trendOf(const std::vector<double> &direction, const std::vector<double> &y);

/// "The likelihood has no maximum inside the parameter space: it keeps rising as r (…) grows …".
std::string trendSentence(const LikelihoodProblem &problem, const std::vector<int> &trend,
                          const std::vector<double> &parameters);

/// Marks result as at a boundary: lead, then the model's meaning of the trend, and a hint.
void explainBoundary(FitResult &result, const LikelihoodProblem &problem, const std::vector<int> &trend,
                     const std::string &lead);

/// Standard errors and 95% intervals from the curvature in log-parameters (NaN where it is not
/// positive definite).
void attachUncertainty(FitResult &result, const optimality::LocalShape &shape);

/// Refuses a maximum whose standard errors exceed the estimates, naming them.
void refuseLooseEstimates(FitResult &result, const LikelihoodProblem &problem, const optimality::Polished &p);

} // namespace lodestar::fitverdict
