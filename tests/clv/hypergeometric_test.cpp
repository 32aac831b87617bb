#include "models/clv/hypergeometric.h"

// Boost 1.74's pFq header uses lgamma and expm1 without including them.
#include <boost/math/special_functions/expm1.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/hypergeometric_pFq.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>
#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace lodestar;

TEST(Hypergeometric, SeriesMatchesBoostPFq)
{
    const double cases[][4] = {{0.5, 2.4, 3.2, 0.3}, {1.2, -0.2, 2.5, 0.9}, {-1.5, 0.8, 1.7, 0.75}, {3.0, 4.0, 1.5, 0.2}};
    for (const auto &c : cases) {
        const double expected = boost::math::hypergeometric_pFq({c[0], c[1]}, {c[2]}, c[3]);
        const SeriesValue got = hypergeometric2F1(c[0], c[1], c[2], c[3]);
        EXPECT_TRUE(got.converged);
        EXPECT_NEAR(got.value, expected, 1e-12 * std::abs(expected));
    }
}

TEST(Hypergeometric, UnitFormMatchesBoostPFq)
{
    const double expected = boost::math::hypergeometric_pFq({1.0, 3.5}, {12.0}, 0.8);
    EXPECT_NEAR(logHypergeometric2F1Unit(3.5, 12.0, 0.8, 0.2), std::log(expected), 1e-13);
}

TEST(Hypergeometric, OutsideTheUnitDiscIsNotConverged)
{
    EXPECT_FALSE(hypergeometric2F1(1, 1, 2, 1.0).converged);
}

TEST(Hypergeometric, NonPositiveIntegerCIsRejected)
{
    EXPECT_FALSE(hypergeometric2F1(1, 1, -2.0, 0.5).converged);
}

namespace {

using Big = boost::multiprecision::cpp_bin_float_50;

// log 2F1(1, b; c; 1 - w) in 50 digits by the same expansion around 1 (A&S 15.3.6), where its
// cancellation near integer c - 1 - b costs 10 of the 50 digits at most: an independent
// evaluation of what the double-precision code must reach.
double logUnitReference(double b, double c, double w)
{
    const Big B = b, C = c, W = w, D = C - 1 - B;
    Big term = 1, sum = 1;
    for (int k = 0; k < 1000000; ++k) {
        term *= (B + k) / (1 - D + k) * W;
        sum += term;
        if (k > 2 * c + 10 && abs(term) < abs(sum) * Big(1e-40))
            break;
    }
    const Big value = (C - 1) / D * sum
        + boost::math::tgamma(C) * boost::math::tgamma(-D) / boost::math::tgamma(B) * pow(W, D) * pow(1 - W, 1 - C);
    return static_cast<double>(log(value));
}

// The same by the plain power series in 50 digits, for w where that is affordable.
double logUnitPowerSeries(double b, double c, double w)
{
    const Big B = b, C = c, Z = 1 - Big(w);
    Big term = 1, sum = 1;
    for (int k = 0; k < 2000000 && term > sum * Big(1e-30); ++k) {
        term *= (B + k) / (C + k) * Z;
        sum += term;
    }
    return static_cast<double>(log(sum));
}

} // namespace

TEST(Hypergeometric, TheFiftyDigitReferenceIsTheSeries)
{
    for (const auto &[b, c, w] : std::vector<std::array<double, 3>>{{0.55, 1.2, 0.01}, {3.6, 3.9, 0.004}, {12.5, 14.0, 0.02}})
        EXPECT_NEAR(logUnitReference(b, c, w), logUnitPowerSeries(b, c, w), 1e-14) << b << " " << c << " " << w;
}

TEST(Hypergeometric, UnitFormNearOneAgreesWithFiftyDigits)
{
    // The Pareto/NBD shapes: b from 0.05 to 55, c - 1 - b from -0.99 (no repeat purchase, r < 1)
    // to 11, and z from 0.98 to 1 - 1e-9, where the power series would need up to 10^10 terms.
    std::mt19937_64 random(12);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    int tried = 0;
    for (int i = 0; i < 3000; ++i) {
        const double b = std::exp(-3.0 + 7.0 * unit(random));
        const double d = -0.99 + 12.0 * unit(random) * unit(random);
        const double c = b + 1.0 + d;
        const double w = std::exp(-3.9 - 16.8 * unit(random));
        if (c <= 1.0 || std::abs(d - std::nearbyint(d)) < 1e-6)
            continue;
        ++tried;
        const double got = logHypergeometric2F1Unit(b, c, 1.0 - w, w);
        const double expected = logUnitReference(b, c, w);
        EXPECT_NEAR(got, expected, 1e-11 * std::max(1.0, std::abs(expected))) << "b " << b << " c " << c << " w " << w;
    }
    EXPECT_GT(tried, 2500);
}

TEST(Hypergeometric, UnitFormNearAnIntegerGapIsStillExact)
{
    // c - 1 - b within 1e-3 of 0 to 6 (s or r + x - 1 near an integer; s -> 0 is where a fit on
    // data without drop-out spends its time), where the expansion around 1 cancels: Euler's
    // integral answers, for b up to 500 and z up to 1 - 1e-15.
    std::mt19937_64 random(5);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int i = 0; i < 600; ++i) {
        const double b = std::exp(-3.0 + 9.2 * unit(random));
        const double d = std::nearbyint(-0.49 + 6.0 * unit(random)) + (unit(random) - 0.5) * 2e-3;
        const double c = b + 1.0 + d, w = std::exp(-3.2 - 31.3 * unit(random));
        if (c <= 1.0 || std::abs(d - std::nearbyint(d)) < 1e-9)
            continue;
        const double expected = logUnitReference(b, c, w);
        EXPECT_NEAR(logHypergeometric2F1Unit(b, c, 1.0 - w, w), expected, 1e-12 * std::max(1.0, std::abs(expected)))
            << "b " << b << " d " << d << " w " << w;
    }
    for (const double d : {0.0, 1.0, 3.0}) { // exactly an integer: the same, and the power series agrees
        const double b = 0.7, c = b + 1.0 + d, w = 2e-3;
        EXPECT_NEAR(logHypergeometric2F1Unit(b, c, 1.0 - w, w), logUnitPowerSeries(b, c, w), 1e-12) << d;
    }
}
