#pragma once

// Gauss hypergeometric function 2F1 for 0 <= z < 1, written here because Boost 1.74 has no
// hypergeometric_2F1 (only 0F1, 1F0, 1F1, 2F0 and the generic, much slower pFq). The models
// only need the power series inside the unit disc, after an Euler transformation that keeps
// the terms bounded; tests compare it with boost::math::hypergeometric_pFq.

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

} // namespace lodestar
