#include "models/clv/hypergeometric.h"

#include <cmath>
#include <limits>

namespace lodestar {

namespace {
constexpr double kEpsilon = 1e-15;
// Terms shrink like z^k; z = 0.9999 needs ~350,000 of them, beyond which we stop and say so.
constexpr int kMaxTerms = 500000;
}

SeriesValue hypergeometric2F1(double a, double b, double c, double z)
{
    // c = 0, -1, -2, ... is a pole of every term after the first.
    const bool cAtPole = c <= 0.0 && c == std::floor(c);
    if (!(z >= 0.0 && z < 1.0) || cAtPole)
        return {std::numeric_limits<double>::quiet_NaN(), false};
    double term = 1.0;
    double sum = 1.0;
    for (int k = 0; k < kMaxTerms; ++k) {
        term *= (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
        sum += term;
        // A zero factor (a or b a non-positive integer) ends the series exactly.
        if (term == 0.0)
            return {sum, true};
        // Stop only once terms shrink geometrically, so a temporary dip cannot end the sum.
        const double ratio = std::abs((a + k + 1) * (b + k + 1) / ((c + k + 1) * (k + 2.0)) * z);
        if (ratio < 1.0 && std::abs(term) <= kEpsilon * std::abs(sum) * (1.0 - ratio))
            return {sum, std::isfinite(sum)};
    }
    return {sum, false};
}

double logHypergeometric2F1Unit(double b, double c, double z)
{
    // Terms t_k = (b)_k / (c)_k z^k: positive and each ratio (b + k) / (c + k) z < z < 1,
    // so the tail after t_k is below t_k * q / (1 - q) with q the next ratio.
    double term = 1.0;
    double sum = 1.0;
    for (int k = 0; k < kMaxTerms; ++k) {
        const double ratio = (b + k) / (c + k) * z;
        term *= ratio;
        sum += term;
        if (term <= kEpsilon * sum * (1.0 - ratio))
            break;
    }
    return std::log(sum);
}

} // namespace lodestar
