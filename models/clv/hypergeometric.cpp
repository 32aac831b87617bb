#include "models/clv/hypergeometric.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lodestar {

namespace {
constexpr double kEpsilon = 1e-15;
// Terms shrink like z^k; z = 0.9999 needs ~350,000 of them, beyond which we stop and say so.
constexpr int kMaxTerms = 500000;
// The batch serves the likelihood inside a fit. Past this many terms (z above ~0.999, i.e. one of
// Pareto/NBD's alpha and beta over a thousand times the other) it gives NaN, which the fit treats
// as outside the admissible region: such points are the no-drop-out / instant-drop-out boundary,
// and summing half a million terms per point there made a hopeless fit run into its clock limit.
constexpr std::size_t kMaxBatchTerms = 50000;
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

void UnitSeriesBatch::reset(double b, double c)
{
    m_b = b;
    m_c = c;
    m_coefficients.assign(1, 1.0);
}

void UnitSeriesBatch::extendTo(std::size_t terms)
{
    // (b)_k / (c)_k = (b)_(k-1) / (c)_(k-1) * (b + k - 1) / (c + k - 1)
    for (std::size_t k = m_coefficients.size(); k <= terms; ++k)
        m_coefficients.push_back(m_coefficients.back() * (m_b + double(k - 1)) / (m_c + double(k - 1)));
}

std::size_t UnitSeriesBatch::termsFor(double z)
{
    // Every ratio of successive terms is below z, so the tail after term K is below
    // term_K z / (1 - z); stop where that is under 1e-16 of the sum (which is at least 1).
    // term_K = coefficient_K z^K falls with K, so the first K that passes is found by doubling
    // then bisecting. The coefficient comes from log-gamma functions, so no coefficient is made
    // for a probe: a z that needs more than the cap costs a few lgamma() calls, not 50,000 divisions
    // (the hopeless points of a Pareto/NBD fit on thin data spent 93% of their time there).
    if (!(z > 0.0))
        return 0;
    const double logBound = std::log(1e-16 * (1.0 - z));
    const double logZ = std::log(z);
    // lgamma_r: std::lgamma writes the global signgam, and the as-of valuations fit in parallel.
    const auto logGamma = [](double x) {
        int sign = 0;
        return ::lgamma_r(x, &sign);
    };
    const double logStart = logGamma(m_c) - logGamma(m_b);
    const auto small = [&](std::size_t k) {
        const double n = double(k);
        return logStart + logGamma(m_b + n) - logGamma(m_c + n) + n * logZ <= logBound;
    };
    std::size_t high = 1;
    while (!small(high)) {
        if (high > kMaxBatchTerms)
            return high;
        high *= 2;
    }
    std::size_t low = high / 2; // not small (or 0)
    while (high - low > 1) {
        const std::size_t mid = low + (high - low) / 2;
        (small(mid) ? high : low) = mid;
    }
    if (high >= m_coefficients.size())
        extendTo(high);
    return high;
}

void UnitSeriesBatch::evaluate(const double *z, std::size_t n, double *out)
{
    // Eight independent Horner chains: one chain is bound by the multiply-add's latency, eight
    // keep the vector units busy (pairs of one purchase count have similar z, so similar lengths).
    constexpr std::size_t kLanes = 8;
    for (std::size_t begin = 0; begin < n; begin += kLanes) {
        double lane[kLanes] = {};
        const std::size_t count = std::min(kLanes, n - begin);
        double largest = 0.0;
        for (std::size_t j = 0; j < count; ++j) {
            lane[j] = z[begin + j];
            largest = std::max(largest, lane[j]);
        }
        const std::size_t terms = termsFor(largest);
        if (terms > kMaxBatchTerms) {
            for (std::size_t j = 0; j < count; ++j)
                out[begin + j] = std::numeric_limits<double>::quiet_NaN();
            continue;
        }
        const double *c = m_coefficients.data();
        double sum[kLanes];
        for (std::size_t j = 0; j < kLanes; ++j)
            sum[j] = c[terms];
        for (std::size_t k = terms; k-- > 0;)
            for (std::size_t j = 0; j < kLanes; ++j)
                sum[j] = sum[j] * lane[j] + c[k];
        for (std::size_t j = 0; j < count; ++j)
            out[begin + j] = std::log(sum[j]);
    }
}

} // namespace lodestar
