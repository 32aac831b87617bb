// MBG/NBD (Batislam, Denizel & Filiztekin 2007): BG/NBD where a customer may also drop out right after
// the first purchase. Checked against the published CDNOW estimates and against its own identities.
#include "cdnowdata.h"

#include "models/clv/bgnbd.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace lodestar;

namespace {

// Batislam et al. (2007) on the CDNOW sample, 39-week calibration (the reference values).
const BgNbdParameters kPublished{0.525, 6.183, 0.891, 1.614};
constexpr DropOut kMbg = DropOut::AlsoAfterTheFirst;

const FitResult &cdnowFit()
{
    static const FitResult fit = BgNbdModel::fit(test::cdnowRows(), {}, kMbg);
    return fit;
}

} // namespace

TEST(MbgNbd, FitReproducesPublishedCdnowParametersAndLogLikelihood)
{
    const FitResult &fit = cdnowFit();
    ASSERT_TRUE(fit.converged) << fit.message;
    const std::vector<double> published = kPublished.toVector();
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(fit.parameters[i], published[i], 0.005 * published[i]) << BgNbdParameters::names()[i];
    EXPECT_NEAR(fit.logLikelihood, -9582.1, 0.1);
    // It fits CDNOW a little better than BG/NBD (-9582.4), with the same number of parameters.
    EXPECT_GT(fit.logLikelihood, BgNbdModel::fit(test::cdnowRows()).logLikelihood);
}

TEST(MbgNbd, AnalyticGradientMatchesFiniteDifferences)
{
    const auto rows = test::cdnowRows();
    double gradient[4];
    BgNbdModel::logLikelihood(kPublished, rows, gradient, kMbg);
    for (int i = 0; i < 4; ++i) {
        auto plus = kPublished.toVector(), minus = kPublished.toVector();
        const double h = 1e-6 * plus[i];
        plus[i] += h;
        minus[i] -= h;
        const double numeric = (BgNbdModel::logLikelihood(BgNbdParameters::fromVector(plus), rows, nullptr, kMbg)
                                - BgNbdModel::logLikelihood(BgNbdParameters::fromVector(minus), rows, nullptr, kMbg)) / (2 * h);
        EXPECT_NEAR(gradient[i], numeric, 1e-4 * std::max(1.0, std::abs(numeric))) << i;
    }
}

TEST(MbgNbd, IsNotBgNbd)
{
    const BgNbdModel mbg(kPublished, kMbg);
    const BgNbdModel bg(kPublished);
    EXPECT_EQ(mbg.name(), "mbgnbd");
    EXPECT_NE(BgNbdModel::logLikelihood(kPublished, test::cdnowRows(), nullptr, kMbg),
              BgNbdModel::logLikelihood(kPublished, test::cdnowRows()));
    EXPECT_LT(mbg.expectedTransactions(39.0), bg.expectedTransactions(39.0));
}

// What BG/NBD cannot say: a customer who never came back may be gone, the more so the longer ago.
TEST(MbgNbd, OneTimeBuyersCanBeLost)
{
    const BgNbdModel model(kPublished, kMbg);
    const double early = model.probabilityAlive({0, 0, 5.0, 1});
    const double late = model.probabilityAlive({0, 0, 38.86, 1});
    EXPECT_LT(early, 1.0);
    EXPECT_LT(late, early);
    // 1 / (1 + a / b ((alpha + T) / alpha)^r) for x = 0.
    EXPECT_NEAR(late, 1.0 / (1.0 + 0.891 / 1.614 * std::pow((6.183 + 38.86) / 6.183, 0.525)), 1e-12);
}

// P(X(t) = n) and E[X(t)] are separate formulas; their distribution must sum to one and have that mean.
TEST(MbgNbd, PurchaseCountDistributionSumsToOneWithTheExpectedMean)
{
    const BgNbdModel model(kPublished, kMbg);
    for (const double t : {10.0, 39.0, 78.0}) {
        double total = 0.0, mean = 0.0;
        for (int n = 0; n < 600; ++n) {
            const double p = model.probabilityOfTransactions(n, t);
            total += p;
            mean += n * p;
        }
        EXPECT_NEAR(total, 1.0, 1e-8) << t;
        EXPECT_NEAR(mean, model.expectedTransactions(t), 1e-6 * model.expectedTransactions(t)) << t;
    }
}

// A customer seen at T = 0 knows nothing more than a new one: the conditional expectation is the
// unconditional one, which MBG/NBD discounts by the chance b / (a + b) of staying after the first purchase.
TEST(MbgNbd, ConditionalExpectationAtTheStartIsTheUnconditionalOne)
{
    const BgNbdModel model(kPublished, kMbg);
    for (const double t : {4.0, 39.0, 156.0})
        EXPECT_NEAR(model.conditionalExpectedTransactions({0, 0, 0, 1}, t), model.expectedTransactions(t), 1e-10) << t;
}

TEST(MbgNbd, PeriodForecastsAddUpToConditionalExpectation)
{
    const BgNbdModel model(kPublished, kMbg);
    const std::vector<RepeatPurchaseRow> rows{{2, 30.43, 38.86, 1}, {0, 0, 20, 1}, {7, 35, 38.86, 1}};
    std::vector<double> byPeriod;
    model.expectedTransactionsByPeriod(rows, 4.0, 39, byPeriod);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        double sum = 0.0;
        for (std::size_t k = 0; k < 39; ++k)
            sum += byPeriod[i * 39 + k];
        EXPECT_NEAR(sum, model.conditionalExpectedTransactions(rows[i], 156.0), 1e-9);
    }
}
