#include "models/clv/modelfit.h"

#include "models/clv/fitverdict.h"
#include "models/clv/optimality.h"

#include <nlopt.h>

#include <algorithm>
#include <chrono>
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
    int maxEvaluations = 0;
    std::chrono::steady_clock::time_point deadline;
    bool limitReached = false;

    bool stopped() const { return cancelled || limitReached; }
};

// Minimises -LL per customer over y = log(parameters); d/dy = parameter * d/dparameter.
double negativeLogLikelihood(unsigned n, const double *y, double *grad, void *data)
{
    auto *o = static_cast<Objective *>(data);
    if (!o->cancelled && o->options->cancelRequested && o->options->cancelRequested())
        o->cancelled = true;
    if (!o->stopped() && (o->evaluations >= o->maxEvaluations || std::chrono::steady_clock::now() > o->deadline))
        o->limitReached = true;
    if (o->stopped()) {
        // L-BFGS may call a few more times before it notices the forced stop; those calls
        // cost nothing, while a million-customer likelihood evaluation would.
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
    // The status is not consulted: L-BFGS reports "failure" (-1) or "round-off" at points that
    // are exact maxima, and "success" on ridges. The verdict comes from the likelihood itself.
    nlopt_optimize(opt.get(), start.data(), &out.value);
    out.logParameters = start;
    objective.opt = nullptr;
    return out;
}

// Central differences in natural parameters, step 1e-6 relative: truncation error ~1e-12,
// round-off ~eps |LL| / h, both far below what the optimiser's tolerances notice.
// A gradient costs 2n evaluations, so the clock is read between them: past the deadline the
// gradient is NaN, which the objective reports as not admissible and the search stops on.
LikelihoodProblem withNumericGradient(const LikelihoodProblem &problem, const std::function<bool()> &expired)
{
    LikelihoodProblem smooth = problem;
    smooth.hasGradient = true;
    smooth.logLikelihood = [f = problem.logLikelihood, expired](const std::vector<double> &p, std::vector<double> *gradient) {
        const double value = f(p, nullptr);
        if (gradient) {
            for (std::size_t i = 0; i < p.size(); ++i) {
                if (expired()) {
                    std::fill(gradient->begin(), gradient->end(), std::numeric_limits<double>::quiet_NaN());
                    return value;
                }
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
    result.confidenceLow = result.confidenceHigh = result.standardErrors;
    result.message = message;
    result.reason = message;
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

namespace {

// An interior maximum: the quadratic model of the likelihood predicts less than this gain
// (in log-likelihood units, summed over customers) from one more Newton step.
constexpr double kGainTolerance = 1e-4;
// Beyond e^20 (or below e^-20) a parameter is at the edge of anything the data can identify.
constexpr double kInteriorBound = 20.0;
constexpr int kNewtonSteps = 30;

struct Search
{
    const LikelihoodProblem &problem;
    const LikelihoodProblem &smooth;  // with a gradient, numeric where the model has none
    Objective &objective;
    const FitOptions &options;

    // A derivative-free or L-BFGS scout from one start, then L-BFGS from where it ended.
    RunOutcome from(const std::vector<double> &start) const
    {
        std::vector<double> y(start.size());
        for (std::size_t i = 0; i < y.size(); ++i)
            y[i] = std::log(start[i]);
        const nlopt_algorithm scout = problem.hasGradient ? NLOPT_LD_LBFGS : NLOPT_LN_BOBYQA;
        objective.problem = &problem;
        RunOutcome best = runOnce(objective, scout, y, 0.5, std::max(options.relativeTolerance, kScoutTolerance));
        if (objective.stopped() || best.value >= kPenalty)
            return best;
        objective.problem = &smooth;
        RunOutcome polished = runOnce(objective, NLOPT_LD_LBFGS, best.logParameters, 0.0, options.relativeTolerance);
        return polished.value <= best.value ? polished : best;
    }

    optimality::Polished settle(const std::vector<double> &y) const
    {
        objective.problem = &smooth;
        const optimality::Objective f = [this](const std::vector<double> &at, std::vector<double> *gradient) {
            if (gradient)
                gradient->resize(at.size());
            return negativeLogLikelihood(static_cast<unsigned>(at.size()), at.data(),
                                         gradient ? gradient->data() : nullptr, &objective);
        };
        const double scale = problem.customers > 0.0 ? problem.customers : 1.0;
        return optimality::newtonPolish(f, y, kGainTolerance / scale, kNewtonSteps, kLogBound,
                                        [this] { return objective.stopped(); },
                                        problem.hasGradient ? optimality::Curvature::FromGradient
                                                            : optimality::Curvature::FromValues);
    }
};

bool isInterior(const optimality::Polished &p, double customers)
{
    const double scale = customers > 0.0 ? customers : 1.0;
    if (!p.shape.finite || !(p.gain * scale < kGainTolerance) || p.shape.value >= kPenalty)
        return false;
    return std::all_of(p.y.begin(), p.y.end(), [](double y) { return std::abs(y) < kInteriorBound; });
}

} // namespace

FitResult maximiseLikelihood(const LikelihoodProblem &problem, const FitOptions &options)
{
    FitResult result;
    result.parameterNames = problem.parameterNames;
    result.customers = problem.customers;
    const std::size_t n = problem.parameterNames.size();
    Objective objective;
    objective.problem = &problem;
    objective.options = &options;
    objective.natural.resize(n);
    objective.gradient.resize(n);
    objective.maxEvaluations = 4 * options.maxEvaluations;
    objective.deadline = std::chrono::steady_clock::now()
        + std::chrono::microseconds(static_cast<long long>(options.timeLimitSeconds * 1e6));
    // Derivative-free problems get central-difference gradients for the polish, because BOBYQA
    // alone stalls on flat ridges such as Pareto/NBD's (s, beta).
    const LikelihoodProblem smooth = problem.hasGradient ? problem : withNumericGradient(problem, [&objective] {
        return objective.limitReached || std::chrono::steady_clock::now() > objective.deadline;
    });
    const Search search{problem, smooth, objective, options};

    // One start is enough when it ends at an interior maximum; the others are the fallback
    // for ridges and stalls, and the best of all is settled again.
    RunOutcome best = search.from(problem.startingPoints.at(0));
    optimality::Polished settled;
    if (!objective.stopped() && best.value < kPenalty)
        settled = search.settle(best.logParameters);
    for (std::size_t k = 1; k < problem.startingPoints.size() && !objective.stopped()
         && !isInterior(settled, problem.customers); ++k) {
        RunOutcome run = search.from(problem.startingPoints[k]);
        if (run.value < std::min(best.value, settled.shape.value) && !objective.stopped()) {
            best = run;
            settled = search.settle(run.logParameters);
        }
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
    // The settled point when there is one, else the best the searches reached.
    const bool haveSettled = !settled.y.empty() && settled.shape.value <= best.value;
    const std::vector<double> y = haveSettled ? settled.y : best.logParameters;
    if (y.empty() || std::min(best.value, settled.shape.value) >= kPenalty) {
        result.parameters = problem.startingPoints.at(0);
        result.standardErrors.assign(n, std::numeric_limits<double>::quiet_NaN());
        result.confidenceLow = result.confidenceHigh = result.standardErrors;
        result.logLikelihood = -std::numeric_limits<double>::infinity();
        result.reason = objective.limitReached ? "The fit stopped at the limit before the likelihood could be evaluated."
                                               : "The likelihood could not be evaluated for these data.";
        result.hint = "Check the data for customers with impossible histories, or use fewer customers.";
        result.message = result.reason + " " + result.hint;
        return result;
    }
    for (double v : y)
        result.parameters.push_back(std::exp(v));
    result.logLikelihood = problem.logLikelihood(result.parameters, nullptr);
    const bool interior = haveSettled && isInterior(settled, problem.customers);
    result.converged = interior;
    if (haveSettled && settled.shape.finite && options.computeStandardErrors)
        fitverdict::attachUncertainty(result, settled.shape);
    else {
        result.standardErrors.assign(n, std::numeric_limits<double>::quiet_NaN());
        result.confidenceLow = result.confidenceHigh = result.standardErrors;
    }
    if (!interior && objective.limitReached) {
        result.stoppedAtLimit = true;
        result.reason = "The fit stopped at the limit (" + std::to_string(objective.evaluations)
            + " likelihood evaluations or " + fitverdict::formatted(options.timeLimitSeconds)
            + " s) before it reached the maximum.";
        result.hint = "Use a coarser time unit (week or month) or a shorter calibration window.";
    } else if (!interior && haveSettled && settled.shape.finite) {
        const std::vector<int> trend = fitverdict::trendOf(optimality::risingDirection(settled.shape, settled.y), settled.y);
        fitverdict::explainBoundary(result, problem, trend, fitverdict::trendSentence(problem, trend, result.parameters));
    } else if (!interior) {
        result.reason = "The likelihood could not be evaluated around the best point found.";
        result.hint = "Try another model, a longer calibration window or more customers.";
    } else if (options.computeStandardErrors) {
        fitverdict::refuseLooseEstimates(result, problem, settled);
    }
    if (!result.reason.empty())
        result.message = result.reason + " " + result.hint;
    return result;
}

} // namespace lodestar
