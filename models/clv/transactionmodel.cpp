#include "models/clv/transactionmodel.h"

namespace lodestar {

void TransactionModel::expectedTransactionsByPeriod(const std::vector<RepeatPurchaseRow> &rows,
                                                    double periodLength, int periods,
                                                    std::vector<double> &out) const
{
    // Differences of the conditional expectation at the period ends (FHL 2005 eq. 10 or its
    // Pareto/NBD counterpart); models with a cheaper route override this.
    const std::size_t n = periods > 0 ? static_cast<std::size_t>(periods) : 0;
    out.assign(rows.size() * n, 0.0);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        double previous = 0.0;
        for (std::size_t k = 0; k < n; ++k) {
            const double cumulative = conditionalExpectedTransactions(rows[i], periodLength * double(k + 1));
            out[i * n + k] = cumulative - previous;
            previous = cumulative;
        }
    }
}

void TransactionModel::probabilityAlive(const std::vector<RepeatPurchaseRow> &rows, std::vector<double> &out) const
{
    out.resize(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        out[i] = probabilityAlive(rows[i]);
}

} // namespace lodestar
