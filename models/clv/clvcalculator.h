#pragma once

// Turning expected transactions and spend into money: discounting and the simple formula.

#include <vector>

namespace lodestar {

/// 1 / (1 + monthlyRate)^i for months i = 1..months (index 0 is month 1).
std::vector<double> monthlyDiscountFactors(double monthlyRate, int months);

/// Discounted expected margin over the horizon, as lifetimes' customer_lifetime_value
/// (lifetimes/utils.py, _customer_lifetime_value): for each month i of the horizon,
/// expected transactions in month i × expected spend × margin / (1 + monthly rate)^i.
/// expectedByMonth holds factors.size() values, one per month.
double discountedMargin(const double *expectedByMonth, const std::vector<double> &factors, double expectedSpend,
                        double margin);

/// The textbook simple CLV (e.g. Gupta & Lehmann 2003, "Customers as assets", with retention
/// r = 1 - churn and no discounting): yearly revenue × margin ÷ annual churn. Zero when churn
/// is not positive, so a sample without churn never yields an infinite value.
double simpleFormulaClv(double yearlyRevenue, double margin, double annualChurn);

} // namespace lodestar
