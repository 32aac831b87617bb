#pragma once

// Gamma-Gamma model of spend per transaction: Fader & Hardie (2013), "The Gamma-Gamma model
// of monetary value" (note); Fader, Hardie & Lee (2005), "RFM and CLV", JMR 42(4).

#include "models/clv/modelfit.h"
#include "models/clv/rfmsummary.h"

#include <vector>

namespace lodestar {

/// Transaction value z ~ Gamma(p, nu); nu ~ Gamma(q, gamma). lifetimes calls gamma "v".
struct GammaGammaParameters
{
    double p = 1.0;
    double q = 1.0;
    double gamma = 1.0;

    std::vector<double> toVector() const { return {p, q, gamma}; }
    static GammaGammaParameters fromVector(const std::vector<double> &v) { return {v.at(0), v.at(1), v.at(2)}; }
    static std::vector<std::string> names() { return {"p", "q", "gamma"}; }
};

class GammaGammaModel
{
public:
    explicit GammaGammaModel(const GammaGammaParameters &parameters);

    /// Maximum-likelihood fit over repeat customers (x > 0); rows with x <= 0 are ignored.
    /// A fit with q <= 1 (no finite mean spend) is reported as not converged.
    static FitResult fit(const std::vector<SpendRow> &rows, const FitOptions &options = {});
    /// Weighted log-likelihood and gradient in natural parameters (gradient may be null).
    static double logLikelihood(const GammaGammaParameters &p, const std::vector<SpendRow> &rows,
                                double *gradient = nullptr);

    const GammaGammaParameters &parameters() const { return m_p; }
    /// False when q <= 1: the population mean spend is infinite and predictions are unusable.
    bool hasFiniteMean() const { return m_p.q > 1.0; }
    /// E[Z] for a new customer: p gamma / (q - 1).
    double populationMeanSpend() const;
    /// E[Z | x, zbar]: the customer's expected average transaction value (x = 0 gives the mean).
    double conditionalExpectedSpend(double x, double meanValue) const;
    /// Vectorised form: out[i] for (x[i], meanValue[i]).
    void conditionalExpectedSpend(const std::vector<double> &x, const std::vector<double> &meanValue,
                                  std::vector<double> &out) const;

private:
    GammaGammaParameters m_p;
};

} // namespace lodestar
