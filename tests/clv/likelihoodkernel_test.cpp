// The likelihood kernels' shortcuts (batched hypergeometric series, vectorised rows, two
// threads) against the plain definitions, on populations built here to hit every path: rows
// above the threading threshold, x = 0, t_x = T, huge x, both Pareto/NBD branches.

#include "models/clv/bgnbd.h"
#include "models/clv/hypergeometric.h"
#include "models/clv/paretonbd.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace lodestar;

namespace {

// Many customers in daily resolution over 78 weeks, unsorted, with the edge cases mixed in.
std::vector<RepeatPurchaseRow> hostileRows(std::size_t n)
{
    std::mt19937_64 engine(7);
    std::uniform_int_distribution<int> day(1, 546);
    std::geometric_distribution<int> count(0.35);
    std::vector<RepeatPurchaseRow> rows;
    for (std::size_t i = 0; i < n; ++i) {
        const double T = day(engine) / 7.0;
        const double x = i % 997 == 0 ? 400.0 : double(count(engine));
        double tx = x > 0.0 ? std::ceil(std::uniform_real_distribution<double>(0.0, T)(engine) * 7.0) / 7.0 : 0.0;
        if (x > 0.0 && i % 13 == 0)
            tx = T; // last purchase on the calibration end
        rows.push_back({x, std::min(tx, T), T, i % 5 == 0 ? 3.0 : 1.0});
    }
    return rows;
}

} // namespace

TEST(UnitSeriesBatch, MatchesTheScalarSeriesForAnyOrderAndCount)
{
    const std::vector<double> z{0.0, 0.93, 1e-9, 0.5, 0.999, 0.2, 0.75, 0.9999999, 0.99999, 0.995};
    for (const auto &[b, c] : std::vector<std::pair<double, double>>{{1.6, 2.2}, {0.5, 40.0}, {300.5, 302.1}}) {
        UnitSeriesBatch batch;
        batch.reset(b, c);
        std::vector<double> out(z.size());
        std::vector<double> w(z.size());
        for (std::size_t i = 0; i < z.size(); ++i)
            w[i] = 1.0 - z[i];
        batch.evaluate(z.data(), w.data(), z.size(), out.data());
        for (std::size_t i = 0; i < z.size(); ++i)
            EXPECT_NEAR(out[i], logHypergeometric2F1Unit(b, c, z[i], w[i]), 1e-13) << "b " << b << " z " << z[i];
    }
}

TEST(UnitSeriesBatch, ResetForgetsThePreviousCoefficients)
{
    UnitSeriesBatch batch;
    const double z = 0.9, w = 0.1;
    double first = 0.0, second = 0.0;
    batch.reset(3.0, 4.0);
    batch.evaluate(&z, &w, 1, &first);
    batch.reset(1.0, 9.0);
    batch.evaluate(&z, &w, 1, &second);
    EXPECT_NEAR(first, logHypergeometric2F1Unit(3.0, 4.0, z, w), 1e-13);
    EXPECT_NEAR(second, logHypergeometric2F1Unit(1.0, 9.0, z, w), 1e-13);
}

TEST(LikelihoodKernels, ParetoNbdPopulationSumEqualsItsRows)
{
    const std::vector<RepeatPurchaseRow> rows = hostileRows(40000); // above the two-thread threshold
    for (const ParetoNbdParameters &p : {ParetoNbdParameters{0.55, 10.6, 0.6, 11.7},   // alpha < beta
                                         ParetoNbdParameters{0.8, 30.0, 1.4, 2.0},      // alpha > beta
                                         ParetoNbdParameters{0.3, 5.0, 0.5, 5.0}}) {    // alpha = beta
        double perRow = 0.0;
        for (const RepeatPurchaseRow &row : rows)
            perRow += row.weight * ParetoNbdModel::logLikelihood(p, row);
        const double whole = ParetoNbdModel::logLikelihood(p, rows);
        ASSERT_TRUE(std::isfinite(whole));
        EXPECT_NEAR(whole, perRow, 1e-11 * std::abs(perRow));
        // Fixed halves and a fixed summation order: the same bits every time.
        EXPECT_EQ(whole, ParetoNbdModel::logLikelihood(p, rows));
    }
}

TEST(LikelihoodKernels, BgNbdPopulationSumAndGradientEqualTheirRows)
{
    const std::vector<RepeatPurchaseRow> rows = hostileRows(40000);
    const BgNbdParameters p{0.25, 4.4, 0.8, 2.4};
    double whole[4] = {}, perRowGradient[4] = {};
    const double ll = BgNbdModel::logLikelihood(p, rows, whole);
    double perRow = 0.0;
    for (const RepeatPurchaseRow &row : rows) {
        double g[4] = {};
        perRow += BgNbdModel::logLikelihood(p, {row}, g);
        for (int k = 0; k < 4; ++k)
            perRowGradient[k] += g[k];
    }
    EXPECT_NEAR(ll, perRow, 1e-11 * std::abs(perRow));
    for (int k = 0; k < 4; ++k)
        EXPECT_NEAR(whole[k], perRowGradient[k], 1e-9 * (1.0 + std::abs(perRowGradient[k]))) << k;
    double again[4] = {};
    EXPECT_EQ(ll, BgNbdModel::logLikelihood(p, rows, again));
    for (int k = 0; k < 4; ++k)
        EXPECT_EQ(whole[k], again[k]);
}
