#pragma once

// Draws synthetic customers from the models with known parameters, for parameter-recovery
// tests and benchmarks. Fixed seed: the same call gives the same customers on one platform.

#include "models/clv/bgnbd.h"
#include "models/clv/gammagamma.h"
#include "models/clv/paretonbd.h"
#include "models/clv/rfmsummary.h"

#include <cstdint>
#include <vector>

namespace lodestar {

struct SimulatedCustomer
{
    RepeatPurchaseRow calibration; ///< x, t_x, T over (0, T]
    double holdout = 0.0;          ///< repeat transactions in (T, T + holdoutLength]
    double meanValue = 0.0;        ///< mean value of the calibration repeat transactions (0 if x = 0)
};

struct SimulationSettings
{
    std::size_t customers = 10000;
    double minAge = 26.0;          ///< T is uniform on whole units in [minAge, maxAge]
    double maxAge = 52.0;
    double holdoutLength = 0.0;
    double resolution = 0.0;       ///< > 0: t_x rounded up to a multiple (1/7 = days in weeks), as dates give it
    std::uint64_t seed = 20240601;
};

class Simulator
{
public:
    static std::vector<SimulatedCustomer> bgNbd(const BgNbdParameters &p, const SimulationSettings &settings,
                                                const GammaGammaParameters *spend = nullptr);
    static std::vector<SimulatedCustomer> paretoNbd(const ParetoNbdParameters &p, const SimulationSettings &settings,
                                                    const GammaGammaParameters *spend = nullptr);
    /// Spend rows for customers with x repeat purchases each (Gamma-Gamma draws).
    static std::vector<SpendRow> gammaGamma(const GammaGammaParameters &p, const std::vector<double> &x,
                                            std::uint64_t seed = 20240601);
    static std::vector<RepeatPurchaseRow> rows(const std::vector<SimulatedCustomer> &customers);
    static std::vector<SpendRow> spendRows(const std::vector<SimulatedCustomer> &customers);
};

} // namespace lodestar
