#pragma once

// Maximum-likelihood fitting shared by the BG/NBD, Pareto/NBD and Gamma-Gamma models:
// NLopt on log-parameters (so every parameter stays positive), several deterministic
// starting points, and standard errors from the numeric Hessian at the optimum.

#include "models/clv/rfmsummary.h"

#include <functional>
#include <string>
#include <vector>

namespace lodestar {

/// How hard a fit tries; the defaults suit every data size the app sees.
struct FitOptions
{
    int maxEvaluations = 3000;            ///< per starting point
    double relativeTolerance = 1e-12;     ///< on the log-likelihood per customer (the final polish)
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
    double logLikelihood = 0.0;           ///< summed over customers (weights), papers' scale
    double customers = 0.0;               ///< sum of row weights
    bool converged = false;
    bool cancelled = false;
    int iterations = 0;                   ///< likelihood evaluations, all starting points
    std::string message;                  ///< why it did not converge, or a doubt worth showing
};

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
