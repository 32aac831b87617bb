#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace lodestar::demo {

/// Random draws for the demo company, built only on std::mt19937_64's raw output (whose sequence
/// the standard fixes), because the std distributions differ between standard libraries and the
/// demo must come out the same everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}

    /// Uniform in [0, 1) with 53 random bits.
    double uniform();
    /// Uniform in (0, 1], safe for log().
    double uniformPositive() { return 1.0 - uniform(); }
    bool chance(double probability) { return uniform() < probability; }
    int between(int low, int high); ///< inclusive
    /// Standard normal, Marsaglia's polar method.
    double normal();
    double exponential(double rate);
    /// Gamma(shape, scale): Marsaglia & Tsang (2000), "A simple method for generating gamma
    /// variables", with the u^(1/shape) boost for shape < 1.
    double gamma(double shape, double scale);
    /// Beta(a, b) as X/(X+Y) with X ~ Gamma(a, 1), Y ~ Gamma(b, 1).
    double beta(double a, double b);
    /// An index drawn with the given (unnormalised) weights.
    std::size_t pick(const std::vector<double> &weights);

private:
    std::mt19937_64 m_engine;
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace lodestar::demo
