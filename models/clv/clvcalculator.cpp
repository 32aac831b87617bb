#include "clvcalculator.h"

#include <cmath>

namespace lodestar {

std::vector<double> monthlyDiscountFactors(double monthlyRate, int months)
{
    std::vector<double> factors(months > 0 ? static_cast<std::size_t>(months) : 0);
    double factor = 1.0;
    for (double &f : factors) {
        factor /= 1.0 + monthlyRate;
        f = factor;
    }
    return factors;
}

double discountedMargin(const double *expectedByMonth, const std::vector<double> &factors, double expectedSpend,
                        double margin)
{
    double transactions = 0.0;
    for (std::size_t i = 0; i < factors.size(); ++i)
        transactions += expectedByMonth[i] * factors[i];
    return transactions * expectedSpend * margin;
}

double simpleFormulaClv(double yearlyRevenue, double margin, double annualChurn)
{
    if (!(annualChurn > 0.0) || !std::isfinite(yearlyRevenue))
        return 0.0;
    return yearlyRevenue * margin / annualChurn;
}

} // namespace lodestar
