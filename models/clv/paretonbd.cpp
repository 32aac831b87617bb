#include "models/clv/paretonbd.h"

#include "models/clv/hypergeometric.h"
#include "models/clv/rowsum.h"
#include "models/clv/specialfunctions.h"
#include "models/clv/vectormath.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>

namespace lodestar {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool admissible(const ParetoNbdParameters &p)
{
    return p.r > 0.0 && p.alpha > 0.0 && p.s > 0.0 && p.beta > 0.0
        && std::isfinite(p.r + p.alpha + p.s + p.beta);
}

// One of the two terms of A0 (Fader & Hardie 2005 note, eq. 22/23), in logs, at time t:
//   alpha >= beta: 2F1(r+s+x, s+1; r+s+x+1; z) / (alpha+t)^(r+s+x),  z = (alpha-beta)/(alpha+t)
//   alpha <  beta: 2F1(r+s+x, r+x; r+s+x+1; z) / (beta+t)^(r+s+x),   z = (beta-alpha)/(beta+t)
// Euler's transformation (A&S 15.3.3) turns both into (1-z)^(c-a-b) 2F1(1, b'; c; z) with
// positive, decreasing terms; the powers go into the logs, so large x cannot overflow.
double logA0Term(const ParetoNbdParameters &p, double x, double t)
{
    const double c = p.r + p.s + x + 1.0;
    const double logAlphaT = std::log(p.alpha + t), logBetaT = std::log(p.beta + t);
    // 1 - z = (smaller + t) / (larger + t), formed without cancelling.
    if (p.alpha >= p.beta) {
        const double z = (p.alpha - p.beta) / (p.alpha + t), w = (p.beta + t) / (p.alpha + t);
        return -(p.r + x) * logAlphaT - p.s * logBetaT + logHypergeometric2F1Unit(p.r + x, c, z, w);
    }
    const double z = (p.beta - p.alpha) / (p.beta + t), w = (p.alpha + t) / (p.beta + t);
    return -(p.r + x - 1.0) * logAlphaT - (p.s + 1.0) * logBetaT + logHypergeometric2F1Unit(p.s + 1.0, c, z, w);
}

// log of the two parts of the likelihood bracket: alive through T, and died in (t_x, T].
struct Bracket
{
    double logAlive = 0.0;
    double logDied = -std::numeric_limits<double>::infinity();
};

// What the bracket is made of, in logs: log(alpha+T), log(beta+T), log(s/(r+s+x)), and A0's
// two terms, logA0Term at t_x (early) and at T (late).
struct BracketLogs
{
    double alphaT = 0.0;
    double betaT = 0.0;
    double share = 0.0;
    double early = 0.0;
    double late = 0.0;
};

Bracket bracketFrom(const ParetoNbdParameters &p, const RepeatPurchaseRow &row, const BracketLogs &logs)
{
    Bracket b;
    b.logAlive = -(p.r + row.x) * logs.alphaT - p.s * logs.betaT;
    // A0 = early - late > 0 since the integrand of A0 is positive on (t_x, T).
    if (row.T > row.tx && logs.late < logs.early)
        b.logDied = logs.share + logs.early + std::log1p(-std::exp(logs.late - logs.early));
    return b;
}

Bracket bracket(const ParetoNbdParameters &p, const RepeatPurchaseRow &row)
{
    BracketLogs logs{std::log(p.alpha + row.T), std::log(p.beta + row.T), std::log(p.s / (p.r + p.s + row.x))};
    if (row.T > row.tx) {
        logs.early = logA0Term(p, row.x, row.tx);
        logs.late = logA0Term(p, row.x, row.T);
    }
    return bracketFrom(p, row, logs);
}

// Rows with what they share: the distinct times t (both t_x and T), the distinct x, and the
// distinct (x, t) pairs A0's terms need, (x, t_x) and (x, T). Customers share these far more
// than whole rows, so an evaluation takes the logs of alpha + t and beta + t once per time, the
// gamma functions once per x and sums each hypergeometric series once per pair; the pairs of one
// x share the series' coefficients (UnitSeriesBatch), so each pair costs a multiply-add per term
// (or, near z = 1, a few dozen terms of the expansion there).
// The per-row loop is then plain arithmetic plus two exp and two log1p, which vectorise.
struct IndexedRows
{
    std::vector<double> times;                    // sorted, distinct t_x and T
    std::vector<double> counts;                   // sorted, distinct x
    std::vector<std::pair<double, double>> pairs; // sorted, distinct (x, t): each x's pairs are adjacent
    std::vector<std::uint32_t> pairTime;          // per pair: index of its t in times
    std::vector<double> weight;                   // per row
    std::vector<std::uint32_t> count, early, late, age; // per row: x in counts, (x, t_x) and (x, T) in pairs, T in times

    // Per-evaluation scratch, sized once per fit rather than once per evaluation.
    mutable std::vector<double> logAlphaT, logBetaT, a0, z, w; // w = 1 - z per pair
    mutable std::vector<double> base, share, rx; // per distinct x
    mutable UnitSeriesBatch series[2];           // one per half of the pairs
};

template<typename T>
void sortUnique(std::vector<T> &values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

template<typename T>
std::uint32_t indexOf(const std::vector<T> &sorted, const T &value)
{
    return static_cast<std::uint32_t>(std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin());
}

IndexedRows indexRows(const std::vector<RepeatPurchaseRow> &rows)
{
    IndexedRows indexed;
    // A customer who bought on the last day (t_x = T) cannot have died in between: no A0 term,
    // and no series to sum (for large alpha / beta ratios those are the slow ones). Such rows
    // point at one extra a0 slot that is never computed, so their died term is e^-inf = 0.
    for (const RepeatPurchaseRow &row : rows) {
        if (row.T > row.tx) {
            indexed.pairs.emplace_back(row.x, row.tx);
            indexed.pairs.emplace_back(row.x, row.T);
        }
        indexed.times.push_back(row.tx);
        indexed.times.push_back(row.T);
        indexed.counts.push_back(row.x);
    }
    sortUnique(indexed.pairs);
    sortUnique(indexed.times);
    sortUnique(indexed.counts);
    for (const auto &pair : indexed.pairs)
        indexed.pairTime.push_back(indexOf(indexed.times, pair.second));
    for (const RepeatPurchaseRow &row : rows) {
        indexed.weight.push_back(row.weight);
        indexed.count.push_back(indexOf(indexed.counts, row.x));
        const bool died = row.T > row.tx;
        const auto none = static_cast<std::uint32_t>(indexed.pairs.size());
        indexed.early.push_back(died ? indexOf(indexed.pairs, std::pair{row.x, row.tx}) : none);
        indexed.late.push_back(died ? indexOf(indexed.pairs, std::pair{row.x, row.T}) : none);
        indexed.age.push_back(indexOf(indexed.times, row.T));
    }
    for (auto *v : {&indexed.logAlphaT, &indexed.logBetaT})
        v->resize(indexed.times.size());
    indexed.z.resize(indexed.pairs.size());
    indexed.w.resize(indexed.pairs.size());
    indexed.a0.assign(indexed.pairs.size() + 1, 0.0); // + the slot of the rows without a died term
    for (auto *v : {&indexed.base, &indexed.share, &indexed.rx})
        v->resize(indexed.counts.size());
    return indexed;
}

// logA0Term (above) at the pairs [begin, end), one run of equal x at a time.
void computeA0Terms(const ParetoNbdParameters &p, const IndexedRows &in, std::size_t begin, std::size_t end,
                    UnitSeriesBatch &series)
{
    const bool alphaBranch = p.alpha >= p.beta;
    const double gap = std::abs(p.alpha - p.beta), larger = std::max(p.alpha, p.beta);
    const double smaller = std::min(p.alpha, p.beta);
    for (std::size_t k = begin; k < end; ++k) {
        const double t = in.times[in.pairTime[k]];
        in.z[k] = gap / (larger + t);
        in.w[k] = (smaller + t) / (larger + t); // 1 - z without cancelling
    }
    for (std::size_t first = begin; first < end;) {
        const double x = in.pairs[first].first;
        std::size_t last = first;
        while (last < end && in.pairs[last].first == x)
            ++last;
        series.reset(alphaBranch ? p.r + x : p.s + 1.0, p.r + p.s + x + 1.0);
        series.evaluate(in.z.data() + first, in.w.data() + first, last - first, in.a0.data() + first);
        // The powers of Euler's transformation, as in logA0Term.
        const double powerAlpha = alphaBranch ? p.r + x : p.r + x - 1.0;
        const double powerBeta = alphaBranch ? p.s : p.s + 1.0;
        for (std::size_t k = first; k < last; ++k)
            in.a0[k] -= powerAlpha * in.logAlphaT[in.pairTime[k]] + powerBeta * in.logBetaT[in.pairTime[k]];
        first = last;
    }
}

// Fader & Hardie (2005 note) eq. 22 over rows [begin, end): L = G(r+x) alpha^r beta^s / G(r)
//   [ 1 / ((alpha+T)^(r+x) (beta+T)^s) + s / (r+s+x) A0 ], combined with log-sum-exp
// (bracketFrom, branch-free: a row whose A0 is not positive gets e^-inf = 0 for it).
double sumRows(const ParetoNbdParameters &p, const IndexedRows &in, std::size_t begin, std::size_t end)
{
    const double s = p.s;
    const double *weight = in.weight.data(), *a0 = in.a0.data(), *logAlphaT = in.logAlphaT.data();
    const double *logBetaT = in.logBetaT.data(), *base = in.base.data(), *share = in.share.data(), *rx = in.rx.data();
    const std::uint32_t *count = in.count.data(), *early = in.early.data(), *late = in.late.data(), *age = in.age.data();
    constexpr double kMinusInfinity = -std::numeric_limits<double>::infinity();
    double ll = 0.0;
#pragma omp simd reduction(+ : ll)
    for (std::size_t i = begin; i < end; ++i) {
        const std::uint32_t k = count[i];
        const double logAlive = -rx[k] * logAlphaT[age[i]] - s * logBetaT[age[i]];
        const double e = a0[early[i]], l = a0[late[i]];
        // A0 = e^early - e^late > 0 since the integrand of A0 is positive on (t_x, T).
        const double died = share[k] + e + std::log1p(-std::exp(l - e));
        double logDied = died;
        if (!(l < e)) // written as a statement: GCC 12 vectorises this, not the conditional expression
            logDied = kMinusInfinity;
        // log(e^alive + e^died) = max + log1p(e^-|alive - died|)
        ll += weight[i] * (base[k] + std::max(logAlive, logDied) + std::log1p(std::exp(-std::abs(logAlive - logDied))));
    }
    return ll;
}

double indexedLogLikelihood(const ParetoNbdParameters &p, const IndexedRows &in)
{
    if (!admissible(p))
        return kNaN;
    for (std::size_t k = 0; k < in.times.size(); ++k) {
        in.logAlphaT[k] = std::log(p.alpha + in.times[k]);
        in.logBetaT[k] = std::log(p.beta + in.times[k]);
    }
    const double lgR = special::lgamma(p.r), constant = p.r * std::log(p.alpha) + p.s * std::log(p.beta);
    for (std::size_t k = 0; k < in.counts.size(); ++k) {
        in.rx[k] = p.r + in.counts[k];
        in.base[k] = special::lgamma(in.rx[k]) - lgR + constant;
        in.share[k] = std::log(p.s / (p.r + p.s + in.counts[k]));
    }
    sumRowsInHalves<1>(in.pairs.size(), [&](std::size_t begin, std::size_t end) {
        computeA0Terms(p, in, begin, end, in.series[begin == 0 ? 0 : 1]);
        return std::array<double, 1>{};
    });
    return sumRowsInHalves<1>(in.weight.size(), [&](std::size_t begin, std::size_t end) {
        return std::array<double, 1>{sumRows(p, in, begin, end)};
    })[0];
}

std::vector<std::vector<double>> startingPoints(const std::vector<RepeatPurchaseRow> &rows)
{
    double weight = 0.0, sumX = 0.0, sumT = 0.0;
    for (const RepeatPurchaseRow &row : rows) {
        weight += row.weight;
        sumX += row.weight * row.x;
        sumT += row.weight * row.T;
    }
    const double meanT = sumT / weight;
    const double scale = meanT / std::max(sumX / weight, 0.05);
    return {{1.0, scale, 1.0, meanT}, {0.5, 0.5 * scale, 0.5, 0.5 * meanT}, {2.0, 2.0 * scale, 2.0, 3.0 * meanT}};
}

// trend: r, alpha, s, beta. The drop-out rate is Gamma(s, beta), mean s / beta.
BoundaryMeaning explainBoundary(const std::vector<int> &t, const std::vector<double> &p)
{
    const std::string otherModels = "Try BG/NBD, a longer calibration window or more customers.";
    // s and beta growing together is one drop-out rate for all, unless beta outruns s so far that
    // the rate itself vanishes (mean s / beta below 1e-6 per time unit: lifetimes of millennia).
    const bool rateVanishes = p.size() == 4 && p[3] > 0.0 && p[2] / p[3] < 1e-6;
    if (t[2] > 0 && t[3] > 0 && !rateVanishes)
        return {"Every customer looks to have the same drop-out rate: the data show no spread between customers to "
                "estimate.", otherModels};
    if (t[2] < 0 || t[3] > 0)
        return {"The data show no drop-out: customers look alive forever (the drop-out rate goes to zero).",
                "Try BG/NBD or historic CLV; a longer calibration window shows whether customers leave."};
    if (t[2] > 0 || t[3] < 0)
        return {"Customers look to drop out at once after their first purchase.", otherModels};
    if (t[0] > 0)
        return {"Every customer looks to buy at the same rate: the data show no spread in purchase rates between "
                "customers.", otherModels};
    return {"The purchase rates are too spread out for the data to pin down.", otherModels};
}

} // namespace

ParetoNbdModel::ParetoNbdModel(const ParetoNbdParameters &parameters) : m_p(parameters) {}

double ParetoNbdModel::logLikelihood(const ParetoNbdParameters &p, const RepeatPurchaseRow &row)
{
    return logLikelihood(p, std::vector<RepeatPurchaseRow>{{row.x, row.tx, row.T, 1.0}});
}

double ParetoNbdModel::logLikelihood(const ParetoNbdParameters &p, const std::vector<RepeatPurchaseRow> &rows)
{
    return indexedLogLikelihood(p, indexRows(rows));
}

FitResult ParetoNbdModel::fit(const std::vector<RepeatPurchaseRow> &input, const FitOptions &options)
{
    return fitOnCompressedRows(input, ParetoNbdParameters::names(), ParetoNbdParameters().toVector(),
                               [&options](const std::vector<RepeatPurchaseRow> &rows) {
        LikelihoodProblem problem;
        problem.parameterNames = ParetoNbdParameters::names();
        problem.hasGradient = false;
        problem.customers = totalWeight(rows);
        problem.startingPoints = startingPoints(rows);
        problem.explainBoundary = explainBoundary;
        const IndexedRows indexed = indexRows(rows);
        problem.logLikelihood = [&indexed](const std::vector<double> &v, std::vector<double> *) {
            return indexedLogLikelihood(ParetoNbdParameters::fromVector(v), indexed);
        };
        return maximiseLikelihood(problem, options);
    });
}

double ParetoNbdModel::logLikelihood(const std::vector<RepeatPurchaseRow> &rows) const
{
    return logLikelihood(m_p, rows);
}

double ParetoNbdModel::probabilityAlive(const RepeatPurchaseRow &row) const
{
    // Fader & Hardie (2005 note) eq. 26: P(alive) = 1 / (1 + s/(r+s+x) (alpha+T)^(r+x) (beta+T)^s A0),
    // i.e. the "alive" share of the likelihood bracket.
    const Bracket b = bracket(m_p, row);
    return 1.0 / (1.0 + std::exp(b.logDied - b.logAlive));
}

namespace {

// Expected transactions of a customer alive at T in (T, T+t]: Fader & Hardie (2005 note)
// eq. 27 without P(alive): (r+x)(beta+T) / ((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)].
double expectedIfAlive(const ParetoNbdParameters &p, double x, double T, double t)
{
    if (t <= 0.0)
        return 0.0;
    const double logGrowth = std::log1p(t / (p.beta + T));
    const double k = (p.s - 1.0) * logGrowth;
    // [1 - e^(-k)] / k -> 1 as s -> 1, where the formula becomes (beta+T) ln(1 + t/(beta+T)).
    const double shrink = std::abs(k) < 1e-10 ? 1.0 : -std::expm1(-k) / k;
    return (p.r + x) / (p.alpha + T) * (p.beta + T) * logGrowth * shrink;
}

} // namespace

double ParetoNbdModel::conditionalExpectedTransactions(const RepeatPurchaseRow &row, double t) const
{
    return probabilityAlive(row) * expectedIfAlive(m_p, row.x, row.T, t);
}

double ParetoNbdModel::expectedTransactions(double t) const
{
    // Schmittlein et al. (1987) eq. 17: r beta / (alpha (s-1)) [1 - (beta/(beta+t))^(s-1)].
    return expectedIfAlive(m_p, 0.0, 0.0, t);
}

void ParetoNbdModel::expectedTransactionsByPeriod(const std::vector<RepeatPurchaseRow> &rows, double periodLength,
                                                  int periods, std::vector<double> &out) const
{
    // P(alive) (two series) once per row; the alive-customer expectation is closed-form.
    const std::size_t n = periods > 0 ? static_cast<std::size_t>(periods) : 0;
    out.assign(rows.size() * n, 0.0);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double alive = probabilityAlive(rows[i]);
        double previous = 0.0;
        for (std::size_t k = 0; k < n; ++k) {
            const double cumulative = expectedIfAlive(m_p, rows[i].x, rows[i].T, periodLength * double(k + 1));
            out[i * n + k] = alive * (cumulative - previous);
            previous = cumulative;
        }
    }
}

} // namespace lodestar
