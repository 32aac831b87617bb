#include "models/clv/simulator.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace lodestar {

namespace {

using Engine = std::mt19937_64;

double gammaRate(Engine &engine, double shape, double rate)
{
    return std::gamma_distribution<double>(shape, 1.0 / rate)(engine);
}

double betaDraw(Engine &engine, double a, double b)
{
    const double x = gammaRate(engine, a, 1.0), y = gammaRate(engine, b, 1.0);
    return x / (x + y);
}

// Ages on whole time units, as the engine produces them, so rows compress like real data.
double age(Engine &engine, const SimulationSettings &settings)
{
    const auto lo = static_cast<long>(settings.minAge), hi = static_cast<long>(settings.maxAge);
    return static_cast<double>(std::uniform_int_distribution<long>(lo, hi)(engine));
}

// Mean of x Gamma(p, nu) transaction values, nu ~ Gamma(q, gamma) per customer
// (Fader & Hardie 2013, section 2).
double meanSpend(Engine &engine, const GammaGammaParameters &g, double x)
{
    const double nu = gammaRate(engine, g.q, g.gamma);
    double sum = 0.0;
    for (int i = 0; i < static_cast<int>(x); ++i)
        sum += gammaRate(engine, g.p, nu);
    return sum / x;
}

// Transactions are dated, so the engine sees recency in whole days; rounding makes simulated
// rows compress the way real ones do.
void roundRecency(RepeatPurchaseRow &row, double resolution)
{
    if (resolution > 0.0 && row.x > 0.0)
        row.tx = std::min(row.T, std::ceil(row.tx / resolution) * resolution);
}

} // namespace

std::vector<SimulatedCustomer> Simulator::bgNbd(const BgNbdParameters &p, const SimulationSettings &settings,
                                                const GammaGammaParameters *spend)
{
    // FHL (2005) section 3: Poisson purchases at rate lambda while active; after each repeat
    // purchase the customer drops out with probability p.
    Engine engine(settings.seed);
    std::vector<SimulatedCustomer> out(settings.customers);
    for (SimulatedCustomer &c : out) {
        const double T = age(engine, settings), end = T + settings.holdoutLength;
        const double lambda = gammaRate(engine, p.r, p.alpha), dropout = betaDraw(engine, p.a, p.b);
        std::exponential_distribution<double> gap(lambda);
        std::bernoulli_distribution dies(dropout);
        c.calibration = {0.0, 0.0, T, 1.0};
        for (double t = gap(engine); t <= end; t += gap(engine)) {
            if (t <= T) {
                c.calibration.x += 1.0;
                c.calibration.tx = t;
            } else {
                c.holdout += 1.0;
            }
            if (dies(engine))
                break;
        }
        roundRecency(c.calibration, settings.resolution);
        if (spend && c.calibration.x > 0.0)
            c.meanValue = meanSpend(engine, *spend, c.calibration.x);
    }
    return out;
}

std::vector<SimulatedCustomer> Simulator::paretoNbd(const ParetoNbdParameters &p, const SimulationSettings &settings,
                                                    const GammaGammaParameters *spend)
{
    // Schmittlein et al. (1987): Poisson purchases at rate lambda over an exponential lifetime
    // with rate mu.
    Engine engine(settings.seed);
    std::vector<SimulatedCustomer> out(settings.customers);
    for (SimulatedCustomer &c : out) {
        const double T = age(engine, settings);
        const double lambda = gammaRate(engine, p.r, p.alpha), mu = gammaRate(engine, p.s, p.beta);
        const double lifetime = std::exponential_distribution<double>(mu)(engine);
        const double end = std::min(lifetime, T + settings.holdoutLength);
        std::exponential_distribution<double> gap(lambda);
        c.calibration = {0.0, 0.0, T, 1.0};
        for (double t = gap(engine); t <= end; t += gap(engine)) {
            if (t <= T) {
                c.calibration.x += 1.0;
                c.calibration.tx = t;
            } else {
                c.holdout += 1.0;
            }
        }
        roundRecency(c.calibration, settings.resolution);
        if (spend && c.calibration.x > 0.0)
            c.meanValue = meanSpend(engine, *spend, c.calibration.x);
    }
    return out;
}

std::vector<SpendRow> Simulator::gammaGamma(const GammaGammaParameters &p, const std::vector<double> &x,
                                            std::uint64_t seed)
{
    Engine engine(seed);
    std::vector<SpendRow> out;
    out.reserve(x.size());
    for (double n : x)
        if (n > 0.0)
            out.push_back({n, meanSpend(engine, p, n), 1.0});
    return out;
}

std::vector<RepeatPurchaseRow> Simulator::rows(const std::vector<SimulatedCustomer> &customers)
{
    std::vector<RepeatPurchaseRow> out;
    out.reserve(customers.size());
    for (const SimulatedCustomer &c : customers)
        out.push_back(c.calibration);
    return out;
}

std::vector<SpendRow> Simulator::spendRows(const std::vector<SimulatedCustomer> &customers)
{
    std::vector<SpendRow> out;
    for (const SimulatedCustomer &c : customers)
        if (c.calibration.x > 0.0)
            out.push_back({c.calibration.x, c.meanValue, 1.0});
    return out;
}

} // namespace lodestar
