#include "cdnowdata.h"

#include "models/clv/paretonbd.h"

#include <boost/math/quadrature/gauss_kronrod.hpp>
#include <gtest/gtest.h>

#include <cmath>

using namespace lodestar;

namespace {

// BTYD's $est.params for the CDNOW sample.
const ParetoNbdParameters kBtyd{0.5533971433, 10.5801985435, 0.6060624971, 11.6562236707};

const FitResult &cdnowFit()
{
    static const FitResult fit = ParetoNbdModel::fit(test::cdnowRows());
    return fit;
}

// The likelihood written as an integral over the death time (Fader & Hardie 2005 note, eq. 18),
// independent of the hypergeometric route the model takes.
double likelihoodByQuadrature(const ParetoNbdParameters &p, const RepeatPurchaseRow &row)
{
    const auto density = [&](double tau) {
        return std::pow(p.alpha + tau, -(p.r + row.x)) * p.s * std::pow(p.beta + tau, -(p.s + 1.0));
    };
    const double died = boost::math::quadrature::gauss_kronrod<double, 61>::integrate(density, row.tx, row.T, 15, 1e-13);
    const double alive = std::pow(p.alpha + row.T, -(p.r + row.x)) * std::pow(p.beta + row.T, -p.s);
    return std::lgamma(p.r + row.x) - std::lgamma(p.r) + p.r * std::log(p.alpha) + p.s * std::log(p.beta)
        + std::log(alive + died);
}

} // namespace

TEST(ParetoNbd, FitReproducesPublishedCdnowParameters)
{
    // The published 0.553, 10.578, 0.606, 11.669 is the maximum; BTYD's 0.5534, 10.5802,
    // 0.6061, 11.6562 stops 2e-5 short of it in log-likelihood on the flat (s, beta) ridge.
    const FitResult &fit = cdnowFit();
    ASSERT_TRUE(fit.converged) << fit.message;
    EXPECT_NEAR(fit.parameters[0], 0.553, 0.0005);
    EXPECT_NEAR(fit.parameters[1], 10.578, 0.0005);
    EXPECT_NEAR(fit.parameters[2], 0.606, 0.0005);
    EXPECT_NEAR(fit.parameters[3], 11.669, 0.0005);
}

TEST(ParetoNbd, FitIsCloseToBtydEstimates)
{
    const FitResult &fit = cdnowFit();
    const std::vector<double> btyd = kBtyd.toVector();
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(fit.parameters[i] / btyd[i], 1.0, 0.002) << fit.parameterNames[i];
    EXPECT_GE(fit.logLikelihood, ParetoNbdModel::logLikelihood(kBtyd, test::cdnowRows()));
}

TEST(ParetoNbd, FitReproducesPublishedCdnowLogLikelihood)
{
    EXPECT_NEAR(cdnowFit().logLikelihood, -9595.0, 0.1);
}

TEST(ParetoNbd, LikelihoodMatchesQuadratureInBothBranches)
{
    const ParetoNbdParameters alphaAboveBeta{0.55, 12.0, 0.6, 3.0}, alphaBelowBeta{0.55, 3.0, 0.6, 12.0};
    for (const RepeatPurchaseRow &row : {RepeatPurchaseRow{0, 0, 38.86, 1}, RepeatPurchaseRow{3, 20.5, 38.86, 1},
                                         RepeatPurchaseRow{12, 38.0, 38.86, 1}}) {
        EXPECT_NEAR(ParetoNbdModel::logLikelihood(alphaAboveBeta, row), likelihoodByQuadrature(alphaAboveBeta, row), 1e-9);
        EXPECT_NEAR(ParetoNbdModel::logLikelihood(alphaBelowBeta, row), likelihoodByQuadrature(alphaBelowBeta, row), 1e-9);
    }
}

TEST(ParetoNbd, LikelihoodMatchesQuadratureWhenOneScaleDwarfsTheOther)
{
    // One of alpha and beta thousands of times the other puts the series' argument within 1e-3
    // to 1e-7 of 1 (a fit's path on CDNOW weeks crosses such points: s = 1,808, beta = 28,430);
    // the likelihood there was NaN, then took 20 ms per evaluation. Both branches, near-integer
    // gaps c - 1 - b included (s = 1.0002; r + x - 1 = 0.0004).
    const std::vector<ParetoNbdParameters> farApart{{0.55, 0.02, 0.6, 30.0},   {0.55, 0.004, 1.3, 40.0},
                                                    {0.55, 8.0, 1808.0, 28430.0}, {0.8, 40.0, 0.05, 0.01},
                                                    {2.5, 300.0, 1.0002, 0.05},    {1.0004, 0.01, 0.7, 25.0}};
    for (const ParetoNbdParameters &p : farApart) {
        for (const RepeatPurchaseRow &row : {RepeatPurchaseRow{0, 0, 12.0, 1}, RepeatPurchaseRow{1, 0.3, 12.0, 1},
                                             RepeatPurchaseRow{3, 2.0, 38.86, 1}, RepeatPurchaseRow{12, 38.0, 38.86, 1}}) {
            const double expected = likelihoodByQuadrature(p, row);
            EXPECT_NEAR(ParetoNbdModel::logLikelihood(p, row), expected, 1e-9 * std::max(1.0, std::abs(expected)))
                << p.r << " " << p.alpha << " " << p.s << " " << p.beta << " x " << row.x;
            EXPECT_TRUE(std::isfinite(ParetoNbdModel(p).probabilityAlive(row)));
        }
    }
}

TEST(ParetoNbd, HugeFrequencyStaysFinite)
{
    const ParetoNbdParameters p{10.465, 0.00798565, 3.0516, 2.820};
    for (double tx : {0.5, 5.0, 30.0}) {
        const RepeatPurchaseRow row{400, tx, 38.86, 1};
        EXPECT_TRUE(std::isfinite(ParetoNbdModel::logLikelihood(p, row))) << tx;
        const ParetoNbdModel model(p);
        EXPECT_TRUE(std::isfinite(model.probabilityAlive(row))) << tx;
        EXPECT_TRUE(std::isfinite(model.conditionalExpectedTransactions(row, 39.0))) << tx;
    }
}

TEST(ParetoNbd, ProbabilityAliveIsHigherForRecentBuyers)
{
    const ParetoNbdModel model(kBtyd);
    EXPECT_GT(model.probabilityAlive({2, 38.0, 38.86, 1}), model.probabilityAlive({2, 5.0, 38.86, 1}));
    EXPECT_NEAR(model.probabilityAlive({2, 38.86, 38.86, 1}), 1.0, 1e-12);
}

TEST(ParetoNbd, HoldoutForecastIsCloseToBgNbd)
{
    // FHL (2005) fig. 3: on CDNOW the Pareto/NBD and BG/NBD holdout forecasts nearly coincide
    // (BG/NBD: 1,653 of 1,882 actual repeat transactions).
    const ParetoNbdModel model(kBtyd);
    double predicted = 0.0;
    for (const auto &c : test::cdnowCustomers())
        predicted += model.conditionalExpectedTransactions(c.row, 39.0);
    EXPECT_GT(predicted, 1550.0);
    EXPECT_LT(predicted, 1700.0);
}

TEST(ParetoNbd, ExpectationIsContinuousAcrossSEqualsOne)
{
    const ParetoNbdModel at({0.55, 10.58, 1.0, 11.66}), near({0.55, 10.58, 1.0 + 1e-7, 11.66});
    EXPECT_NEAR(at.expectedTransactions(52.0), near.expectedTransactions(52.0), 1e-6);
}

TEST(ParetoNbd, PeriodForecastsAddUpToConditionalExpectation)
{
    const ParetoNbdModel model(kBtyd);
    const std::vector<RepeatPurchaseRow> rows{{2, 30.43, 38.86, 1}, {0, 0, 20, 1}};
    std::vector<double> byPeriod;
    model.expectedTransactionsByPeriod(rows, 4.0, 10, byPeriod);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        double sum = 0.0;
        for (std::size_t k = 0; k < 10; ++k)
            sum += byPeriod[i * 10 + k];
        EXPECT_NEAR(sum, model.conditionalExpectedTransactions(rows[i], 40.0), 1e-12);
    }
}
