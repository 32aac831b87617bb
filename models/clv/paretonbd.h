#pragma once

// Pareto/NBD model: Schmittlein, Morrison & Colombo (1987), "Counting your customers: who are
// they and what will they do next?", Management Science 33(1); expressions as derived in
// Fader & Hardie (2005), "A note on deriving the Pareto/NBD model and related expressions".

#include "models/clv/modelfit.h"
#include "models/clv/rfmsummary.h"
#include "models/clv/transactionmodel.h"

#include <vector>

namespace lodestar {

/// Purchase rate lambda ~ Gamma(r, alpha); drop-out rate mu ~ Gamma(s, beta).
struct ParetoNbdParameters
{
    double r = 1.0;
    double alpha = 1.0;
    double s = 1.0;
    double beta = 1.0;

    std::vector<double> toVector() const { return {r, alpha, s, beta}; }
    static ParetoNbdParameters fromVector(const std::vector<double> &v) { return {v.at(0), v.at(1), v.at(2), v.at(3)}; }
    static std::vector<std::string> names() { return {"r", "alpha", "s", "beta"}; }
};

class ParetoNbdModel final : public TransactionModel
{
public:
    explicit ParetoNbdModel(const ParetoNbdParameters &parameters);

    /// Maximum-likelihood fit (derivative-free search on log-parameters, then polished).
    static FitResult fit(const std::vector<RepeatPurchaseRow> &rows, const FitOptions &options = {});
    /// Log-likelihood of one customer (Fader & Hardie 2005 note, eq. 22); finite for large x.
    static double logLikelihood(const ParetoNbdParameters &p, const RepeatPurchaseRow &row);
    /// Weighted sum over rows.
    static double logLikelihood(const ParetoNbdParameters &p, const std::vector<RepeatPurchaseRow> &rows);

    const ParetoNbdParameters &paretoNbdParameters() const { return m_p; }

    std::string name() const override { return "pareto-nbd"; }
    std::vector<std::string> parameterNames() const override { return ParetoNbdParameters::names(); }
    std::vector<double> parameters() const override { return m_p.toVector(); }
    double logLikelihood(const std::vector<RepeatPurchaseRow> &rows) const override;
    double probabilityAlive(const RepeatPurchaseRow &row) const override;
    double conditionalExpectedTransactions(const RepeatPurchaseRow &row, double t) const override;
    double expectedTransactions(double t) const override;
    void expectedTransactionsByPeriod(const std::vector<RepeatPurchaseRow> &rows, double periodLength,
                                      int periods, std::vector<double> &out) const override;
    using TransactionModel::probabilityAlive;

private:
    ParetoNbdParameters m_p;
};

} // namespace lodestar
