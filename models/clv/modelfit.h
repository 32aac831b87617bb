#pragma once

// Maximum-likelihood fitting shared by the BG/NBD, Pareto/NBD and Gamma-Gamma models:
// NLopt on log-parameters (so every parameter stays positive), then Newton steps that settle
// the point, and a verdict taken from the likelihood itself (flat gradient, curvature of a
// maximum) rather than from the optimiser's status. Further starting points only when the
// first does not end at an interior maximum. Standard errors and 95% intervals from the
// curvature in log-parameters at the optimum.

#include "models/clv/rfmsummary.h"

#include <functional>
#include <string>
#include <vector>

namespace lodestar {

/// How hard a fit tries; the defaults suit every data size the app sees.
struct FitOptions
{
    int maxEvaluations = 3000;            ///< per starting point; the whole fit stops at 4x this
    double relativeTolerance = 1e-12;     ///< on the log-likelihood per customer (the final polish)
    /// Wall-clock cap of the search; a fit that reaches it says "stopped at the limit". The
    /// standard errors after it cost a few more evaluations, so 10 s holds at a million customers.
    double timeLimitSeconds = 7.0;
    /// Asked before every likelihood evaluation; true stops the fit, which reports cancelled.
    std::function<bool()> cancelRequested;
    bool computeStandardErrors = true;
};

/// A fitted model. Parameters are in natural units (r, alpha, ... in model time units).
/// A fit that cannot be used has converged == false and says why in message; its
/// parameters are then the best finite point seen (or the starting point), never NaN.
struct FitResult
{
    std::vector<std::string> parameterNames;
    std::vector<double> parameters;
    std::vector<double> standardErrors;   ///< NaN where the Hessian was not invertible
    /// 95% confidence interval of each parameter, exp(log p -/+ 1.96 se(log p)): positive, as the
    /// parameters are; NaN where the Hessian was not invertible.
    std::vector<double> confidenceLow, confidenceHigh;
    double logLikelihood = 0.0;           ///< summed over customers (weights), papers' scale
    double customers = 0.0;               ///< sum of row weights
    bool converged = false;
    bool cancelled = false;
    int iterations = 0;                   ///< likelihood evaluations, all starting points
    bool atBoundary = false;              ///< the likelihood rises towards a parameter's limit
    bool stoppedAtLimit = false;          ///< evaluation or time cap reached before the maximum
    std::string message;                  ///< why it did not converge, or a doubt worth showing: reason + hint
    std::string reason;                   ///< the cause alone, in the customer's terms where known
    std::string hint;                     ///< what to do about it
};

/// What a run of the likelihood towards a boundary means for customers, and what to do.
struct BoundaryMeaning
{
    std::string meaning; ///< e.g. "the data show no drop-out: customers look alive forever"
    std::string hint;    ///< e.g. "try Pareto/NBD, a longer calibration window or more customers"
};

/// trend[i] = +1 when parameter i grows without limit along the rising direction, -1 when it
/// shrinks to zero, 0 when it takes no part; parameters: where the fit stopped (for ratios the
/// signs cannot tell, such as a rate whose shape and scale both grow but one far faster).
using BoundaryExplainer = std::function<BoundaryMeaning(const std::vector<int> &trend, const std::vector<double> &parameters)>;

/// Log-likelihood in natural parameters; fills gradient (d LL / d parameter) when non-null.
/// Returns -inf (or NaN) where the parameters are not admissible.
using LogLikelihoodFunction = std::function<double(const std::vector<double> &parameters,
                                                   std::vector<double> *gradient)>;

struct LikelihoodProblem
{
    std::vector<std::string> parameterNames;
    LogLikelihoodFunction logLikelihood;
    bool hasGradient = false;                       ///< else derivative-free search
    std::vector<std::vector<double>> startingPoints; ///< natural parameters, all > 0
    double customers = 0.0;                         ///< scales the objective to per-customer
    BoundaryExplainer explainBoundary;              ///< the model's reading of a boundary optimum
};

/// A fit that could not start: the model's default parameters, NaN standard errors and why.
FitResult failedFit(const std::vector<std::string> &parameterNames, const std::vector<double> &defaults,
                    const std::string &message);

/// What every transaction-model fit (BG/NBD, Pareto/NBD) starts with: rows validateRows()
/// refuses give failedFit(); otherwise fitOn runs on the rows in compressRows' form (sorted,
/// identical rows merged), compressed here only when the caller has not done it already.
FitResult fitOnCompressedRows(const std::vector<RepeatPurchaseRow> &input,
                              const std::vector<std::string> &parameterNames, const std::vector<double> &defaults,
                              const std::function<FitResult(const std::vector<RepeatPurchaseRow> &rows)> &fitOn);

/// Maximises the log-likelihood from each starting point and keeps the best.
FitResult maximiseLikelihood(const LikelihoodProblem &problem, const FitOptions &options = {});

/// Standard errors: square roots of the diagonal of the inverse Hessian of -LL at parameters
/// (second differences in natural parameters); NaN where not invertible or not positive.
std::vector<double> standardErrorsAt(const LikelihoodProblem &problem,
                                     const std::vector<double> &parameters);

} // namespace lodestar
