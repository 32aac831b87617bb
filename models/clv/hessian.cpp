// Standard errors of a maximum-likelihood fit: the observed information matrix (Hessian of
// -LL at the optimum, by finite differences in natural parameters) inverted.

#include "models/clv/modelfit.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lodestar {

namespace {

using Matrix = std::vector<std::vector<double>>;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Central differences of the analytic gradient: error O(h^2) with one gradient per side.
Matrix hessianFromGradient(const LikelihoodProblem &problem, const std::vector<double> &p)
{
    const std::size_t n = p.size();
    Matrix h(n, std::vector<double>(n));
    std::vector<double> gPlus(n), gMinus(n);
    for (std::size_t j = 0; j < n; ++j) {
        const double step = 1e-5 * p[j];
        std::vector<double> plus = p, minus = p;
        plus[j] += step;
        minus[j] -= step;
        problem.logLikelihood(plus, &gPlus);
        problem.logLikelihood(minus, &gMinus);
        for (std::size_t i = 0; i < n; ++i)
            h[i][j] = -(gPlus[i] - gMinus[i]) / (2.0 * step);
    }
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < i; ++j)
            h[i][j] = h[j][i] = 0.5 * (h[i][j] + h[j][i]);
    return h;
}

// Second differences of the value (four points per pair); step ~ eps^(1/4) relative.
Matrix hessianFromValues(const LikelihoodProblem &problem, const std::vector<double> &p)
{
    const std::size_t n = p.size();
    Matrix h(n, std::vector<double>(n));
    const auto ll = [&](std::size_t i, double di, std::size_t j, double dj) {
        std::vector<double> q = p;
        q[i] += di;
        q[j] += dj;
        return problem.logLikelihood(q, nullptr);
    };
    const double centre = problem.logLikelihood(p, nullptr);
    for (std::size_t i = 0; i < n; ++i) {
        const double hi = 1e-4 * p[i];
        h[i][i] = -(ll(i, hi, i, 0.0) - 2.0 * centre + ll(i, -hi, i, 0.0)) / (hi * hi);
        for (std::size_t j = 0; j < i; ++j) {
            const double hj = 1e-4 * p[j];
            const double d = ll(i, hi, j, hj) - ll(i, hi, j, -hj) - ll(i, -hi, j, hj) + ll(i, -hi, j, -hj);
            h[i][j] = h[j][i] = -d / (4.0 * hi * hj);
        }
    }
    return h;
}

// Gauss-Jordan with partial pivoting; false when (numerically) singular.
bool invert(Matrix a, Matrix &inverse)
{
    const std::size_t n = a.size();
    inverse.assign(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < n; ++i)
        inverse[i][i] = 1.0;
    double scale = 0.0;
    for (const auto &row : a)
        for (double v : row)
            scale = std::max(scale, std::abs(v));
    for (std::size_t c = 0; c < n; ++c) {
        std::size_t pivot = c;
        for (std::size_t r = c + 1; r < n; ++r)
            if (std::abs(a[r][c]) > std::abs(a[pivot][c]))
                pivot = r;
        if (!std::isfinite(a[pivot][c]) || std::abs(a[pivot][c]) <= 1e-13 * scale)
            return false;
        std::swap(a[c], a[pivot]);
        std::swap(inverse[c], inverse[pivot]);
        const double d = a[c][c];
        for (std::size_t k = 0; k < n; ++k) {
            a[c][k] /= d;
            inverse[c][k] /= d;
        }
        for (std::size_t r = 0; r < n; ++r) {
            if (r == c)
                continue;
            const double f = a[r][c];
            for (std::size_t k = 0; k < n; ++k) {
                a[r][k] -= f * a[c][k];
                inverse[r][k] -= f * inverse[c][k];
            }
        }
    }
    return true;
}

} // namespace

std::vector<double> standardErrorsAt(const LikelihoodProblem &problem, const std::vector<double> &parameters)
{
    const std::size_t n = parameters.size();
    std::vector<double> errors(n, kNaN);
    const Matrix h = problem.hasGradient ? hessianFromGradient(problem, parameters)
                                         : hessianFromValues(problem, parameters);
    Matrix inverse;
    if (!invert(h, inverse))
        return errors;
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isfinite(inverse[i][i]) && inverse[i][i] > 0.0)
            errors[i] = std::sqrt(inverse[i][i]);
    }
    return errors;
}

} // namespace lodestar
