#include "models/clv/hypergeometric.h"

#include "models/clv/vectormath.h"

#include <boost/math/quadrature/gauss.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace lodestar {

namespace {
constexpr double kEpsilon = 1e-15;
// Terms shrink like z^k; z = 0.9999 needs ~350,000 of them, beyond which we stop and say so.
constexpr int kMaxTerms = 500000;
// Past this many power-series terms the expansion around z = 1 is the cheaper form: it needs a few
// dozen terms however close z is to 1 (Pareto/NBD with beta a thousand times alpha on weekly
// data: 15,000 terms per pair, 20 ms per likelihood, before it was used).
constexpr std::size_t kSeriesTermsBeforeExpansion = 1000;

// lgamma_r: std::lgamma writes the global signgam, and the as-of valuations fit in parallel.
double logGamma(double x, int *sign = nullptr)
{
    int s = 0;
    const double value = ::lgamma_r(x, &s);
    if (sign)
        *sign = s;
    return value;
}

// The number of terms K the power series of 2F1(1, b; c; z) needs, or some value above cap.
// Every ratio of successive terms is below z, so the tail after term K is below term_K z / (1 - z);
// stop where that is under 1e-16 of the sum (which is at least 1). term_K = (b)_K / (c)_K z^K
// falls with K, so the first K that passes is found by doubling then bisecting, with the
// coefficient from log-gamma functions: a probe costs a few lgamma() calls, not K divisions.
std::size_t unitSeriesTerms(double b, double c, double z, std::size_t cap)
{
    if (!(z > 0.0))
        return 0;
    const double logBound = std::log(1e-16 * (1.0 - z));
    const double logZ = std::log(z);
    const double logStart = logGamma(c) - logGamma(b);
    const auto small = [&](std::size_t k) {
        const double n = double(k);
        return logStart + logGamma(b + n) - logGamma(c + n) + n * logZ <= logBound;
    };
    std::size_t high = 1;
    while (!small(high)) {
        if (high > cap)
            return high;
        high *= 2;
    }
    std::size_t low = high / 2; // not small (or 0)
    while (high - low > 1) {
        const std::size_t mid = low + (high - low) / 2;
        (small(mid) ? high : low) = mid;
    }
    return high;
}

// log 2F1(1, b; c; z) near z = 1 (w = 1 - z) by A&S 15.3.6 with a = 1, d = c - 1 - b:
//   2F1(1, b; c; z) = (c - 1) / d  2F1(1, b; 1 - d; w)  +  G(c) G(-d) / G(b)  w^d  z^(1 - c)
// (the second hypergeometric function of 15.3.6 is 2F1(c-1, d+1; d+1; w) = z^(1-c)). The series
// in w needs a few dozen terms where the one in z needs thousands. Both parts grow like
// 1 / |d - n| as d nears an integer n and cancel; they also cancel once z^(1-c) is large. So it
// answers only for w < 0.02, d at least 1e-3 from an integer and z^(1-c) below e^3, where a
// 50-digit evaluation agrees to 4e-12 (tests); NaN elsewhere, for the caller's other forms.
double logUnitNearOne(double b, double c, double w)
{
    const double d = c - 1.0 - b;
    const double logZ = std::log1p(-w);
    if (!(w > 0.0 && w < 0.02) || std::abs(d - std::nearbyint(d)) < 1e-3 || (c - 1.0) * -logZ > 3.0)
        return std::numeric_limits<double>::quiet_NaN();
    // Terms (b)_k / (1 - d)_k w^k change sign while 1 - d + k < 0; once it is positive, every later
    // ratio (b + k) / (1 - d + k) w is at most max(this ratio, w), which bounds the tail.
    double term = 1.0;
    double sum = 1.0;
    for (int k = 0; k < kMaxTerms; ++k) {
        const double denominator = 1.0 - d + k;
        term *= (b + k) / denominator * w;
        sum += term;
        if (denominator > 0.0) {
            const double next = std::max((b + k + 1.0) / (denominator + 1.0) * w, w);
            if (next < 1.0 && std::abs(term) * next / (1.0 - next) <= 1e-17 * std::abs(sum))
                break;
        }
    }
    int signC = 0, signMinusD = 0, signB = 0;
    const double logSecond = logGamma(c, &signC) + logGamma(-d, &signMinusD) - logGamma(b, &signB) + d * std::log(w)
        + (1.0 - c) * logZ;
    const double value = (c - 1.0) / d * sum + double(signC * signMinusD * signB) * std::exp(logSecond);
    return value > 0.0 ? std::log(value) : std::numeric_limits<double>::quiet_NaN();
}

// log of the power series, to 1e-15 of the sum or kMaxTerms terms.
double logUnitSeries(double b, double c, double z)
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

// 16-point Gauss-Legendre on [-1, 1], from Boost's tables (which hold the non-negative half).
struct GaussLegendre16
{
    std::array<double, 16> nodes{};
    std::array<double, 16> weights{};
};

const GaussLegendre16 &gaussLegendre16()
{
    static const GaussLegendre16 rule = [] {
        using Gauss = boost::math::quadrature::gauss<double, 16>;
        GaussLegendre16 r;
        for (std::size_t i = 0; i < 8; ++i) {
            r.nodes[2 * i] = Gauss::abscissa()[i];
            r.nodes[2 * i + 1] = -Gauss::abscissa()[i];
            r.weights[2 * i] = r.weights[2 * i + 1] = Gauss::weights()[i];
        }
        return r;
    }();
    return rule;
}

// log 2F1(1, b; c; z) from Euler's integral, for z near 1 where the expansion around 1 cancels
// (d = c - 1 - b near an integer). With 1 - u = e^-v in (c - 1) int_0^1 (1 - u)^(c-2) (1 - z u)^-b du
// and the integral split where e^-v = w (v = L = -ln w, p = L - v below, p = v - L above):
//   2F1 = (c - 1) w^d z^-b [ H + y^b 2F1(1, b; c; y) / (c - 1) ],  y = z / (1 + z),
//   H = int_0^L e^(d p) (1 + e^-p / z)^-b dp.
// The part above L became a 2F1 at y ~ 1/2 (Pfaff's transformation: a short power series). H's
// integrand is smooth on the scale of 1 in p whatever b (a step near p = ln b, singularities at
// Im p = +-pi), so 16-point Gauss-Legendre panels of width 3 take it to ln b + 4; beyond, the
// binomial series of (1 + e^-p / z)^-b integrates term by term, each e^((d-j) p) in a form that
// stays exact as d - j goes to 0. No part cancels: 6e-14 of a 50-digit evaluation for b up to
// 500 and w down to 1e-15 (tests), about 40 integrand values, computed two at a time (libmvec).
double logUnitBySplitIntegral(double b, double c, double w)
{
    const double d = c - 1.0 - b, z = 1.0 - w, L = -std::log(w);
    const double head = std::min(L, std::max(2.0, std::log(std::max(b, 1.0)) + 4.0));
    const GaussLegendre16 &rule = gaussLegendre16();
    double h = 0.0;
    const int panels = static_cast<int>(std::ceil(head / 3.0));
    for (int i = 0; i < panels; ++i) {
        const double half = head / (2.0 * panels), middle = head * (2 * i + 1) / (2.0 * panels);
        double sum = 0.0;
#pragma omp simd reduction(+ : sum)
        for (std::size_t k = 0; k < rule.nodes.size(); ++k) {
            const double p = middle + half * rule.nodes[k];
            sum += rule.weights[k] * std::exp(d * p - b * std::log1p(std::exp(-p) / z));
        }
        h += half * sum;
    }
    // Above the head e^-p / z < e^-4 / b: (1 + e^-p / z)^-b = sum_j (b)_j / j! (-e^-p / z)^j, and
    // int e^((d-j) p) dp over [head, L] = e^((d-j) head) (e^((d-j) l) - 1) / (d - j), l = L - head.
    const double l = L - head;
    if (l > 0.0) {
        const auto growth = [l](double rate) {
            const double x = rate * l;
            return x == 0.0 ? l : std::expm1(x) / rate;
        };
        double coefficient = 1.0; // (b)_j / j! (-1/z)^j
        for (int j = 0; j < 200; ++j) {
            if (j > 0)
                coefficient *= -(b + j - 1.0) / (j * z);
            const double piece = coefficient * std::exp((d - j) * head) * growth(d - j);
            h += piece;
            if (j > 0 && std::abs(piece) <= 1e-17 * std::abs(h))
                break;
        }
    }
    const double y = z / (1.0 + z);
    const double above = std::exp(b * std::log(y) + logUnitSeries(b, c, y)) / (c - 1.0);
    return std::log(c - 1.0) + d * std::log(w) - b * std::log1p(-w) + std::log(h + above);
}

// log 2F1(1, b; c; z) where its power series needs more than kSeriesTermsBeforeExpansion terms:
// the expansion around 1 where it holds, else the split integral.
double logUnitNearOneAnyGap(double b, double c, double w)
{
    const double nearOne = logUnitNearOne(b, c, w);
    return std::isfinite(nearOne) ? nearOne : logUnitBySplitIntegral(b, c, w);
}

} // namespace

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

double logHypergeometric2F1Unit(double b, double c, double z, double w)
{
    return unitSeriesTerms(b, c, z, kSeriesTermsBeforeExpansion) <= kSeriesTermsBeforeExpansion
        ? logUnitSeries(b, c, z)
        : logUnitNearOneAnyGap(b, c, w);
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

double UnitSeriesBatch::horner(double z, std::size_t terms)
{
    extendTo(terms);
    double sum = m_coefficients[terms];
    for (std::size_t k = terms; k-- > 0;)
        sum = sum * z + m_coefficients[k];
    return std::log(sum);
}

void UnitSeriesBatch::evaluate(const double *z, const double *w, std::size_t n, double *out)
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
        const std::size_t terms = unitSeriesTerms(m_b, m_c, largest, kSeriesTermsBeforeExpansion);
        if (terms > kSeriesTermsBeforeExpansion) {
            // Some z of these eight is near 1: each takes the form that suits it.
            for (std::size_t j = 0; j < count; ++j)
                out[begin + j] = evaluateOne(lane[j], w[begin + j]);
            continue;
        }
        extendTo(terms);
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

double UnitSeriesBatch::evaluateOne(double z, double w)
{
    const std::size_t terms = unitSeriesTerms(m_b, m_c, z, kSeriesTermsBeforeExpansion);
    return terms <= kSeriesTermsBeforeExpansion ? horner(z, terms) : logUnitNearOneAnyGap(m_b, m_c, w);
}

} // namespace lodestar
