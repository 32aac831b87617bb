// Engine speed targets (issue "CLV engine"): on simulated customers with ~15 transactions each,
//   summary + BG/NBD + Gamma-Gamma fit + CLV   ≤ 1 s at 100,000 customers, ≤ 10 s at 1,000,000;
//   customer summary alone                     well under 100 ms at 1.5 M transactions;
//   buildInsights (one filter)                 ≤ 100 ms at 100,000 customers.

#include "models/clv/customersummary.h"
#include "models/engine/analysis.h"

#include <benchmark/benchmark.h>

#include <QDate>

#include <map>
#include <memory>
#include <random>

using namespace lodestar;

namespace {

constexpr std::int32_t kStart = 19358; // 2023-01-01
constexpr std::int32_t kEnd = 20453;   // 2025-12-31

// A BG/NBD purchase process per customer (Fader, Hardie & Lee 2005, section 2): rate λ ~
// Gamma(r = 2, α = 8 weeks), drop-out after each repeat purchase with p ~ Beta(1, 32), spend per
// purchase Gamma around a customer-level mean. First purchases uniform over 2023-2025.
Dataset simulate(std::size_t customers, std::uint64_t seed = 42)
{
    std::mt19937_64 rng(seed);
    std::gamma_distribution<double> rate(2.0, 1.0 / 8.0);
    std::gamma_distribution<double> betaA(1.0, 1.0);
    std::gamma_distribution<double> betaB(32.0, 1.0);
    std::gamma_distribution<double> meanSpend(4.0, 12.0);
    std::uniform_int_distribution<std::int32_t> firstDay(kStart, kEnd - 30);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const char *channels[] = {"Search", "Social", "Referral", "Email"};
    const char *plans[] = {"Basic", "Plus", "Pro"};
    Dataset data;
    data.customers.resize(customers);
    data.transactions.reserve(customers * 16);
    for (std::size_t c = 0; c < customers; ++c) {
        CustomerRecord &record = data.customers[c];
        record.externalId = QString::number(c + 1);
        record.channel = QString::fromLatin1(channels[c % 4]);
        record.region = QStringLiteral("R%1").arg(c % 7);
        record.plan = QString::fromLatin1(plans[c % 3]);
        const double lambda = rate(rng) / 7.0; // per day
        const double x = betaA(rng);
        const double p = x / (x + betaB(rng));
        const double mean = meanSpend(rng);
        std::gamma_distribution<double> spend(6.0, mean / 6.0);
        double day = firstDay(rng);
        const auto buy = [&](double at) {
            data.transactions.push_back({static_cast<std::int32_t>(c), static_cast<EpochSeconds>(at * 86400.0 + 43200.0),
                                         spend(rng), 0.0, kUnknown, 1.0});
        };
        buy(day);
        for (;;) {
            day += -std::log(1.0 - unit(rng)) / lambda;
            if (day > kEnd)
                break;
            buy(day);
            if (unit(rng) < p)
                break; // drops out after a repeat purchase
        }
    }
    for (const char *channel : channels)
        for (int m = 1; m <= 36; ++m)
            data.spend.push_back({QStringLiteral("%1-%2").arg(2022 + (m + 11) / 12).arg((m - 1) % 12 + 1, 2, 10, QLatin1Char('0')),
                                  QString::fromLatin1(channel), 25000.0});
    return data;
}

const Dataset &dataset(std::size_t customers)
{
    static std::map<std::size_t, std::unique_ptr<Dataset>> cache;
    auto &slot = cache[customers];
    if (!slot)
        slot = std::make_unique<Dataset>(simulate(customers));
    return *slot;
}

ClvDefinition definition()
{
    ClvDefinition d;
    d.timeUnit = TimeUnit::Week;
    return d;
}

void BM_CustomerSummary(benchmark::State &state)
{
    const Dataset &data = dataset(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(summarizeCustomers(data, {TimeUnit::Week, QDate(), QDate(), QDate()}));
    state.counters["transactions"] = static_cast<double>(data.transactions.size());
}

void BM_ValueCustomers(benchmark::State &state)
{
    const Dataset &data = dataset(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        auto valuation = valueCustomers(data, definition());
        if (!valuation)
            state.SkipWithError(valuation.errorString().toUtf8().constData());
        benchmark::DoNotOptimize(valuation);
    }
    state.counters["transactions"] = static_cast<double>(data.transactions.size());
}

void BM_BuildInsights(benchmark::State &state)
{
    const Dataset &data = dataset(static_cast<std::size_t>(state.range(0)));
    const auto valuation = valueCustomers(data, definition());
    if (!valuation) {
        state.SkipWithError(valuation.errorString().toUtf8().constData());
        return;
    }
    AnalysisFilter filter;
    filter.period = state.range(1) == 0 ? Period::Quarter : Period::Month;
    for (auto _ : state)
        benchmark::DoNotOptimize(buildInsights(data, *valuation, filter));
}

} // namespace

BENCHMARK(BM_CustomerSummary)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ValueCustomers)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildInsights)->Args({100000, 0})->Args({100000, 1})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ValueCustomers)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK_MAIN();
