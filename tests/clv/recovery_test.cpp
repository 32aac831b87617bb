// Parameter recovery: fit data simulated from known parameters and get them back. Sizes and
// tolerances are chosen so that sampling error (checked against the fitted standard errors)
// sits well inside the tolerance; the seed is fixed, so the tests are deterministic.

#include "models/clv/bgnbd.h"
#include "models/clv/gammagamma.h"
#include "models/clv/paretonbd.h"
#include "models/clv/simulator.h"

#include <gtest/gtest.h>

using namespace lodestar;

namespace {

void expectRecovered(const FitResult &fit, const std::vector<double> &truth, double tolerance)
{
    ASSERT_TRUE(fit.converged) << fit.message;
    for (std::size_t i = 0; i < truth.size(); ++i)
        EXPECT_NEAR(fit.parameters[i] / truth[i], 1.0, tolerance) << fit.parameterNames[i];
}

SimulationSettings settings(std::size_t customers)
{
    SimulationSettings s;
    s.customers = customers;
    s.minAge = 52;
    s.maxAge = 104;
    return s;
}

} // namespace

TEST(Recovery, BgNbdRecoversSimulatedParameters)
{
    const BgNbdParameters truth{0.8, 8.0, 0.6, 2.5};
    const auto customers = Simulator::bgNbd(truth, settings(40000));
    expectRecovered(BgNbdModel::fit(Simulator::rows(customers)), truth.toVector(), 0.10);
}

TEST(Recovery, ParetoNbdRecoversSimulatedParameters)
{
    // 20,000 customers keep the test near one second; beta's standard error is then ~8%,
    // the others' 2-4%, so 10% is a real check without being a coin toss.
    const ParetoNbdParameters truth{0.8, 8.0, 0.7, 20.0};
    const auto customers = Simulator::paretoNbd(truth, settings(20000));
    expectRecovered(ParetoNbdModel::fit(Simulator::rows(customers)), truth.toVector(), 0.10);
}

TEST(Recovery, GammaGammaRecoversSimulatedParameters)
{
    const GammaGammaParameters truth{6.0, 4.0, 15.0};
    std::vector<double> x;
    for (int i = 0; i < 20000; ++i)
        x.push_back(1 + i % 6);
    expectRecovered(GammaGammaModel::fit(Simulator::gammaGamma(truth, x)), truth.toVector(), 0.10);
}

TEST(Recovery, SimulatorIsDeterministic)
{
    const BgNbdParameters truth{0.8, 8.0, 0.6, 2.5};
    const auto first = Simulator::rows(Simulator::bgNbd(truth, settings(100)));
    const auto second = Simulator::rows(Simulator::bgNbd(truth, settings(100)));
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].x, second[i].x);
        EXPECT_EQ(first[i].tx, second[i].tx);
    }
}

TEST(Recovery, SimulatedHoldoutMatchesBgNbdForecast)
{
    // The model's own forecast of the holdout should match what the simulator produced.
    const BgNbdParameters truth{0.8, 8.0, 0.6, 2.5};
    SimulationSettings s = settings(20000);
    s.holdoutLength = 52;
    const auto customers = Simulator::bgNbd(truth, s);
    const BgNbdModel model(truth);
    double predicted = 0.0, actual = 0.0;
    for (const auto &c : customers) {
        predicted += model.conditionalExpectedTransactions(c.calibration, 52);
        actual += c.holdout;
    }
    EXPECT_NEAR(predicted / actual, 1.0, 0.03);
}
