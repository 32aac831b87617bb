#pragma once

// Gauss hypergeometric function 2F1 for 0 <= z < 1, written here because Boost 1.74 has no
// hypergeometric_2F1 (only 0F1, 1F0, 1F1, 2F0 and the generic, much slower pFq). The models
// only need the power series inside the unit disc, after an Euler transformation that keeps
// the terms bounded, and — where that series would need thousands of terms (z near 1) — the
// expansion around z = 1 or, where that cancels, Euler's integral split in two; tests compare
// them with boost::math::hypergeometric_pFq and with a 50-digit evaluation.

#include <cstddef>
#include <vector>

namespace lodestar {

struct SeriesValue
{
    double value = 0.0;
    bool converged = false;
};

/// 2F1(a, b; c; z) by its power series (Abramowitz & Stegun 15.1.1); 0 <= z < 1, c not 0, -1, ...
SeriesValue hypergeometric2F1(double a, double b, double c, double z);

/// log 2F1(1, b; c; z) for 0 < b < c, 0 <= z < 1, w = 1 - z (passed separately because the caller
/// can form it without cancellation: near z = 1 the value depends on w, not on z's last digits).
/// The form both Pareto/NBD branches take after Euler's transformation (A&S 15.3.3).
double logHypergeometric2F1Unit(double b, double c, double z, double w);

/// log 2F1(1, b; c; z) at many z sharing b and c, as the likelihood needs it for all the times
/// of one purchase count. The series' coefficients (b)_k / (c)_k do not depend on z, so they
/// are computed once and every z costs one multiply-add per term (Horner), eight z at a time
/// so the multiply-adds overlap. A z whose series would be long takes the expansion around
/// z = 1 instead (a few dozen terms), so the cost no longer grows like 1 / (1 - z).
class UnitSeriesBatch
{
public:
    /// Starts a new (b, c), 0 < b < c; keeps the coefficient buffer's capacity.
    void reset(double b, double c);
    /// out[i] = log 2F1(1, b; c; z[i]) for 0 <= z[i] < 1 with w[i] = 1 - z[i], to about 1e-12.
    /// Where c - 1 - b is within 1e-3 of an integer the expansion around 1 cancels; such z take
    /// Euler's integral, split where it changes shape (~70 integrand values).
    void evaluate(const double *z, const double *w, std::size_t n, double *out);

private:
    void extendTo(std::size_t terms);
    double evaluateOne(double z, double w);
    double horner(double z, std::size_t terms);
    double m_b = 1.0;
    double m_c = 2.0;
    std::vector<double> m_coefficients;
};

} // namespace lodestar
