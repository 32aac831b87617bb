#include "demorandom.h"

#include <cmath>
#include <numeric>

namespace lodestar::demo {

double DemoRandom::uniform()
{
    return double(m_engine() >> 11) * 0x1.0p-53;
}

int DemoRandom::between(int low, int high)
{
    return low + int(uniform() * double(high - low + 1));
}

double DemoRandom::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    double u = 0.0, v = 0.0, s = 0.0;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(s) / s);
    m_spareNormal = v * factor;
    m_hasSpare = true;
    return u * factor;
}

double DemoRandom::exponential(double rate)
{
    return -std::log(uniformPositive()) / rate;
}

double DemoRandom::gamma(double shape, double scale)
{
    if (shape < 1.0)
        return gamma(shape + 1.0, scale) * std::pow(uniformPositive(), 1.0 / shape);
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = 0.0, v = 0.0;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = uniformPositive();
        if (u < 1.0 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v * scale;
    }
}

double DemoRandom::beta(double a, double b)
{
    const double x = gamma(a, 1.0);
    const double y = gamma(b, 1.0);
    return x / (x + y);
}

std::size_t DemoRandom::pick(const std::vector<double> &weights)
{
    double target = uniform() * std::accumulate(weights.begin(), weights.end(), 0.0);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        target -= weights[i];
        if (target < 0.0)
            return i;
    }
    return weights.size() - 1;
}

} // namespace lodestar::demo
