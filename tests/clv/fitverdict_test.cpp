// What a fit says when it rightly refuses: which parameter runs to which boundary, what that
// means for customers and what to do; within the evaluation caps, whatever the data; with 95%
// intervals when it converges. The seconds these take are benchmarks/fit_benchmark.cpp's.

#include "cdnowdata.h"

#include "models/clv/bgnbd.h"
#include "models/clv/gammagamma.h"
#include "models/clv/optimality.h"
#include "models/clv/paretonbd.h"
#include "models/clv/simulator.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace lodestar;

namespace {

// n customers who each bought twice, the second time on the last day: x = 1, t_x = T.
std::vector<RepeatPurchaseRow> boughtAgainOnTheLastDay(int n)
{
    std::vector<RepeatPurchaseRow> rows;
    for (int i = 0; i < n; ++i) {
        const double T = 4.0 + (i % 150) / 7.0;
        rows.push_back({1.0, T, T, 1.0});
    }
    return rows;
}

void expectNamedRefusal(const FitResult &fit)
{
    EXPECT_FALSE(fit.converged);
    EXPECT_FALSE(fit.reason.empty());
    EXPECT_FALSE(fit.hint.empty());
    EXPECT_EQ(fit.message, fit.reason + " " + fit.hint);
    // Never the old catch-all.
    EXPECT_EQ(fit.message.find("NLopt"), std::string::npos) << fit.message;
}

} // namespace

TEST(FitVerdict, NoDropOutDataAnswerQuicklyWithTheReason)
{
    const auto rows = boughtAgainOnTheLastDay(400);
    for (const bool pareto : {true, false}) {
        const FitResult fit = pareto ? ParetoNbdModel::fit(rows) : BgNbdModel::fit(rows);
        EXPECT_LE(fit.iterations, 4 * FitOptions{}.maxEvaluations) << (pareto ? "Pareto/NBD" : "BG/NBD");
        expectNamedRefusal(fit);
        EXPECT_TRUE(fit.atBoundary) << fit.message;
        // Both readings of these data are boundaries: no drop-out, or no spread in drop-out between customers.
        EXPECT_TRUE(fit.reason.find("no drop-out") != std::string::npos
                    || fit.reason.find("same drop-out rate") != std::string::npos) << fit.message;
    }
}

TEST(FitVerdict, OneCustomerIsAThinDataRefusal)
{
    const std::vector<RepeatPurchaseRow> one{{20.0, 30.0, 40.0, 1.0}};
    for (const bool pareto : {true, false}) {
        const FitResult fit = pareto ? ParetoNbdModel::fit(one) : BgNbdModel::fit(one);
        expectNamedRefusal(fit);
        EXPECT_NE(fit.hint.find("too thin"), std::string::npos) << fit.message;
    }
}

TEST(FitVerdict, EverySimulatedCustomerAliveIsNamedAsNoDropOut)
{
    // Pareto/NBD customers with practically no drop-out (mean lifetime 10,000 weeks).
    SimulationSettings settings;
    settings.customers = 2000;
    settings.resolution = 1.0 / 7.0;
    const auto rows = Simulator::rows(Simulator::paretoNbd({0.8, 6.0, 1.0, 10000.0}, settings));
    const FitResult fit = ParetoNbdModel::fit(rows);
    if (fit.converged) {
        // A maximum inside is acceptable only with estimates the data pin down.
        for (std::size_t i = 0; i < fit.parameters.size(); ++i)
            EXPECT_LE(fit.standardErrors[i], fit.parameters[i]) << fit.parameterNames[i];
    } else {
        expectNamedRefusal(fit);
        EXPECT_TRUE(fit.atBoundary);
    }
}

TEST(FitVerdict, TheTimeLimitStopsAFitAndSaysSo)
{
    SimulationSettings settings;
    settings.customers = 20000;
    settings.resolution = 1.0 / 7.0;
    const auto rows = Simulator::rows(Simulator::paretoNbd({0.55, 10.6, 0.6, 11.7}, settings));
    FitOptions options;
    options.timeLimitSeconds = 0.02;
    const FitResult fit = ParetoNbdModel::fit(rows, options);
    // The clock stopped it, long before the evaluation cap would have.
    EXPECT_LT(fit.iterations, 4 * options.maxEvaluations);
    EXPECT_FALSE(fit.converged);
    EXPECT_TRUE(fit.stoppedAtLimit);
    EXPECT_NE(fit.reason.find("stopped at the limit"), std::string::npos) << fit.message;
    for (double p : fit.parameters)
        EXPECT_TRUE(std::isfinite(p));
}

TEST(FitVerdict, TheEvaluationCapStopsAFitAndSaysSo)
{
    FitOptions options;
    options.maxEvaluations = 5;
    const FitResult fit = BgNbdModel::fit(test::cdnowRows(), options);
    EXPECT_FALSE(fit.converged);
    EXPECT_TRUE(fit.stoppedAtLimit);
    EXPECT_LE(fit.iterations, 4 * options.maxEvaluations);
}

TEST(FitVerdict, ConvergedFitsCarryPositiveNinetyFivePercentIntervals)
{
    const FitResult bg = BgNbdModel::fit(test::cdnowRows());
    const FitResult gg = GammaGammaModel::fit(test::cdnowSpend());
    for (const FitResult *fit : {&bg, &gg}) {
        ASSERT_TRUE(fit->converged) << fit->message;
        ASSERT_EQ(fit->confidenceLow.size(), fit->parameters.size());
        for (std::size_t i = 0; i < fit->parameters.size(); ++i) {
            const double p = fit->parameters[i], se = fit->standardErrors[i];
            EXPECT_GT(fit->confidenceLow[i], 0.0);
            EXPECT_LT(fit->confidenceLow[i], p);
            EXPECT_GT(fit->confidenceHigh[i], p);
            // Log-scale interval: close to p -/+ 1.96 se when se is small against p.
            if (se < 0.1 * p) {
                EXPECT_NEAR(fit->confidenceLow[i], p - 1.96 * se, 0.25 * se) << fit->parameterNames[i];
                EXPECT_NEAR(fit->confidenceHigh[i], p + 1.96 * se, 0.25 * se) << fit->parameterNames[i];
            }
        }
    }
}

TEST(FitVerdict, HeavyTailedSpendIsRefusedWithTheReason)
{
    // Spend with q < 1: the mean spend per customer is not finite.
    std::vector<double> x(3000);
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = 1.0 + double(i % 6);
    const FitResult fit = GammaGammaModel::fit(Simulator::gammaGamma({3.0, 0.6, 5.0}, x));
    expectNamedRefusal(fit);
    EXPECT_NE(fit.reason.find("not finite"), std::string::npos) << fit.message;
}

TEST(FitVerdict, AFlatRidgeIsNamedByWhereTheFitWentNotByGradientNoise)
{
    // Pareto/NBD on CDNOW weeks to 1997-04-23: a numerical slope of 4e-7 per customer along a
    // ridge of curvature 1e-6 (under 1e-7 to gain) said "s and beta shrink"; they were at
    // e^7.8 and e^10.7 and growing.
    optimality::LocalShape shape;
    shape.finite = true;
    shape.curvature = {{0.5, 0.0}, {0.0, 1e-6}};
    shape.gradient = {0.0, 4e-7};
    const std::vector<double> farOut{0.0, 10.0};
    EXPECT_GT(optimality::risingDirection(shape, farOut)[1], 0.0);
    // A slope worth following still decides: the objective falls as y[1] falls.
    shape.gradient = {0.0, 1e-2};
    EXPECT_LT(optimality::risingDirection(shape, farOut)[1], 0.0);
}
