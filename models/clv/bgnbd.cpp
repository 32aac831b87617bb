#include "models/clv/bgnbd.h"

#include "models/clv/hypergeometric.h"
#include "models/clv/rowsum.h"
#include "models/clv/specialfunctions.h"
#include "models/clv/vectormath.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <unordered_map>

namespace lodestar {

namespace {

// Parts of the BG/NBD log-likelihood that depend on the parameters only, computed once per
// evaluation rather than once per customer.
struct ParameterTerms
{
    explicit ParameterTerms(const BgNbdParameters &p, bool withGradient)
        : lgR(special::lgamma(p.r)), lgAB(special::lgamma(p.a + p.b)), lgB(special::lgamma(p.b)),
          logAlpha(std::log(p.alpha)), logA(std::log(p.a))
    {
        if (withGradient) {
            psiR = special::digamma(p.r);
            psiAB = special::digamma(p.a + p.b);
            psiB = special::digamma(p.b);
        }
    }
    double lgR, lgAB, lgB, logAlpha, logA;
    double psiR = 0.0, psiAB = 0.0, psiB = 0.0;
};

// MBG/NBD's drop-out terms are BG/NBD's with b + x + 1 where BG/NBD has b + x (the chance to drop
// out right after the first purchase is one more Bernoulli trial), and they apply at x = 0 too.
double dropOutShift(DropOut dropOut)
{
    return dropOut == DropOut::AlsoAfterTheFirst ? 1.0 : 0.0;
}

bool mayHaveDroppedOut(double x, DropOut dropOut)
{
    return x > 0.0 || dropOut == DropOut::AlsoAfterTheFirst;
}

// Parts that depend on the parameters and x only; rows come sorted by x, so these are
// recomputed only when x changes.
struct FrequencyTerms
{
    double x = -1.0;
    double constant = 0.0;   // A1 + A2 of FHL (2005) eq. 6 without r ln(alpha)
    double logB1 = 0.0;      // ln(b + x - 1) (MBG/NBD: ln(b + x)) where a drop-out is possible
    double dR = 0.0, dA = 0.0, dB = 0.0;

    void update(double newX, const BgNbdParameters &p, const ParameterTerms &pt, bool withGradient, DropOut dropOut)
    {
        x = newX;
        const double shift = dropOutShift(dropOut);
        constant = special::lgamma(p.r + x) - pt.lgR + pt.lgAB + special::lgamma(p.b + x + shift) - pt.lgB
            - special::lgamma(p.a + p.b + x + shift);
        logB1 = mayHaveDroppedOut(x, dropOut) ? std::log(p.b + x - 1.0 + shift) : 0.0;
        if (withGradient) {
            const double psiABX = special::digamma(p.a + p.b + x + shift);
            dR = special::digamma(p.r + x) - pt.psiR;
            dA = pt.psiAB - psiABX;
            dB = pt.psiAB + special::digamma(p.b + x + shift) - pt.psiB - psiABX;
        }
    }
};

bool admissible(const BgNbdParameters &p)
{
    return p.r > 0.0 && p.alpha > 0.0 && p.a > 0.0 && p.b > 0.0 && std::isfinite(p.r) && std::isfinite(p.alpha)
        && std::isfinite(p.a) && std::isfinite(p.b);
}

std::vector<std::vector<double>> startingPoints(const std::vector<RepeatPurchaseRow> &rows)
{
    double weight = 0.0, sumX = 0.0, sumT = 0.0;
    for (const RepeatPurchaseRow &row : rows) {
        weight += row.weight;
        sumX += row.weight * row.x;
        sumT += row.weight * row.T;
    }
    // lambda = r / alpha should be near the observed purchase rate x / T.
    const double scale = (sumT / weight) / std::max(sumX / weight, 0.05);
    return {{1.0, scale, 1.0, 3.0}, {0.3, 0.3 * scale, 0.5, 2.0}, {3.0, 3.0 * scale, 2.0, 6.0}};
}

// trend: r, alpha, a, b. The drop-out probability after a purchase is Beta(a, b), mean a / (a + b).
BoundaryMeaning explainBoundary(const std::vector<int> &t, const std::vector<double> &)
{
    const std::string otherModels = "Try Pareto/NBD, a longer calibration window or more customers.";
    if (t[2] < 0 || (t[3] > 0 && t[2] == 0))
        return {"The data show no drop-out: customers look alive forever (the drop-out probability after a purchase "
                "goes to zero).",
                "Try Pareto/NBD or historic CLV; a longer calibration window shows whether customers leave."};
    if (t[2] > 0 && t[3] > 0)
        return {"Every customer looks equally likely to drop out after a purchase: the data show no spread between "
                "customers to estimate.", otherModels};
    if (t[2] > 0 || t[3] < 0)
        return {"Customers look certain to drop out after their next purchase.", otherModels};
    if (t[0] > 0)
        return {"Every customer looks to buy at the same rate: the data show no spread in purchase rates between "
                "customers.", otherModels};
    return {"The purchase rates are too spread out for the data to pin down.", otherModels};
}

} // namespace

BgNbdModel::BgNbdModel(const BgNbdParameters &parameters, DropOut dropOut) : m_p(parameters), m_dropOut(dropOut) {}

namespace {

// Rows as structure-of-arrays, their times pointing into a table of distinct times and their
// x into a table of distinct x: customers' dates fall on few distinct days and counts on few
// values, so ln(alpha + t) is computed once per day and the gamma functions once per x, and the
// per-row loop is plain arithmetic plus one exp and one log1p, which vectorise.
struct IndexedRows
{
    std::vector<double> times;                   // distinct t_x and T
    std::vector<double> counts;                  // distinct x
    std::vector<double> x, weight;               // per row
    std::vector<std::uint32_t> tx, T, count;     // per row: indices into times, times, counts
    // Per-evaluation scratch, sized once: per distinct time and per distinct x.
    mutable std::vector<double> logTime, inverseTime;
    mutable std::vector<double> constant, aliveOffset, inverseB1, dR, dA, dB;
};

IndexedRows indexRows(const std::vector<RepeatPurchaseRow> &rows)
{
    IndexedRows out;
    out.times.reserve(2 * rows.size());
    for (const RepeatPurchaseRow &row : rows) {
        out.times.push_back(row.tx);
        out.times.push_back(row.T);
        out.counts.push_back(row.x);
    }
    const auto sortUnique = [](std::vector<double> &values) {
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
    };
    sortUnique(out.times);
    sortUnique(out.counts);
    const auto at = [](const std::vector<double> &sorted, double t) {
        return static_cast<std::uint32_t>(std::lower_bound(sorted.begin(), sorted.end(), t) - sorted.begin());
    };
    for (const RepeatPurchaseRow &row : rows) {
        out.x.push_back(row.x);
        out.weight.push_back(row.weight);
        out.tx.push_back(at(out.times, row.tx));
        out.T.push_back(at(out.times, row.T));
        out.count.push_back(at(out.counts, row.x));
    }
    for (auto *v : {&out.logTime, &out.inverseTime})
        v->resize(out.times.size());
    for (auto *v : {&out.constant, &out.aliveOffset, &out.inverseB1, &out.dR, &out.dA, &out.dB})
        v->resize(out.counts.size());
    return out;
}

// The per-time and per-x tables of one evaluation.
void fillTables(const BgNbdParameters &p, const IndexedRows &indexed, bool withGradient, DropOut dropOut)
{
    for (std::size_t k = 0; k < indexed.times.size(); ++k) {
        indexed.logTime[k] = std::log(p.alpha + indexed.times[k]);
        indexed.inverseTime[k] = 1.0 / (p.alpha + indexed.times[k]);
    }
    const ParameterTerms pt(p, withGradient);
    FrequencyTerms ft;
    for (std::size_t k = 0; k < indexed.counts.size(); ++k) {
        const double x = indexed.counts[k];
        ft.update(x, p, pt, withGradient, dropOut);
        indexed.constant[k] = ft.constant + p.r * pt.logAlpha;
        // ln(a / (b + x - 1)); -inf for BG/NBD's x = 0, which has no "dropped out" term: its share is e^-inf = 0.
        const bool dropped = mayHaveDroppedOut(x, dropOut);
        indexed.aliveOffset[k] = dropped ? pt.logA - ft.logB1 : -std::numeric_limits<double>::infinity();
        indexed.inverseB1[k] = dropped ? 1.0 / (p.b + x - 1.0 + dropOutShift(dropOut)) : 0.0;
        indexed.dR[k] = ft.dR + pt.logAlpha;
        indexed.dA[k] = ft.dA;
        indexed.dB[k] = ft.dB;
    }
}

// FHL (2005) eq. 6 over rows [begin, end): L = A1 A2 (A3 + delta(x > 0) A4), combined with
// log-sum-exp; returns the log-likelihood and, when asked, its gradient (r, alpha, a, b).
std::array<double, 5> sumRows(const BgNbdParameters &p, const IndexedRows &in, bool withGradient, std::size_t begin,
                              std::size_t end)
{
    const double *x = in.x.data(), *weight = in.weight.data(), *logTime = in.logTime.data();
    const std::uint32_t *tIndex = in.T.data(), *txIndex = in.tx.data(), *count = in.count.data();
    const double *constant = in.constant.data(), *aliveOffset = in.aliveOffset.data();
    double ll = 0.0;
    if (!withGradient) {
#pragma omp simd reduction(+ : ll)
        for (std::size_t i = begin; i < end; ++i) {
            const double rx = p.r + x[i];
            const double u = -rx * logTime[tIndex[i]];
            const double v = aliveOffset[count[i]] - rx * logTime[txIndex[i]];
            // log(e^u + e^v) = max + log1p(e^-|u - v|)
            ll += weight[i] * (constant[count[i]] + std::max(u, v) + std::log1p(std::exp(-std::abs(u - v))));
        }
        return {ll, 0.0, 0.0, 0.0, 0.0};
    }
    const double *inverseTime = in.inverseTime.data(), *inverseB1 = in.inverseB1.data();
    const double *dR = in.dR.data(), *dA = in.dA.data(), *dB = in.dB.data();
    const double rOverAlpha = p.r / p.alpha, inverseA = 1.0 / p.a;
    double gR = 0.0, gAlpha = 0.0, gA = 0.0, gB = 0.0;
#pragma omp simd reduction(+ : ll, gR, gAlpha, gA, gB)
    for (std::size_t i = begin; i < end; ++i) {
        const double rx = p.r + x[i];
        const std::uint32_t k = count[i];
        const double logT = logTime[tIndex[i]], logTx = logTime[txIndex[i]];
        const double u = -rx * logT;
        const double v = aliveOffset[k] - rx * logTx;
        const double e = std::exp(-std::abs(u - v));
        const double w = weight[i];
        ll += w * (constant[k] + std::max(u, v) + std::log1p(e));
        // wV: the share of the e^v term.
        const double wV = (v > u ? 1.0 : e) / (1.0 + e), wU = 1.0 - wV;
        gR += w * (dR[k] - wU * logT - wV * logTx);
        gAlpha += w * (rOverAlpha - rx * (wU * inverseTime[tIndex[i]] + wV * inverseTime[txIndex[i]]));
        gA += w * (dA[k] + wV * inverseA);
        gB += w * (dB[k] - wV * inverseB1[k]);
    }
    return {ll, gR, gAlpha, gA, gB};
}

double indexedLogLikelihood(const BgNbdParameters &p, const IndexedRows &indexed, double *gradient, DropOut dropOut)
{
    if (!admissible(p))
        return std::numeric_limits<double>::quiet_NaN();
    const bool withGradient = gradient != nullptr;
    fillTables(p, indexed, withGradient, dropOut);
    const std::array<double, 5> sums = sumRowsInHalves<5>(indexed.x.size(), [&](std::size_t begin, std::size_t end) {
        return sumRows(p, indexed, withGradient, begin, end);
    });
    if (withGradient)
        std::copy(sums.begin() + 1, sums.end(), gradient);
    return sums[0];
}

} // namespace

double BgNbdModel::logLikelihood(const BgNbdParameters &p, const std::vector<RepeatPurchaseRow> &rows,
                                 double *gradient, DropOut dropOut)
{
    return indexedLogLikelihood(p, indexRows(rows), gradient, dropOut);
}

FitResult BgNbdModel::fit(const std::vector<RepeatPurchaseRow> &input, const FitOptions &options, DropOut dropOut)
{
    return fitOnCompressedRows(input, BgNbdParameters::names(), BgNbdParameters().toVector(),
                               [&options, dropOut](const std::vector<RepeatPurchaseRow> &rows) {
        LikelihoodProblem problem;
        problem.parameterNames = BgNbdParameters::names();
        problem.hasGradient = true;
        problem.customers = totalWeight(rows);
        problem.startingPoints = startingPoints(rows);
        problem.explainBoundary = explainBoundary;
        const IndexedRows indexed = indexRows(rows);
        problem.logLikelihood = [&indexed, dropOut](const std::vector<double> &v, std::vector<double> *gradient) {
            return indexedLogLikelihood(BgNbdParameters::fromVector(v), indexed, gradient ? gradient->data() : nullptr, dropOut);
        };
        return maximiseLikelihood(problem, options);
    });
}

double BgNbdModel::logLikelihood(const std::vector<RepeatPurchaseRow> &rows) const
{
    return logLikelihood(m_p, rows, nullptr, m_dropOut);
}

double BgNbdModel::probabilityAlive(const RepeatPurchaseRow &row) const
{
    // FHL (2005) eq. 11 via Fader, Hardie & Lee (2008 note "Computing P(alive) using the
    // BG/NBD model"): 1 / (1 + delta(x > 0) a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x));
    // MBG/NBD: a / (b + x), for every x.
    if (!mayHaveDroppedOut(row.x, m_dropOut))
        return 1.0;
    const double logOdds = std::log(m_p.a) - std::log(m_p.b + row.x - 1.0 + dropOutShift(m_dropOut))
        + (m_p.r + row.x) * (std::log(m_p.alpha + row.T) - std::log(m_p.alpha + row.tx));
    return 1.0 / (1.0 + std::exp(logOdds));
}

double BgNbdModel::expectedTransactionsIfAlive(double x, double T, double t) const
{
    // Numerator of FHL (2005) eq. 10: (a+b+x-1)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x)
    //   2F1(r+x, b+x; a+b+x-1; z)], z = t/(alpha+T+t). Euler's transformation (A&S 15.3.3)
    // folds the power into the series: (1-z)^(r+x) 2F1(...) = (1-z)^(a-1)
    //   2F1(a+b-1-r, a-1; a+b+x-1; z), whose terms stay bounded for any x. MBG/NBD: the same with b + 1.
    if (t <= 0.0)
        return 0.0;
    const double b = m_p.b + dropOutShift(m_dropOut);
    const auto value = [&](double a) {
        const double z = t / (m_p.alpha + T + t);
        const SeriesValue f = hypergeometric2F1(a + b - 1.0 - m_p.r, a - 1.0, a + b + x - 1.0, z);
        const double powered = std::exp((a - 1.0) * std::log1p(-z)) * f.value;
        return f.converged ? (a + b + x - 1.0) / (a - 1.0) * (1.0 - powered)
                           : std::numeric_limits<double>::quiet_NaN();
    };
    // a = 1 is a removable singularity; average the two sides of it.
    constexpr double kNearOne = 1e-6;
    if (std::abs(m_p.a - 1.0) < kNearOne)
        return 0.5 * (value(1.0 - kNearOne) + value(1.0 + kNearOne));
    return value(m_p.a);
}

double BgNbdModel::conditionalExpectedTransactions(const RepeatPurchaseRow &row, double t) const
{
    // FHL (2005) eq. 10: P(alive) times the expectation of an alive customer.
    return probabilityAlive(row) * expectedTransactionsIfAlive(row.x, row.T, t);
}

double BgNbdModel::expectedTransactions(double t) const
{
    // FHL (2005) eq. 9 is eq. 10's numerator at x = 0, T = 0. An MBG/NBD customer is still there
    // after the first purchase with probability b / (a + b).
    const double alive = m_dropOut == DropOut::AlsoAfterTheFirst ? m_p.b / (m_p.a + m_p.b) : 1.0;
    return alive * expectedTransactionsIfAlive(0.0, 0.0, t);
}

double BgNbdModel::probabilityOfTransactions(int n, double t) const
{
    // FHL (2005) eq. 8: still there after the n-th purchase and n purchases by t, or gone right after
    // the n-th (n >= 1) with at least n by t. MBG/NBD adds the trial after the first purchase: b + 1 in
    // the first term, and the second for n = 0 too (gone at once).
    if (n < 0 || t < 0.0)
        return 0.0;
    const double x = n;
    const double shift = dropOutShift(m_dropOut);
    const double logBab = special::logBeta(m_p.a, m_p.b);
    const double logShare = std::log(m_p.alpha / (m_p.alpha + t));
    const double logZ = t > 0.0 ? std::log(t / (m_p.alpha + t)) : -std::numeric_limits<double>::infinity();
    const double first = std::exp(special::logBeta(m_p.a, m_p.b + x + shift) - logBab + special::lgamma(m_p.r + x)
                                  - special::lgamma(m_p.r) - special::lgamma(x + 1.0) + m_p.r * logShare
                                  + (n > 0 ? x * logZ : 0.0));
    if (!mayHaveDroppedOut(x, m_dropOut))
        return first;
    double partial = 0.0;
    for (int j = 0; j < n; ++j) {
        partial += std::exp(special::lgamma(m_p.r + j) - special::lgamma(m_p.r) - special::lgamma(j + 1.0)
                            + m_p.r * logShare + (j > 0 ? j * logZ : 0.0));
    }
    return first + std::exp(special::logBeta(m_p.a + 1.0, m_p.b + x - 1.0 + shift) - logBab) * (1.0 - partial);
}

void BgNbdModel::expectedTransactionsByPeriod(const std::vector<RepeatPurchaseRow> &rows, double periodLength,
                                              int periods, std::vector<double> &out) const
{
    // The alive-customer expectation depends on (x, T) only, and customers share few such
    // pairs, so the series run once per pair; each row then costs one P(alive).
    struct Key
    {
        double x, T;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash
    {
        std::size_t operator()(const Key &k) const
        {
            return std::hash<double>()(k.x) * 1000003u ^ std::hash<double>()(k.T);
        }
    };
    const std::size_t n = periods > 0 ? static_cast<std::size_t>(periods) : 0;
    std::unordered_map<Key, std::vector<double>, KeyHash> increments;
    out.assign(rows.size() * n, 0.0);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const RepeatPurchaseRow &row = rows[i];
        auto [it, inserted] = increments.try_emplace(Key{row.x, row.T});
        if (inserted) {
            it->second.resize(n);
            double previous = 0.0;
            for (std::size_t k = 0; k < n; ++k) {
                const double cumulative = expectedTransactionsIfAlive(row.x, row.T, periodLength * double(k + 1));
                it->second[k] = cumulative - previous;
                previous = cumulative;
            }
        }
        const double alive = probabilityAlive(row);
        for (std::size_t k = 0; k < n; ++k)
            out[i * n + k] = alive * it->second[k];
    }
}

} // namespace lodestar
