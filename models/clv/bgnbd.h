#pragma once

// BG/NBD model: Fader, Hardie & Lee (2005), "Counting your customers the easy way: an
// alternative to the Pareto/NBD model", Marketing Science 24(2), 275-284; and its modification
// MBG/NBD: Batislam, Denizel & Filiztekin (2007), "Empirical validation and comparison of models
// for customer base analysis", International Journal of Research in Marketing 24(3), 201-209.

#include "models/clv/modelfit.h"
#include "models/clv/rfmsummary.h"
#include "models/clv/transactionmodel.h"

#include <vector>

namespace lodestar {

/// Purchase rate lambda ~ Gamma(r, alpha); drop-out after each repeat purchase p ~ Beta(a, b).
struct BgNbdParameters
{
    double r = 1.0;
    double alpha = 1.0;
    double a = 1.0;
    double b = 1.0;

    std::vector<double> toVector() const { return {r, alpha, a, b}; }
    static BgNbdParameters fromVector(const std::vector<double> &v) { return {v.at(0), v.at(1), v.at(2), v.at(3)}; }
    static std::vector<std::string> names() { return {"r", "alpha", "a", "b"}; }
};

/// When a customer may drop out. BG/NBD: after each repeat purchase, so a customer who never came
/// back (x = 0) is alive for sure. MBG/NBD: also right after the first purchase, so one-time buyers
/// can be lost too. The two share everything else, and MBG/NBD's formulas are BG/NBD's with b + 1 in
/// the drop-out terms, which is how this one class computes both.
enum class DropOut { AfterRepeatPurchases, AlsoAfterTheFirst };

class BgNbdModel final : public TransactionModel
{
public:
    explicit BgNbdModel(const BgNbdParameters &parameters, DropOut dropOut = DropOut::AfterRepeatPurchases);

    /// Maximum-likelihood fit (analytic gradient, L-BFGS on log-parameters).
    static FitResult fit(const std::vector<RepeatPurchaseRow> &rows, const FitOptions &options = {},
                         DropOut dropOut = DropOut::AfterRepeatPurchases);
    /// Weighted log-likelihood and its gradient in natural parameters (gradient may be null).
    static double logLikelihood(const BgNbdParameters &p, const std::vector<RepeatPurchaseRow> &rows,
                                double *gradient = nullptr, DropOut dropOut = DropOut::AfterRepeatPurchases);

    const BgNbdParameters &bgNbdParameters() const { return m_p; }

    std::string name() const override { return m_dropOut == DropOut::AlsoAfterTheFirst ? "mbgnbd" : "bgnbd"; }
    std::vector<std::string> parameterNames() const override { return BgNbdParameters::names(); }
    std::vector<double> parameters() const override { return m_p.toVector(); }
    double logLikelihood(const std::vector<RepeatPurchaseRow> &rows) const override;
    double probabilityAlive(const RepeatPurchaseRow &row) const override;
    double conditionalExpectedTransactions(const RepeatPurchaseRow &row, double t) const override;
    double expectedTransactions(double t) const override;
    void expectedTransactionsByPeriod(const std::vector<RepeatPurchaseRow> &rows, double periodLength,
                                      int periods, std::vector<double> &out) const override;
    using TransactionModel::probabilityAlive;

    /// P(X(t) = n) for a new customer (FHL 2005 eq. 8; for MBG/NBD, Batislam et al. 2007).
    double probabilityOfTransactions(int n, double t) const;
    /// E[transactions in (t, t + t] | alive at T], the part of the conditional expectation
    /// that depends on (x, T) only.
    double expectedTransactionsIfAlive(double x, double T, double t) const;

private:
    BgNbdParameters m_p;
    DropOut m_dropOut;
};

} // namespace lodestar
