// Fitting and prediction speed of the CLV models on simulated customers (100k and 1M).
// Customers are drawn once per size; recency is rounded to days and ages to whole weeks, as
// the engine's summary produces them, so rows compress as they would on real data.

#include "models/clv/bgnbd.h"
#include "models/clv/gammagamma.h"
#include "models/clv/paretonbd.h"
#include "models/clv/simulator.h"

#include <benchmark/benchmark.h>

#include <map>

using namespace lodestar;

namespace {

const BgNbdParameters kBgNbd{0.25, 4.4, 0.8, 2.4};           // CDNOW-like
const ParetoNbdParameters kParetoNbd{0.55, 10.6, 0.6, 11.7}; // CDNOW-like
const GammaGammaParameters kSpend{6.25, 3.74, 15.44};

SimulationSettings settings(std::size_t customers)
{
    SimulationSettings s;
    s.customers = customers;
    s.minAge = 1;
    s.maxAge = 104;
    s.resolution = 1.0 / 7.0;
    return s;
}

const std::vector<SimulatedCustomer> &bgNbdCustomers(std::size_t n)
{
    static std::map<std::size_t, std::vector<SimulatedCustomer>> cache;
    auto it = cache.find(n);
    if (it == cache.end())
        it = cache.emplace(n, Simulator::bgNbd(kBgNbd, settings(n), &kSpend)).first;
    return it->second;
}

const std::vector<SimulatedCustomer> &paretoNbdCustomers(std::size_t n)
{
    static std::map<std::size_t, std::vector<SimulatedCustomer>> cache;
    auto it = cache.find(n);
    if (it == cache.end())
        it = cache.emplace(n, Simulator::paretoNbd(kParetoNbd, settings(n))).first;
    return it->second;
}

// The shape of scripts/bench-vs-peer.sh's file (benchmarks/peer_transactions.cpp): 100,000
// customers, daily dates over 78 weeks, in weeks; nearly every (x, t) pair is distinct.
const std::vector<RepeatPurchaseRow> &peerFileRows()
{
    static const std::vector<RepeatPurchaseRow> rows = [] {
        SimulationSettings s;
        s.customers = 100000;
        s.minAge = 1;
        s.maxAge = 7 * 78 - 1;
        s.resolution = 1.0;
        std::vector<RepeatPurchaseRow> out = Simulator::rows(Simulator::bgNbd({0.25, 14.0, 0.8, 2.4}, s));
        for (RepeatPurchaseRow &row : out) {
            row.tx /= 7.0;
            row.T /= 7.0;
        }
        return out;
    }();
    return rows;
}

void reportFit(benchmark::State &state, const FitResult &fit, std::size_t rows)
{
    state.counters["rows"] = double(rows);
    state.counters["evaluations"] = fit.iterations;
    state.counters["converged"] = fit.converged ? 1 : 0;
    for (std::size_t i = 0; i < fit.parameters.size(); ++i)
        state.counters[fit.parameterNames[i]] = fit.parameters[i];
}

void BM_FitBgNbd(benchmark::State &state)
{
    const auto rows = Simulator::rows(bgNbdCustomers(std::size_t(state.range(0))));
    FitResult fit;
    for (auto _ : state)
        fit = BgNbdModel::fit(rows);
    reportFit(state, fit, compressRows(rows).rows.size());
}

void BM_FitParetoNbd(benchmark::State &state)
{
    const auto rows = Simulator::rows(paretoNbdCustomers(std::size_t(state.range(0))));
    FitResult fit;
    for (auto _ : state)
        fit = ParetoNbdModel::fit(rows);
    reportFit(state, fit, compressRows(rows).rows.size());
}

void BM_FitGammaGamma(benchmark::State &state)
{
    const auto rows = Simulator::spendRows(bgNbdCustomers(std::size_t(state.range(0))));
    FitResult fit;
    for (auto _ : state)
        fit = GammaGammaModel::fit(rows);
    reportFit(state, fit, rows.size());
}

// Issue table row "Pareto/NBD fit alone" (lifetimes: 21.2 s), and the BG/NBD fit of the whole job.
void BM_FitParetoNbdPeerFile(benchmark::State &state)
{
    const CompressedRows compressed = compressRows(peerFileRows());
    FitResult fit;
    for (auto _ : state)
        fit = ParetoNbdModel::fit(compressed.rows);
    reportFit(state, fit, compressed.rows.size());
}

void BM_FitBgNbdPeerFile(benchmark::State &state)
{
    const CompressedRows compressed = compressRows(peerFileRows());
    FitResult fit;
    for (auto _ : state)
        fit = BgNbdModel::fit(compressed.rows);
    reportFit(state, fit, compressed.rows.size());
}

// What valuation needs per customer: 36 monthly expected purchases (for discounting),
// P(alive) and expected spend, on compressed rows.
void BM_PredictBgNbdThreeYearsMonthly(benchmark::State &state)
{
    const auto &customers = bgNbdCustomers(std::size_t(state.range(0)));
    const CompressedRows compressed = compressRows(Simulator::rows(customers));
    const BgNbdModel model(kBgNbd);
    const GammaGammaModel spend(kSpend);
    std::vector<double> byMonth, alive;
    for (auto _ : state) {
        model.expectedTransactionsByPeriod(compressed.rows, 365.25 / 12.0 / 7.0, 36, byMonth);
        model.probabilityAlive(compressed.rows, alive);
        double total = 0.0;
        for (const SimulatedCustomer &c : customers)
            total += spend.conditionalExpectedSpend(c.calibration.x, c.meanValue);
        benchmark::DoNotOptimize(total);
    }
    state.counters["rows"] = double(compressed.rows.size());
}

// Issue 14's pathological case, which must answer (a named refusal) within 5 s: 400 customers
// who each bought twice, the second time on the last day.
void BM_FitNoDropOutRefusal(benchmark::State &state)
{
    std::vector<RepeatPurchaseRow> rows;
    for (int i = 0; i < 400; ++i) {
        const double T = 4.0 + (i % 150) / 7.0;
        rows.push_back({1.0, T, T, 1.0});
    }
    FitResult fit;
    for (auto _ : state)
        fit = state.range(0) ? ParetoNbdModel::fit(rows) : BgNbdModel::fit(rows);
    state.SetLabel(state.range(0) ? "Pareto/NBD" : "BG/NBD");
    state.counters["converged"] = fit.converged ? 1.0 : 0.0;
    state.counters["evaluations"] = double(fit.iterations);
}

} // namespace

BENCHMARK(BM_FitParetoNbdPeerFile)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_FitBgNbdPeerFile)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_FitBgNbd)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_FitGammaGamma)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_PredictBgNbdThreeYearsMonthly)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_FitParetoNbd)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK(BM_FitNoDropOutRefusal)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
