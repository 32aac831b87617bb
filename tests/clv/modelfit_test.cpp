#include "models/clv/bgnbd.h"
#include "models/clv/gammagamma.h"
#include "models/clv/paretonbd.h"
#include "models/clv/rfmsummary.h"
#include "models/clv/simulator.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace lodestar;

namespace {

void expectFiniteParameters(const FitResult &fit)
{
    ASSERT_FALSE(fit.parameters.empty());
    for (double v : fit.parameters)
        EXPECT_TRUE(std::isfinite(v) && v > 0.0) << v;
}

std::vector<RepeatPurchaseRow> noRepeatCustomers()
{
    return {{0, 0, 20, 300}, {0, 0, 30, 200}, {0, 0, 39, 500}};
}

/// Answers "cancel" from the n-th question on, counting the questions.
struct CancelAfter
{
    int questions = 0;
    FitOptions options(int n)
    {
        FitOptions options;
        options.cancelRequested = [this, n] { return ++questions >= n; };
        return options;
    }
};

SimulationSettings simulation()
{
    SimulationSettings s;
    s.customers = 3000;
    s.resolution = 1.0 / 7.0;
    return s;
}

void expectStoppedAtOnce(const FitResult &fit, const CancelAfter &cancel)
{
    EXPECT_TRUE(fit.cancelled);
    EXPECT_FALSE(fit.converged);
    EXPECT_EQ(fit.message, "The fit was cancelled.");
    // Asked before every likelihood evaluation: after the fifth question said stop, the four
    // evaluations before it were the only ones, and nobody asked again.
    EXPECT_EQ(cancel.questions, 5);
    EXPECT_EQ(fit.iterations, 4);
    expectFiniteParameters(fit);
}

} // namespace

TEST(ModelFit, CancelDuringParetoNbdFitStopsAtTheNextEvaluation)
{
    const auto rows = Simulator::rows(Simulator::paretoNbd({0.55, 10.6, 0.6, 11.7}, simulation()));
    CancelAfter cancel;
    expectStoppedAtOnce(ParetoNbdModel::fit(rows, cancel.options(5)), cancel);
    // The same fit left alone takes far more evaluations, so stopping at five is the cancel's doing.
    EXPECT_GT(ParetoNbdModel::fit(rows).iterations, 50);
}

TEST(ModelFit, CancelDuringBgNbdFitStopsAtTheNextEvaluation)
{
    const auto rows = Simulator::rows(Simulator::bgNbd({0.25, 4.4, 0.8, 2.4}, simulation()));
    CancelAfter cancel;
    expectStoppedAtOnce(BgNbdModel::fit(rows, cancel.options(5)), cancel);
    EXPECT_GT(BgNbdModel::fit(rows).iterations, 5);
}

TEST(ModelFit, CancelDuringGammaGammaFitStopsAtTheNextEvaluation)
{
    const GammaGammaParameters spend{6.25, 3.74, 15.44};
    const auto rows = Simulator::spendRows(Simulator::bgNbd({0.25, 4.4, 0.8, 2.4}, simulation(), &spend));
    CancelAfter cancel;
    expectStoppedAtOnce(GammaGammaModel::fit(rows, cancel.options(5)), cancel);
    EXPECT_GT(GammaGammaModel::fit(rows).iterations, 5);
}

TEST(ModelFit, CompressRowsMergesIdenticalCustomers)
{
    const CompressedRows c = compressRows({{1, 2, 10, 1}, {0, 0, 10, 1}, {1, 2, 10, 2}});
    ASSERT_EQ(c.rows.size(), 2u);
    EXPECT_EQ(c.rowOfInput[0], c.rowOfInput[2]);
    EXPECT_DOUBLE_EQ(c.rows[c.rowOfInput[0]].weight, 3.0);
    EXPECT_DOUBLE_EQ(c.rows[c.rowOfInput[1]].weight, 1.0);
}

TEST(ModelFit, WeightedRowsGiveTheSameLikelihoodAsRepeatedRows)
{
    const BgNbdParameters p{0.243, 4.414, 0.793, 2.426};
    const double repeated = BgNbdModel::logLikelihood(p, {{1, 2, 10, 1}, {1, 2, 10, 1}, {0, 0, 10, 1}});
    const double weighted = BgNbdModel::logLikelihood(p, {{1, 2, 10, 2}, {0, 0, 10, 1}});
    EXPECT_NEAR(repeated, weighted, 1e-12);
}

TEST(ModelFit, BgNbdWithoutRepeatPurchasesReportsNoConvergence)
{
    const FitResult fit = BgNbdModel::fit(noRepeatCustomers());
    EXPECT_FALSE(fit.converged);
    EXPECT_FALSE(fit.message.empty());
    expectFiniteParameters(fit);
}

TEST(ModelFit, ParetoNbdWithoutRepeatPurchasesReportsNoConvergence)
{
    const FitResult fit = ParetoNbdModel::fit(noRepeatCustomers());
    EXPECT_FALSE(fit.converged);
    EXPECT_FALSE(fit.message.empty());
    expectFiniteParameters(fit);
}

TEST(ModelFit, SingleCustomerNeverGivesNaN)
{
    for (const FitResult &fit : {BgNbdModel::fit({{3, 20, 39, 1}}), ParetoNbdModel::fit({{3, 20, 39, 1}})}) {
        expectFiniteParameters(fit);
        EXPECT_FALSE(std::isnan(fit.logLikelihood));
        if (!fit.converged) {
            EXPECT_FALSE(fit.message.empty());
        }
    }
}

TEST(ModelFit, EmptyInputIsAClearFailure)
{
    const FitResult fit = BgNbdModel::fit({});
    EXPECT_FALSE(fit.converged);
    EXPECT_EQ(fit.message, "There are no customers to fit the model to.");
    expectFiniteParameters(fit);
}

TEST(ModelFit, InvalidRowIsAClearFailure)
{
    const FitResult fit = BgNbdModel::fit({{2, 50, 39, 1}});
    EXPECT_FALSE(fit.converged);
    EXPECT_FALSE(fit.message.empty());
}

TEST(ModelFit, HugeFrequenciesFitWithoutNaN)
{
    const FitResult fit = BgNbdModel::fit({{400, 38, 39, 10}, {0, 0, 39, 50}, {2, 10, 39, 20}, {350, 30, 39, 5}});
    expectFiniteParameters(fit);
    EXPECT_TRUE(std::isfinite(fit.logLikelihood));
}

TEST(ModelFit, CancelledFitSaysSo)
{
    FitOptions options;
    options.cancelRequested = [] { return true; };
    const FitResult fit = BgNbdModel::fit({{1, 5, 39, 10}, {0, 0, 39, 50}, {2, 10, 39, 20}}, options);
    EXPECT_TRUE(fit.cancelled);
    EXPECT_FALSE(fit.converged);
    expectFiniteParameters(fit);
}

TEST(ModelFit, SpendModelWithoutSpreadReportsNoConvergence)
{
    // Every repeat customer spends exactly the same: the spend variance is zero and the
    // Gamma-Gamma parameters run off to infinity.
    const FitResult fit = GammaGammaModel::fit({{1, 20, 10}, {2, 20, 10}, {3, 20, 5}});
    EXPECT_FALSE(fit.converged);
    EXPECT_FALSE(fit.message.empty());
    expectFiniteParameters(fit);
}
