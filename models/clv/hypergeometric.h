#pragma once

// Gauss hypergeometric function 2F1 for 0 <= z < 1, written here because Boost 1.74 has no
// hypergeometric_2F1 (only 0F1, 1F0, 1F1, 2F0 and the generic, much slower pFq). The models
// only need the power series inside the unit disc, after an Euler transformation that keeps
// the terms bounded; tests compare it with boost::math::hypergeometric_pFq.

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

/// log 2F1(1, b; c; z) for 0 < b < c, 0 <= z < 1: every term is positive and decreasing,
/// the form both Pareto/NBD branches take after Euler's transformation (A&S 15.3.3).
double logHypergeometric2F1Unit(double b, double c, double z);

/// log 2F1(1, b; c; z) at many z sharing b and c, as the likelihood needs it for all the times
/// of one purchase count. The series' coefficients (b)_k / (c)_k do not depend on z, so they
/// are computed once and every z costs one multiply-add per term (Horner), eight z at a time
/// so the multiply-adds overlap; the single-z function divides once per term instead.
class UnitSeriesBatch
{
public:
    /// Starts a new (b, c), 0 < b < c; keeps the coefficient buffer's capacity.
    void reset(double b, double c);
    /// out[i] = log 2F1(1, b; c; z[i]) for 0 <= z[i] < 1, truncated where the tail is below
    /// 1e-16 of the sum; eight z at a time, each eight with the terms the largest of them needs.
    /// NaN for an eight whose largest z needs more than 50,000 terms (z above ~0.999).
    void evaluate(const double *z, std::size_t n, double *out);

private:
    void extendTo(std::size_t terms);
    std::size_t termsFor(double z);
    double m_b = 1.0;
    double m_c = 2.0;
    std::vector<double> m_coefficients;
};

} // namespace lodestar
