#include "models/clv/modelfit.h"

#include <nlopt.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace lodestar {

namespace {

// Log-parameters live in [-25, 25]: e^25 ~ 7e10 covers any rate in days, weeks or months,
// and a fit that runs into the box is a sign the data do not identify the model.
constexpr double kLogBound = 25.0;
constexpr double kBoundSlack = 1e-3;
// A non-finite likelihood is reported to the optimiser as a large, finite per-customer cost
// so the derivative-free searches do not stall on inf.
constexpr double kPenalty = 1e10;
constexpr double kScoutTolerance = 1e-7;

struct Objective
{
    const LikelihoodProblem *problem = nullptr;
    const FitOptions *options = nullptr;
    nlopt_opt opt = nullptr;
    int evaluations = 0;
    bool cancelled = false;
    std::vector<double> natural;
    std::vector<double> gradient;
};

// Minimises -LL per customer over y = log(parameters); d/dy = parameter * d/dparameter.
double negativeLogLikelihood(unsigned n, const double *y, double *grad, void *data)
{
    auto *o = static_cast<Objective *>(data);
    if (o->cancelled || (o->options->cancelRequested && o->options->cancelRequested())) {
        // L-BFGS may call a few more times before it notices the forced stop; those calls
        // cost nothing, while a million-customer likelihood evaluation would.
        o->cancelled = true;
        if (o->opt)
            nlopt_force_stop(o->opt);
        if (grad)
            std::fill(grad, grad + n, 0.0);
        return kPenalty;
    }
    ++o->evaluations;
    for (unsigned i = 0; i < n; ++i)
        o->natural[i] = std::exp(y[i]);
    const double ll = o->problem->logLikelihood(o->natural, grad ? &o->gradient : nullptr);
    const double scale = o->problem->customers > 0.0 ? o->problem->customers : 1.0;
    bool finite = std::isfinite(ll);
    if (grad) {
        for (unsigned i = 0; i < n; ++i) {
            grad[i] = -o->gradient[i] * o->natural[i] / scale;
            finite = finite && std::isfinite(grad[i]);
        }
    }
    if (!finite) {
        if (grad)
            std::fill(grad, grad + n, 0.0);
        return kPenalty;
    }
    return -ll / scale;
}

struct RunOutcome
{
    std::vector<double> logParameters;
    double value = kPenalty; // -LL per customer
    nlopt_result status = NLOPT_FAILURE;
};

RunOutcome runOnce(Objective &objective, nlopt_algorithm algorithm, std::vector<double> start,
                   double initialStep, double tolerance)
{
    const auto n = static_cast<unsigned>(start.size());
    std::unique_ptr<nlopt_opt_s, decltype(&nlopt_destroy)> opt(nlopt_create(algorithm, n), &nlopt_destroy);
    objective.opt = opt.get();
    std::vector<double> lower(n, -kLogBound), upper(n, kLogBound);
    nlopt_set_lower_bounds(opt.get(), lower.data());
    nlopt_set_upper_bounds(opt.get(), upper.data());
    nlopt_set_min_objective(opt.get(), &negativeLogLikelihood, &objective);
    nlopt_set_maxeval(opt.get(), objective.options->maxEvaluations);
    nlopt_set_ftol_rel(opt.get(), tolerance);
    nlopt_set_xtol_rel(opt.get(), tolerance * 10.0);
    if (initialStep > 0.0)
        nlopt_set_initial_step1(opt.get(), initialStep);
    for (double &y : start)
        y = std::clamp(y, -kLogBound, kLogBound);
    RunOutcome out;
    out.status = nlopt_optimize(opt.get(), start.data(), &out.value);
    out.logParameters = start;
    objective.opt = nullptr;
    return out;
}

// Accepts an NLopt outcome as an optimum: a tolerance reached, or (L-BFGS) stopped by
// round-off with a gradient that is already flat.
bool reachedOptimum(nlopt_result status, double gradientNorm)
{
    if (status == NLOPT_FTOL_REACHED || status == NLOPT_XTOL_REACHED || status == NLOPT_SUCCESS)
        return true;
    return status == NLOPT_ROUNDOFF_LIMITED && gradientNorm < 1e-5;
}

double gradientNorm(Objective &objective, const std::vector<double> &y)
{
    if (!objective.problem->hasGradient)
        return 0.0;
    std::vector<double> grad(y.size());
    negativeLogLikelihood(static_cast<unsigned>(y.size()), y.data(), grad.data(), &objective);
    double norm = 0.0;
    for (double g : grad)
        norm = std::max(norm, std::abs(g));
    return norm;
}

std::string boundMessage(const LikelihoodProblem &problem, const std::vector<double> &y)
{
    for (std::size_t i = 0; i < y.size(); ++i) {
        if (std::abs(y[i]) > kLogBound - kBoundSlack) {
            return "The data do not pin down the model: parameter " + problem.parameterNames.at(i)
                + (y[i] > 0 ? " grew without limit." : " shrank to zero.");
        }
    }
    return {};
}

// Central differences in natural parameters, step 1e-6 relative: truncation error ~1e-12,
// round-off ~eps |LL| / h, both far below what the optimiser's tolerances notice.
LikelihoodProblem withNumericGradient(const LikelihoodProblem &problem)
{
    LikelihoodProblem smooth = problem;
    smooth.hasGradient = true;
    smooth.logLikelihood = [f = problem.logLikelihood](const std::vector<double> &p, std::vector<double> *gradient) {
        const double value = f(p, nullptr);
        if (gradient) {
            for (std::size_t i = 0; i < p.size(); ++i) {
                std::vector<double> plus = p, minus = p;
                const double h = 1e-6 * p[i];
                plus[i] += h;
                minus[i] -= h;
                (*gradient)[i] = (f(plus, nullptr) - f(minus, nullptr)) / (2.0 * h);
            }
        }
        return value;
    };
    return smooth;
}

} // namespace

FitResult failedFit(const std::vector<std::string> &parameterNames, const std::vector<double> &defaults,
                    const std::string &message)
{
    FitResult result;
    result.parameterNames = parameterNames;
    result.parameters = defaults;
    result.standardErrors.assign(defaults.size(), std::numeric_limits<double>::quiet_NaN());
    result.message = message;
    return result;
}

FitResult fitOnCompressedRows(const std::vector<RepeatPurchaseRow> &input,
                              const std::vector<std::string> &parameterNames, const std::vector<double> &defaults,
                              const std::function<FitResult(const std::vector<RepeatPurchaseRow> &rows)> &fitOn)
{
    if (const char *problem = validateRows(input))
        return failedFit(parameterNames, defaults, problem);
    // Sorted, merged rows: fewer likelihood terms and x-dependent terms computed once per x.
    // The engine usually passes compressRows' output already, so this copies nothing then.
    if (isCompressed(input))
        return fitOn(input);
    return fitOn(compressRows(input).rows);
}

FitResult maximiseLikelihood(const LikelihoodProblem &problem, const FitOptions &options)
{
    FitResult result;
    result.parameterNames = problem.parameterNames;
    result.customers = problem.customers;
    const std::size_t n = problem.parameterNames.size();
    Objective objective{&problem, &options, nullptr, 0, false, std::vector<double>(n), std::vector<double>(n)};
    const nlopt_algorithm algorithm = problem.hasGradient ? NLOPT_LD_LBFGS : NLOPT_LN_BOBYQA;

    RunOutcome best;
    for (const std::vector<double> &start : problem.startingPoints) {
        std::vector<double> y(n);
        for (std::size_t i = 0; i < n; ++i)
            y[i] = std::log(start.at(i));
        // Starting points only need to find the right basin; the polish below settles it.
        RunOutcome run = runOnce(objective, algorithm, y, 0.5, std::max(options.relativeTolerance, kScoutTolerance));
        if (best.logParameters.empty() || run.value < best.value)
            best = run;
        if (objective.cancelled)
            break;
    }
    // Polish: a fresh L-BFGS run from the best point settles the last digits. Derivative-free
    // problems get central-difference gradients here, because BOBYQA alone stalls on flat
    // ridges such as Pareto/NBD's (s, beta).
    const LikelihoodProblem smooth = problem.hasGradient ? problem : withNumericGradient(problem);
    objective.problem = &smooth;
    if (!objective.cancelled && best.value < kPenalty) {
        RunOutcome polished = runOnce(objective, NLOPT_LD_LBFGS, best.logParameters, 0.0, options.relativeTolerance);
        if (polished.value <= best.value)
            best = polished;
    }
    result.iterations = objective.evaluations;
    if (objective.cancelled) {
        // No further likelihood evaluations (final value, gradient check, Hessian) for a fit nobody wants.
        FitResult cancelled = failedFit(problem.parameterNames, problem.startingPoints.at(0), "The fit was cancelled.");
        cancelled.customers = problem.customers;
        cancelled.iterations = objective.evaluations;
        cancelled.cancelled = true;
        cancelled.logLikelihood = -std::numeric_limits<double>::infinity();
        return cancelled;
    }
    if (best.value >= kPenalty || best.logParameters.empty()) {
        result.parameters = problem.startingPoints.at(0);
        result.standardErrors.assign(n, std::numeric_limits<double>::quiet_NaN());
        result.logLikelihood = -std::numeric_limits<double>::infinity();
        result.message = "The likelihood could not be evaluated for these data.";
        return result;
    }
    for (double y : best.logParameters)
        result.parameters.push_back(std::exp(y));
    result.logLikelihood = problem.logLikelihood(result.parameters, nullptr);
    const std::string atBound = boundMessage(problem, best.logParameters);
    const bool optimum = reachedOptimum(best.status, gradientNorm(objective, best.logParameters));
    objective.problem = &problem;
    result.converged = optimum && atBound.empty();
    if (!atBound.empty())
        result.message = atBound;
    else if (!optimum)
        result.message = "The optimiser stopped before reaching the maximum likelihood (NLopt status "
            + std::to_string(static_cast<int>(best.status)) + ").";

    if (options.computeStandardErrors) {
        result.standardErrors = standardErrorsAt(problem, result.parameters);
        // A flat direction in the likelihood means the data cannot tell some parameters
        // apart: the point is a maximum, but not one worth predicting from.
        const bool identified = std::all_of(result.standardErrors.begin(), result.standardErrors.end(),
                                            [](double se) { return std::isfinite(se); });
        if (result.converged && !identified) {
            result.converged = false;
            result.message = "The data do not pin down every parameter (the information matrix is singular).";
        }
    } else {
        result.standardErrors.assign(n, std::numeric_limits<double>::quiet_NaN());
    }
    return result;
}

} // namespace lodestar
