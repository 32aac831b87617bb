#include "models/clv/fitverdict.h"

#include <cmath>
#include <iomanip>
#include <limits>
#include <sstream>

namespace lodestar::fitverdict {

namespace {

// z of a two-sided 95% interval.
constexpr double kZ95 = 1.959963984540054;

} // namespace

std::string formatted(double value)
{
    std::ostringstream text;
    text << std::setprecision(4) << value;
    return text.str();
}

// "r and alpha grow without limit" from the rising direction's large components.
std::vector<int> trendOf(const std::vector<double> &direction, const std::vector<double> &y)
{
    std::vector<int> trend(y.size(), 0);
    for (std::size_t i = 0; i < y.size(); ++i) {
        // Far out (above e^12, below e^-8) the position itself says where the parameter is heading.
        if (y[i] > 12.0 || y[i] < -8.0)
            trend[i] = y[i] > 0.0 ? 1 : -1;
        else if (std::abs(direction[i]) > 0.3)
            trend[i] = direction[i] > 0.0 ? 1 : -1;
    }
    return trend;
}

std::string trendSentence(const LikelihoodProblem &problem, const std::vector<int> &trend,
                          const std::vector<double> &parameters)
{
    std::string growing, shrinking;
    for (std::size_t i = 0; i < trend.size(); ++i) {
        std::string &list = trend[i] > 0 ? growing : shrinking;
        if (trend[i] == 0)
            continue;
        list += (list.empty() ? "" : " and ") + problem.parameterNames[i] + " (" + formatted(parameters[i]) + ")";
    }
    std::string sentence = "The likelihood has no maximum inside the parameter space: it keeps rising as ";
    if (!growing.empty())
        sentence += growing + " grow" + (growing.find(" and ") == std::string::npos ? "s" : "") + " without limit";
    if (!growing.empty() && !shrinking.empty())
        sentence += " and ";
    if (!shrinking.empty())
        sentence += shrinking + " shrink" + (shrinking.find(" and ") == std::string::npos ? "s" : "") + " towards zero";
    return sentence + ".";
}

// Names the boundary the likelihood runs to and, through the model, what it means.
void explainBoundary(FitResult &result, const LikelihoodProblem &problem, const std::vector<int> &trend,
                     const std::string &lead)
{
    const BoundaryMeaning meaning = problem.explainBoundary ? problem.explainBoundary(trend, result.parameters) : BoundaryMeaning{};
    result.atBoundary = true;
    result.reason = lead;
    if (!meaning.meaning.empty())
        result.reason += " " + meaning.meaning;
    result.hint = meaning.hint.empty() ? "Try another model, a longer calibration window or more customers."
                                       : meaning.hint;
    if (problem.customers < 100.0)
        result.hint += " With only " + formatted(problem.customers)
            + " customers the data are too thin to fit a population model.";
}

// Standard errors by the delta method from the curvature in log-parameters, and intervals
// that stay positive: exp(log p -/+ z se(log p)).
void attachUncertainty(FitResult &result, const optimality::LocalShape &shape)
{
    const std::size_t n = result.parameters.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    result.standardErrors.assign(n, nan);
    result.confidenceLow.assign(n, nan);
    result.confidenceHigh.assign(n, nan);
    optimality::Matrix inverse;
    const double scale = result.customers > 0.0 ? result.customers : 1.0;
    if (!shape.finite || !optimality::inversePositiveDefinite(shape.curvature, inverse))
        return;
    for (std::size_t i = 0; i < n; ++i) {
        const double variance = inverse[i][i] / scale;
        if (!(variance > 0.0) || !std::isfinite(variance))
            continue;
        const double se = std::sqrt(variance);
        result.standardErrors[i] = result.parameters[i] * se;
        result.confidenceLow[i] = result.parameters[i] * std::exp(-kZ95 * se);
        result.confidenceHigh[i] = result.parameters[i] * std::exp(kZ95 * se);
    }
}

// A maximum whose standard errors exceed the estimates is a ridge in all but name.
void refuseLooseEstimates(FitResult &result, const LikelihoodProblem &problem, const optimality::Polished &p)
{
    std::string loose;
    for (std::size_t i = 0; i < result.parameters.size(); ++i) {
        if (std::isfinite(result.standardErrors[i]) && result.standardErrors[i] <= result.parameters[i])
            continue;
        loose += (loose.empty() ? "" : ", ") + problem.parameterNames[i] + " = " + formatted(result.parameters[i])
            + " (s.e. " + formatted(result.standardErrors[i]) + ")";
    }
    if (loose.empty())
        return;
    result.converged = false;
    const std::vector<int> trend = trendOf(optimality::risingDirection(p.shape, p.y), p.y);
    explainBoundary(result, problem, trend,
                    "The data barely pin down the model: the standard error exceeds the estimate for " + loose
                        + ", so the likelihood is nearly flat towards a boundary.");
}

} // namespace lodestar::fitverdict
