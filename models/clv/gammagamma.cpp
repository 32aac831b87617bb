#include "models/clv/gammagamma.h"

#include "models/clv/specialfunctions.h"

#include <cmath>
#include <limits>

namespace lodestar {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Terms that depend on the parameters and x only; rows come sorted by x.
struct FrequencyTerms
{
    double x = -1.0;
    double constant = 0.0; // lnG(px+q) - lnG(px) + px ln x
    double psiPXQ = 0.0, psiPX = 0.0, logX = 0.0;

    void update(double newX, const GammaGammaParameters &g, bool withGradient)
    {
        x = newX;
        logX = std::log(x);
        const double px = g.p * x;
        constant = special::lgamma(px + g.q) - special::lgamma(px) + px * logX;
        if (withGradient) {
            psiPXQ = special::digamma(px + g.q);
            psiPX = special::digamma(px);
        }
    }
};

std::vector<std::vector<double>> startingPoints(const std::vector<SpendRow> &rows)
{
    double weight = 0.0, sum = 0.0;
    for (const SpendRow &row : rows) {
        if (row.x <= 0.0)
            continue;
        weight += row.weight;
        sum += row.weight * row.meanValue;
    }
    // E[Z] = p gamma / (q - 1) should start near the observed mean spend.
    const double mean = sum / weight;
    return {{1.0, 2.0, mean}, {5.0, 3.0, 0.4 * mean}, {0.5, 5.0, 8.0 * mean}};
}

// trend: p, q, gamma. A customer's mean spend is p / nu with nu ~ Gamma(q, gamma).
BoundaryMeaning explainBoundary(const std::vector<int> &t, const std::vector<double> &)
{
    const std::string hint = "Expected spend falls back to each customer's observed mean; check the spend data for "
                             "outliers and refunds, or use more repeat customers.";
    if (t[1] > 0 && t[2] > 0)
        return {"Every customer looks to have the same average spend: the data show no spread between customers to "
                "estimate.", hint};
    if (t[1] < 0)
        return {"Spend per customer has so heavy a tail that its mean is not finite.", hint};
    if (t[0] > 0)
        return {"Each customer's transactions look to have exactly the same value.", hint};
    return {"The spread of spend between transactions is too wide for the data to pin down.", hint};
}

} // namespace

GammaGammaModel::GammaGammaModel(const GammaGammaParameters &parameters) : m_p(parameters) {}

namespace {

// A repeat customer with log(zbar) computed once per fit instead of once per evaluation.
struct PreparedRow
{
    double x, meanValue, logMean, weight;
};

std::vector<PreparedRow> prepare(const std::vector<SpendRow> &rows)
{
    std::vector<PreparedRow> out;
    out.reserve(rows.size());
    for (const SpendRow &row : rows)
        if (row.x > 0.0)
            out.push_back({row.x, row.meanValue, std::log(row.meanValue), row.weight});
    return out;
}

double preparedLogLikelihood(const GammaGammaParameters &g, const std::vector<PreparedRow> &rows, double *gradient)
{
    if (!(g.p > 0.0 && g.q > 0.0 && g.gamma > 0.0 && std::isfinite(g.p * g.q * g.gamma)))
        return kNaN;
    const bool withGradient = gradient != nullptr;
    const double lgQ = special::lgamma(g.q), logGamma = std::log(g.gamma);
    const double psiQ = withGradient ? special::digamma(g.q) : 0.0;
    FrequencyTerms ft;
    double ll = 0.0, gP = 0.0, gQ = 0.0, gG = 0.0;
    for (const PreparedRow &row : rows) {
        if (row.x != ft.x)
            ft.update(row.x, g, withGradient);
        // Fader & Hardie (2013) eq. 5, density of the mean zbar of x transactions:
        // G(px+q) / (G(px) G(q)) gamma^q zbar^(px-1) x^(px) / (gamma + x zbar)^(px+q).
        const double px = g.p * row.x;
        const double total = g.gamma + row.x * row.meanValue;
        const double logTotal = std::log(total);
        ll += row.weight * (ft.constant - lgQ + g.q * logGamma + (px - 1.0) * row.logMean - (px + g.q) * logTotal);
        if (withGradient) {
            gP += row.weight * row.x * (ft.psiPXQ - ft.psiPX + row.logMean + ft.logX - logTotal);
            gQ += row.weight * (ft.psiPXQ - psiQ + logGamma - logTotal);
            gG += row.weight * (g.q / g.gamma - (px + g.q) / total);
        }
    }
    if (withGradient) {
        gradient[0] = gP;
        gradient[1] = gQ;
        gradient[2] = gG;
    }
    return ll;
}

} // namespace

double GammaGammaModel::logLikelihood(const GammaGammaParameters &g, const std::vector<SpendRow> &rows,
                                      double *gradient)
{
    return preparedLogLikelihood(g, prepare(rows), gradient);
}

FitResult GammaGammaModel::fit(const std::vector<SpendRow> &input, const FitOptions &options)
{
    if (const char *problem = validateSpendRows(input))
        return failedFit(GammaGammaParameters::names(), GammaGammaParameters().toVector(), problem);
    // Sorted by x (compressSpendRows) so the x-dependent gamma functions run once per x.
    const std::vector<SpendRow> sorted = compressSpendRows(input);
    const std::vector<PreparedRow> rows = prepare(sorted);
    LikelihoodProblem problem;
    problem.parameterNames = GammaGammaParameters::names();
    problem.hasGradient = true;
    for (const PreparedRow &row : rows)
        problem.customers += row.weight;
    problem.startingPoints = startingPoints(sorted);
    problem.explainBoundary = explainBoundary;
    problem.logLikelihood = [&rows](const std::vector<double> &v, std::vector<double> *gradient) {
        return preparedLogLikelihood(GammaGammaParameters::fromVector(v), rows, gradient ? gradient->data() : nullptr);
    };
    FitResult result = maximiseLikelihood(problem, options);
    if (result.converged && result.parameters.at(1) <= 1.0) {
        result.converged = false;
        result.reason = "The spend model fitted q = " + std::to_string(result.parameters.at(1))
            + " <= 1: spend per customer has so heavy a tail that the expected spend per transaction is not finite.";
        result.hint = "Expected spend falls back to each customer's observed mean; check the spend data for outliers "
                      "and refunds.";
        result.message = result.reason + " " + result.hint;
    }
    return result;
}

double GammaGammaModel::populationMeanSpend() const
{
    // Fader & Hardie (2013) eq. 2: E[Z] = p gamma / (q - 1), finite only for q > 1.
    return hasFiniteMean() ? m_p.p * m_p.gamma / (m_p.q - 1.0) : std::numeric_limits<double>::infinity();
}

double GammaGammaModel::conditionalExpectedSpend(double x, double meanValue) const
{
    // Fader & Hardie (2013) eq. 6: a weighted mean of the population mean and the customer's
    // own mean zbar, p (gamma + x zbar) / (p x + q - 1).
    if (!hasFiniteMean())
        return std::numeric_limits<double>::infinity();
    if (x <= 0.0)
        return populationMeanSpend();
    return m_p.p * (m_p.gamma + x * meanValue) / (m_p.p * x + m_p.q - 1.0);
}

void GammaGammaModel::conditionalExpectedSpend(const std::vector<double> &x, const std::vector<double> &meanValue,
                                               std::vector<double> &out) const
{
    out.resize(x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        out[i] = conditionalExpectedSpend(x[i], i < meanValue.size() ? meanValue[i] : 0.0);
}

} // namespace lodestar
