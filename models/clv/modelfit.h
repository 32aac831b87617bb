#pragma once

// Maximum-likelihood fitting shared by the BG/NBD, Pareto/NBD and Gamma-Gamma models:
// NLopt on log-parameters (so every parameter stays positive), several deterministic
// starting points, and standard errors from the numeric Hessian at the optimum.

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace lodestar {

/// How hard a fit tries; the defaults suit every data size the app sees.
struct FitOptions
{
    int maxEvaluations = 3000;            ///< per starting point
    double relativeTolerance = 1e-12;     ///< on the log-likelihood per customer (the final polish)
    const std::atomic_bool *cancel = nullptr; ///< checked on every likelihood evaluation
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

/// Maximises the log-likelihood from each starting point and keeps the best.
FitResult maximiseLikelihood(const LikelihoodProblem &problem, const FitOptions &options = {});

/// Standard errors: square roots of the diagonal of the inverse Hessian of -LL at parameters
/// (second differences in natural parameters); NaN where not invertible or not positive.
std::vector<double> standardErrorsAt(const LikelihoodProblem &problem,
                                     const std::vector<double> &parameters);

} // namespace lodestar
