#pragma once

// Whether a point is a maximum of a likelihood, judged by the likelihood itself (its slope and
// curvature in log-parameters) rather than by an optimiser's status code; Newton steps that
// settle a point an optimiser left early; and, where no maximum lies inside, the direction in
// which the likelihood keeps rising, so the fit can say which parameter runs to the boundary.

#include <functional>
#include <limits>
#include <vector>

namespace lodestar::optimality {

using Matrix = std::vector<std::vector<double>>;

/// What is minimised, in log-parameters y: -LL per customer, with d/dy in gradient when it is
/// non-null; a large finite value where the parameters are not admissible.
using Objective = std::function<double(const std::vector<double> &y, std::vector<double> *gradient)>;

/// The objective, its gradient and its curvature (Hessian) at one point.
struct LocalShape
{
    double value = std::numeric_limits<double>::infinity();
    std::vector<double> gradient;
    Matrix curvature;
    bool finite = false;
};

/// Where the curvature comes from. From the gradient when it is analytic; from the objective's
/// values when the gradient is itself a finite difference, whose rounding noise, differenced
/// again, swamps the small curvature along a flat ridge and makes a maximum look indefinite.
enum class Curvature { FromGradient, FromValues };

/// Gradient from the objective; curvature by central differences of the gradient (step 1e-4 in
/// y), or by second differences of the values (step 1e-3 in y).
LocalShape localShape(const Objective &objective, const std::vector<double> &y,
                      Curvature curvature = Curvature::FromGradient);

/// Half the Newton decrement, g' C^-1 g / 2: how much further the quadratic model of the
/// objective falls. Infinite when the curvature is not positive definite.
double predictedGain(const LocalShape &shape);

struct Polished
{
    std::vector<double> y;
    LocalShape shape;        ///< at y
    double gain = std::numeric_limits<double>::infinity(); ///< predictedGain(shape)
    int steps = 0;
};

/// Newton steps with a backtracking line search (Levenberg damping where the curvature is not
/// positive definite) until the predicted gain is below tolerance, maxSteps are taken, no step
/// lowers the objective, or stop() says so. y stays within [-bound, bound].
Polished newtonPolish(const Objective &objective, std::vector<double> y, double tolerance, int maxSteps,
                      double bound, const std::function<bool()> &stop,
                      Curvature curvature = Curvature::FromGradient);

/// Solves a x = b by Cholesky; false when a is not (numerically) positive definite.
bool choleskySolve(const Matrix &a, const std::vector<double> &b, std::vector<double> &x);

/// Inverse of a positive definite matrix; false when it is not.
bool inversePositiveDefinite(const Matrix &a, Matrix &inverse);

/// Eigenvector of the smallest eigenvalue of the curvature (the flattest direction), of unit
/// length and signed so the objective falls along it (the likelihood rises); along the point's
/// own position when the slope gives no sign.
std::vector<double> risingDirection(const LocalShape &shape, const std::vector<double> &y);

} // namespace lodestar::optimality
