#include "models/clv/optimality.h"

#include <algorithm>
#include <cmath>

namespace lodestar::optimality {

namespace {

constexpr double kCurvatureStep = 1e-4;
// Larger for values: their second difference divides rounding noise by h^2, not by h.
constexpr double kValueCurvatureStep = 1e-3;
constexpr double kInfinity = std::numeric_limits<double>::infinity();
// A Newton step moves no log-parameter by more than this: e^3 = 20x per step is enough to walk
// a ridge, and small enough that the line search rarely needs more than a halving or two.
constexpr double kMaxStep = 3.0;

bool cholesky(const Matrix &a, Matrix &l)
{
    const std::size_t n = a.size();
    l.assign(n, std::vector<double>(n, 0.0));
    double scale = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        scale = std::max(scale, std::abs(a[i][i]));
    for (std::size_t j = 0; j < n; ++j) {
        double d = a[j][j];
        for (std::size_t k = 0; k < j; ++k)
            d -= l[j][k] * l[j][k];
        // Relative floor: a pivot at round-off level means a flat direction, not curvature.
        if (!std::isfinite(d) || d <= 1e-12 * scale)
            return false;
        l[j][j] = std::sqrt(d);
        for (std::size_t i = j + 1; i < n; ++i) {
            double s = a[i][j];
            for (std::size_t k = 0; k < j; ++k)
                s -= l[i][k] * l[j][k];
            l[i][j] = s / l[j][j];
        }
    }
    return true;
}

void solveWith(const Matrix &l, const std::vector<double> &b, std::vector<double> &x)
{
    const std::size_t n = l.size();
    x = b;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t k = 0; k < i; ++k)
            x[i] -= l[i][k] * x[k];
        x[i] /= l[i][i];
    }
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t k = i + 1; k < n; ++k)
            x[i] -= l[k][i] * x[k];
        x[i] /= l[i][i];
    }
}

// Jacobi rotations: the curvature is at most 4 x 4, where this is exact enough and short.
void symmetricEigen(Matrix a, std::vector<double> &values, Matrix &vectors)
{
    const std::size_t n = a.size();
    vectors.assign(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < n; ++i)
        vectors[i][i] = 1.0;
    for (int sweep = 0; sweep < 60; ++sweep) {
        double off = 0.0;
        for (std::size_t p = 0; p < n; ++p)
            for (std::size_t q = p + 1; q < n; ++q)
                off += a[p][q] * a[p][q];
        if (off < 1e-30)
            break;
        for (std::size_t p = 0; p < n; ++p) {
            for (std::size_t q = p + 1; q < n; ++q) {
                if (a[p][q] == 0.0)
                    continue;
                const double theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
                const double t = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1.0));
                const double c = 1.0 / std::sqrt(t * t + 1.0), s = t * c;
                for (std::size_t k = 0; k < n; ++k) {
                    const double akp = a[k][p], akq = a[k][q];
                    a[k][p] = c * akp - s * akq;
                    a[k][q] = s * akp + c * akq;
                }
                for (std::size_t k = 0; k < n; ++k) {
                    const double apk = a[p][k], aqk = a[q][k];
                    a[p][k] = c * apk - s * aqk;
                    a[q][k] = s * apk + c * aqk;
                }
                for (std::size_t k = 0; k < n; ++k) {
                    const double vkp = vectors[k][p], vkq = vectors[k][q];
                    vectors[k][p] = c * vkp - s * vkq;
                    vectors[k][q] = s * vkp + c * vkq;
                }
            }
        }
    }
    values.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        values[i] = a[i][i];
}

} // namespace

bool choleskySolve(const Matrix &a, const std::vector<double> &b, std::vector<double> &x)
{
    Matrix l;
    if (!cholesky(a, l))
        return false;
    solveWith(l, b, x);
    return true;
}

bool inversePositiveDefinite(const Matrix &a, Matrix &inverse)
{
    Matrix l;
    if (!cholesky(a, l))
        return false;
    const std::size_t n = a.size();
    inverse.assign(n, std::vector<double>(n, 0.0));
    std::vector<double> unit(n), column;
    for (std::size_t j = 0; j < n; ++j) {
        std::fill(unit.begin(), unit.end(), 0.0);
        unit[j] = 1.0;
        solveWith(l, unit, column);
        for (std::size_t i = 0; i < n; ++i)
            inverse[i][j] = column[i];
    }
    return true;
}

namespace {

// Second differences of the values: f(y + h e_i + h e_j) and its three mirrors for i != j,
// f(y +/- 2h e_i) on the diagonal (the same formula with i = j).
void curvatureFromValues(const Objective &objective, const std::vector<double> &y, LocalShape &shape)
{
    const std::size_t n = y.size();
    const double h = kValueCurvatureStep;
    const auto at = [&](std::size_t i, double di, std::size_t j, double dj) {
        std::vector<double> moved = y;
        moved[i] += di;
        moved[j] += dj;
        return objective(moved, nullptr);
    };
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i; j < n; ++j) {
            const double c = (at(i, h, j, h) - at(i, h, j, -h) - at(i, -h, j, h) + at(i, -h, j, -h)) / (4.0 * h * h);
            shape.curvature[i][j] = shape.curvature[j][i] = c;
        }
    }
}

} // namespace

LocalShape localShape(const Objective &objective, const std::vector<double> &y, Curvature curvature)
{
    const std::size_t n = y.size();
    LocalShape shape;
    shape.gradient.assign(n, 0.0);
    shape.value = objective(y, &shape.gradient);
    shape.finite = std::isfinite(shape.value);
    shape.curvature.assign(n, std::vector<double>(n, 0.0));
    if (shape.finite && curvature == Curvature::FromValues)
        curvatureFromValues(objective, y, shape);
    std::vector<double> plus(n), minus(n);
    for (std::size_t j = 0; j < n && shape.finite && curvature == Curvature::FromGradient; ++j) {
        std::vector<double> yp = y, ym = y;
        yp[j] += kCurvatureStep;
        ym[j] -= kCurvatureStep;
        objective(yp, &plus);
        objective(ym, &minus);
        for (std::size_t i = 0; i < n; ++i)
            shape.curvature[i][j] = (plus[i] - minus[i]) / (2.0 * kCurvatureStep);
    }
    for (std::size_t i = 0; i < n; ++i) {
        shape.finite = shape.finite && std::isfinite(shape.gradient[i]);
        for (std::size_t j = 0; j < i; ++j)
            shape.curvature[i][j] = shape.curvature[j][i] = 0.5 * (shape.curvature[i][j] + shape.curvature[j][i]);
        for (std::size_t j = 0; j < n; ++j)
            shape.finite = shape.finite && std::isfinite(shape.curvature[i][j]);
    }
    return shape;
}

double predictedGain(const LocalShape &shape)
{
    std::vector<double> step;
    if (!shape.finite || !choleskySolve(shape.curvature, shape.gradient, step))
        return kInfinity;
    double gain = 0.0;
    for (std::size_t i = 0; i < step.size(); ++i)
        gain += shape.gradient[i] * step[i];
    return 0.5 * gain;
}

namespace {

// The Newton direction -C^-1 g, damped towards steepest descent until C + mu I is definite.
std::vector<double> descentDirection(const LocalShape &shape)
{
    const std::size_t n = shape.gradient.size();
    double scale = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        scale = std::max(scale, std::abs(shape.curvature[i][i]));
    scale = std::max(scale, 1e-12);
    std::vector<double> step;
    for (double mu = 0.0; mu < 1e12 * scale; mu = mu == 0.0 ? 1e-8 * scale : mu * 10.0) {
        Matrix damped = shape.curvature;
        for (std::size_t i = 0; i < n; ++i)
            damped[i][i] += mu;
        if (choleskySolve(damped, shape.gradient, step))
            break;
        step.clear();
    }
    if (step.empty())
        step = shape.gradient;
    double largest = 0.0;
    for (double &s : step) {
        s = -s;
        largest = std::max(largest, std::abs(s));
    }
    if (largest > kMaxStep)
        for (double &s : step)
            s *= kMaxStep / largest;
    return step;
}

} // namespace

Polished newtonPolish(const Objective &objective, std::vector<double> y, double tolerance, int maxSteps, double bound,
                      const std::function<bool()> &stop, Curvature curvature)
{
    Polished out;
    out.shape = localShape(objective, y, curvature);
    out.gain = predictedGain(out.shape);
    while (out.shape.finite && out.steps < maxSteps && !(out.gain < tolerance) && !stop()) {
        const std::vector<double> direction = descentDirection(out.shape);
        bool lowered = false;
        std::vector<double> trial(y.size());
        for (double t = 1.0; t > 1e-6 && !stop(); t *= 0.5) {
            for (std::size_t i = 0; i < y.size(); ++i)
                trial[i] = std::clamp(y[i] + t * direction[i], -bound, bound);
            if (objective(trial, nullptr) < out.shape.value) {
                lowered = true;
                break;
            }
        }
        if (!lowered || stop())
            break;
        y = trial;
        ++out.steps;
        out.shape = localShape(objective, y, curvature);
        out.gain = predictedGain(out.shape);
    }
    out.y = y;
    return out;
}

std::vector<double> risingDirection(const LocalShape &shape, const std::vector<double> &y)
{
    const std::size_t n = y.size();
    std::vector<double> values;
    Matrix vectors;
    symmetricEigen(shape.curvature, values, vectors);
    const std::size_t smallest = static_cast<std::size_t>(std::min_element(values.begin(), values.end()) - values.begin());
    std::vector<double> v(n);
    double slope = 0.0, position = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        v[i] = vectors[i][smallest];
        slope += v[i] * shape.gradient[i];
        position += v[i] * y[i];
    }
    // Sign: downhill for the objective where following the slope would gain something; on a flat
    // ridge, outwards, where the fit was heading. There a numerical gradient's noise is all the
    // slope there is (Pareto/NBD on CDNOW weeks to 1997-04-23: slope 4e-7 per customer against a
    // curvature of 1e-6, under 1e-7 per customer to gain, and its sign said s and beta shrink).
    const double curvature = values[smallest];
    const double gain = curvature > 0.0 ? slope * slope / (2.0 * curvature) : std::abs(slope);
    const bool flip = gain > 1e-6 ? slope > 0.0 : position < 0.0;
    if (flip)
        for (double &c : v)
            c = -c;
    return v;
}

} // namespace lodestar::optimality
