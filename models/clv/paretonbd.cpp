#include "models/clv/paretonbd.h"

#include "models/clv/hypergeometric.h"
#include "models/clv/specialfunctions.h"

#include <algorithm>
#include <cmath>
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
    if (p.alpha >= p.beta) {
        const double z = (p.alpha - p.beta) / (p.alpha + t);
        return -(p.r + x) * logAlphaT - p.s * logBetaT + logHypergeometric2F1Unit(p.r + x, c, z);
    }
    const double z = (p.beta - p.alpha) / (p.beta + t);
    return -(p.r + x - 1.0) * logAlphaT - (p.s + 1.0) * logBetaT + logHypergeometric2F1Unit(p.s + 1.0, c, z);
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

// Rows with what they share: the distinct (x, t) pairs their A0 terms need, (x, t_x) and
// (x, T), and the distinct ages T. Customers share these far more than whole rows, so an
// evaluation sums each hypergeometric series once per pair and takes the logs of alpha + T and
// beta + T once per age, instead of per row.
struct IndexedRows
{
    const std::vector<RepeatPurchaseRow> &rows;
    std::vector<std::pair<double, double>> pairs; // sorted, distinct (x, t)
    std::vector<double> ages;                     // sorted, distinct T
    std::vector<std::size_t> early;               // per row: index of (x, t_x) in pairs
    std::vector<std::size_t> late;                // per row: index of (x, T)
    std::vector<std::size_t> age;                 // per row: index of T in ages
};

template<typename T>
void sortUnique(std::vector<T> &values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

template<typename T>
std::size_t indexOf(const std::vector<T> &sorted, const T &value)
{
    return static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin());
}

IndexedRows indexRows(const std::vector<RepeatPurchaseRow> &rows)
{
    IndexedRows indexed{rows, {}, {}, {}, {}, {}};
    // A customer who bought on the last day (t_x = T) cannot have died in between: no A0 term,
    // and no series to sum (for large alpha / beta ratios those are the slow ones).
    for (const RepeatPurchaseRow &row : rows) {
        if (row.T > row.tx) {
            indexed.pairs.emplace_back(row.x, row.tx);
            indexed.pairs.emplace_back(row.x, row.T);
        }
        indexed.ages.push_back(row.T);
    }
    sortUnique(indexed.pairs);
    sortUnique(indexed.ages);
    for (const RepeatPurchaseRow &row : rows) {
        const bool died = row.T > row.tx;
        indexed.early.push_back(died ? indexOf(indexed.pairs, std::pair{row.x, row.tx}) : 0);
        indexed.late.push_back(died ? indexOf(indexed.pairs, std::pair{row.x, row.T}) : 0);
        indexed.age.push_back(indexOf(indexed.ages, row.T));
    }
    return indexed;
}

double indexedLogLikelihood(const ParetoNbdParameters &p, const IndexedRows &indexed)
{
    if (!admissible(p))
        return kNaN;
    std::vector<double> a0(indexed.pairs.size());
    for (std::size_t k = 0; k < a0.size(); ++k)
        a0[k] = logA0Term(p, indexed.pairs[k].first, indexed.pairs[k].second);
    std::vector<double> logAlphaT(indexed.ages.size()), logBetaT(indexed.ages.size());
    for (std::size_t k = 0; k < indexed.ages.size(); ++k) {
        logAlphaT[k] = std::log(p.alpha + indexed.ages[k]);
        logBetaT[k] = std::log(p.beta + indexed.ages[k]);
    }
    // Fader & Hardie (2005 note) eq. 22: L = G(r+x) alpha^r beta^s / G(r)
    //   [ 1 / ((alpha+T)^(r+x) (beta+T)^s) + s / (r+s+x) A0 ], combined with log-sum-exp.
    const double lgR = special::lgamma(p.r), constant = p.r * std::log(p.alpha) + p.s * std::log(p.beta);
    double lastX = -1.0, lgRX = 0.0, logShare = 0.0, ll = 0.0;
    for (std::size_t i = 0; i < indexed.rows.size(); ++i) {
        const RepeatPurchaseRow &row = indexed.rows[i];
        if (row.x != lastX) {
            lastX = row.x;
            lgRX = special::lgamma(p.r + row.x);
            logShare = std::log(p.s / (p.r + p.s + row.x));
        }
        const std::size_t age = indexed.age[i];
        const bool died = row.T > row.tx;
        const Bracket b = bracketFrom(p, row, {logAlphaT[age], logBetaT[age], logShare,
                                               died ? a0[indexed.early[i]] : 0.0, died ? a0[indexed.late[i]] : 0.0});
        // log(e^alive + e^died) = max + log1p(e^-|alive - died|): one exp and one log per row.
        const double m = std::max(b.logAlive, b.logDied);
        ll += row.weight * (lgRX - lgR + constant + m + std::log1p(std::exp(-std::abs(b.logAlive - b.logDied))));
    }
    return ll;
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
BoundaryMeaning explainBoundary(const std::vector<int> &t)
{
    const std::string otherModels = "Try BG/NBD, a longer calibration window or more customers.";
    if (t[2] > 0 && t[3] > 0)
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
