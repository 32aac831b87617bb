#pragma once

// What the engine needs from a fitted transaction model (BG/NBD or Pareto/NBD), so the CLV
// code does not care which one the definition chose.

#include "models/clv/rfmsummary.h"

#include <string>
#include <vector>

namespace lodestar {

class TransactionModel
{
public:
    virtual ~TransactionModel() = default;

    virtual std::string name() const = 0;                        ///< "bgnbd" or "pareto-nbd"
    virtual std::vector<std::string> parameterNames() const = 0;
    virtual std::vector<double> parameters() const = 0;

    /// Weighted log-likelihood of the rows (papers' scale).
    virtual double logLikelihood(const std::vector<RepeatPurchaseRow> &rows) const = 0;
    /// P(alive at T | x, t_x, T).
    virtual double probabilityAlive(const RepeatPurchaseRow &row) const = 0;
    /// E[Y(t) | x, t_x, T]: expected transactions in (T, T + t].
    virtual double conditionalExpectedTransactions(const RepeatPurchaseRow &row, double t) const = 0;
    /// E[X(t)] for a new customer: expected repeat transactions in (0, t].
    virtual double expectedTransactions(double t) const = 0;

    /// Expected transactions in each of `periods` consecutive periods of length periodLength
    /// after T: out[i * periods + k] is for row i and period (T + k*len, T + (k+1)*len].
    /// This is what month-by-month discounting needs; one call for all customers so the
    /// model can share work between rows with equal (x, T).
    virtual void expectedTransactionsByPeriod(const std::vector<RepeatPurchaseRow> &rows,
                                              double periodLength, int periods,
                                              std::vector<double> &out) const;
    /// P(alive) for every row, out[i] for rows[i].
    virtual void probabilityAlive(const std::vector<RepeatPurchaseRow> &rows,
                                  std::vector<double> &out) const;
};

} // namespace lodestar
