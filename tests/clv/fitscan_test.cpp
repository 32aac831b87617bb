// Zero false refusals: across calibration ends every two weeks on CDNOW and the apparel data,
// and across simulated data sets, wherever an independent maximisation (Nelder-Mead, which
// uses no gradient and no Hessian, from a generic start and from a perturbed fit, restarted)
// finds a stable interior maximum, the fit must say converged with a log-likelihood within
// 0.05 of it. Windows whose maximum is not interior are counted, not judged here.
//
// LODESTAR_FIT_SCAN_STRIDE=n takes every n-th window (scripts/ci-hardening.sh sets 40); the default
// takes them all.

#include "testsupport.h"

#include "models/clv/bgnbd.h"
#include "models/clv/gammagamma.h"
#include "models/clv/paretonbd.h"
#include "models/clv/simulator.h"

#include <gtest/gtest.h>
#include <nlopt.h>

#include <QDate>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>

using namespace lodestar;

namespace {

struct Purchase
{
    int day = 0;        // days since the epoch of the data
    double value = 0.0; // summed over the day
};

// customer -> purchase days in order, one entry per day (the models count purchase days).
using History = std::map<QString, std::vector<Purchase>>;

void add(History &history, const QString &id, int day, double value)
{
    std::vector<Purchase> &days = history[id];
    const auto it = std::lower_bound(days.begin(), days.end(), day, [](const Purchase &p, int d) { return p.day < d; });
    if (it != days.end() && it->day == day)
        it->value += value;
    else
        days.insert(it, Purchase{day, value});
}

History readCsv(const QString &path, int idColumn, int dateColumn, int valueColumn, const QString &dateFormat)
{
    History history;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return history;
    file.readLine();
    while (!file.atEnd()) {
        const QStringList cells = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
        if (cells.size() <= std::max({idColumn, dateColumn, valueColumn}))
            continue;
        const QDate date = QDate::fromString(cells[dateColumn], dateFormat);
        add(history, cells[idColumn], static_cast<int>(date.toJulianDay()), cells[valueColumn].toDouble());
    }
    return history;
}

struct Window
{
    std::vector<RepeatPurchaseRow> rows; // weeks
    std::vector<SpendRow> spend;
};

// x, t_x, T in weeks for the customers whose first purchase is on or before the end; spend is
// the mean of the repeat purchase days.
Window windowAt(const History &history, int end)
{
    Window w;
    for (const auto &[id, days] : history) {
        if (days.front().day > end)
            continue;
        int x = 0, last = days.front().day;
        double repeatValue = 0.0;
        for (std::size_t k = 1; k < days.size() && days[k].day <= end; ++k) {
            ++x;
            last = days[k].day;
            repeatValue += days[k].value;
        }
        const double T = (end - days.front().day) / 7.0;
        if (T <= 0.0)
            continue;
        w.rows.push_back({double(x), (last - days.front().day) / 7.0, T, 1.0});
        if (x > 0 && repeatValue > 0.0)
            w.spend.push_back({double(x), repeatValue / x, 1.0});
    }
    return w;
}

// ---- the independent maximisation ------------------------------------------------------------

using LogLikelihood = std::function<double(const std::vector<double> &)>;

struct Maximum
{
    std::vector<double> parameters;
    double logLikelihood = -HUGE_VAL;
    bool interior = false;
    bool ambiguous = false;
};

double nelderMeadCost(unsigned n, const double *y, double *, void *data)
{
    const auto &ll = *static_cast<const LogLikelihood *>(data);
    std::vector<double> p(n);
    for (unsigned i = 0; i < n; ++i)
        p[i] = std::exp(y[i]);
    const double value = ll(p);
    return std::isfinite(value) ? -value : 1e300;
}

Maximum nelderMead(const LogLikelihood &ll, const std::vector<double> &start, double step)
{
    const auto n = static_cast<unsigned>(start.size());
    std::unique_ptr<nlopt_opt_s, decltype(&nlopt_destroy)> opt(nlopt_create(NLOPT_LN_NELDERMEAD, n), &nlopt_destroy);
    std::vector<double> lower(n, -30.0), upper(n, 30.0), y(n);
    nlopt_set_lower_bounds(opt.get(), lower.data());
    nlopt_set_upper_bounds(opt.get(), upper.data());
    nlopt_set_min_objective(opt.get(), &nelderMeadCost, const_cast<LogLikelihood *>(&ll));
    // Far tighter than the 0.05 the fit is held to, and cheap enough to run on every window.
    nlopt_set_ftol_abs(opt.get(), 1e-7);
    nlopt_set_xtol_rel(opt.get(), 1e-8);
    nlopt_set_maxeval(opt.get(), 3000);
    nlopt_set_initial_step1(opt.get(), step);
    for (unsigned i = 0; i < n; ++i)
        y[i] = std::log(start[i]);
    double cost = 0.0;
    nlopt_optimize(opt.get(), y.data(), &cost);
    Maximum m;
    for (double v : y)
        m.parameters.push_back(std::exp(v));
    m.logLikelihood = -cost;
    return m;
}

// Standard errors of log p from second differences of the likelihood (step 1e-3 in log p),
// the test's own, by Gauss-Jordan on the 3 x 3 or 4 x 4 information matrix; NaN if singular.
std::vector<double> logStandardErrors(const LogLikelihood &ll, const std::vector<double> &p)
{
    const std::size_t n = p.size();
    const double h = 1e-3;
    const auto at = [&](std::size_t i, double di, std::size_t j, double dj) {
        std::vector<double> q = p;
        q[i] *= std::exp(di);
        q[j] *= std::exp(dj);
        return ll(q);
    };
    std::vector<std::vector<double>> a(n, std::vector<double>(2 * n, 0.0));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j)
            a[i][j] = -(at(i, h, j, h) - at(i, h, j, -h) - at(i, -h, j, h) + at(i, -h, j, -h)) / (4 * h * h);
        a[i][n + i] = 1.0;
    }
    for (std::size_t c = 0; c < n; ++c) {
        std::size_t pivot = c;
        for (std::size_t r = c + 1; r < n; ++r)
            if (std::abs(a[r][c]) > std::abs(a[pivot][c]))
                pivot = r;
        std::swap(a[c], a[pivot]);
        if (!(std::abs(a[c][c]) > 0.0))
            return std::vector<double>(n, NAN);
        const double d = a[c][c];
        for (double &v : a[c])
            v /= d;
        for (std::size_t r = 0; r < n; ++r) {
            if (r == c)
                continue;
            const double f = a[r][c];
            for (std::size_t k = 0; k < 2 * n; ++k)
                a[r][k] -= f * a[c][k];
        }
    }
    std::vector<double> se(n);
    for (std::size_t i = 0; i < n; ++i)
        se[i] = a[i][n + i] > 0.0 ? std::sqrt(a[i][n + i]) : NAN;
    return se;
}

// Best of the starts, then restarted with a fresh simplex. Interior: the restart stays put
// (parameters within 2%, likelihood within 1e-3) well inside the box, and the maximum is pinned
// down (every standard error of log p below 0.8, i.e. s.e. clearly below the estimate); on a
// ridge or towards a boundary the restart keeps walking or the errors blow up. Maxima with
// errors near the estimates (0.8 to 1.25 on the log scale) are left unjudged.
Maximum independentMaximum(const LogLikelihood &ll, const std::vector<std::vector<double>> &starts)
{
    Maximum best;
    for (const auto &start : starts) {
        const Maximum m = nelderMead(ll, start, 0.5);
        if (m.logLikelihood > best.logLikelihood)
            best = m;
    }
    Maximum again = nelderMead(ll, best.parameters, 0.2);
    bool stable = std::abs(again.logLikelihood - best.logLikelihood) < 1e-3;
    for (std::size_t i = 0; i < best.parameters.size(); ++i) {
        stable = stable && std::abs(std::log(again.parameters[i] / best.parameters[i])) < 0.02
            && std::abs(std::log(again.parameters[i])) < 12.0;
    }
    Maximum out = again.logLikelihood >= best.logLikelihood ? again : best;
    double worst = 0.0;
    for (double se : logStandardErrors(ll, out.parameters))
        worst = std::isfinite(se) ? std::max(worst, se) : HUGE_VAL;
    out.interior = stable && worst < 0.8;
    out.ambiguous = stable && worst >= 0.8 && worst < 1.25;
    return out;
}

// Nelder-Mead from the fit's point, moved away (x1.5, x0.7) so it has to find its own way back;
// and, where the fit refused (where a false refusal would hide), from a generic start too.
std::vector<std::vector<double>> startsFrom(const FitResult &fit, const std::vector<double> &generic)
{
    std::vector<double> perturbed = fit.parameters;
    for (std::size_t i = 0; i < perturbed.size(); ++i)
        perturbed[i] *= (i % 2 == 0) ? 1.5 : 0.7;
    if (fit.converged)
        return {perturbed};
    return {generic, perturbed};
}

// ---- the scan ---------------------------------------------------------------------------------

struct Tally
{
    int windows = 0;
    int interior = 0;
    int converged = 0;
    int falseRefusals = 0;
    int refusedAtBoundary = 0;
    int ambiguous = 0;
    int flatRidges = 0; ///< Hessian said interior, flatBetween() said not
};

// A second witness against "interior" on a nearly singular ridge, where a finite-difference
// Hessian is least reliable: two points whose likelihoods differ by dLL, a distance d apart in
// log p, bound the curvature along the line between them by 2 dLL / d^2 around the maximum, so
// the standard error of log p along it is at least d / sqrt(2 dLL). Above 1.25 the data do not
// pin the parameters down, whatever the Hessian says (Pareto/NBD's (s, beta) ridge on apparel:
// the fit and Nelder-Mead 12% apart with log-likelihoods equal to 1e-5).
bool flatBetween(const FitResult &fit, const Maximum &independent)
{
    if (fit.parameters.size() != independent.parameters.size() || !std::isfinite(fit.logLikelihood))
        return false;
    double distance = 0.0;
    for (std::size_t i = 0; i < fit.parameters.size(); ++i) {
        const double step = std::log(fit.parameters[i] / independent.parameters[i]);
        distance += step * step;
    }
    distance = std::sqrt(distance);
    const double drop = std::max(independent.logLikelihood - fit.logLikelihood, 1e-12);
    return distance > 0.02 && distance / std::sqrt(2.0 * drop) > 1.25;
}

void judge(Tally &tally, const std::string &where, const FitResult &fit, Maximum independent)
{
    ++tally.windows;
    tally.converged += fit.converged ? 1 : 0;
    if (independent.interior && flatBetween(fit, independent)) {
        independent.interior = false;
        independent.ambiguous = true;
        ++tally.flatRidges;
    }
    if (!independent.interior) {
        tally.refusedAtBoundary += fit.converged ? 0 : 1;
        tally.ambiguous += independent.ambiguous ? 1 : 0;
        return;
    }
    ++tally.interior;
    if (!fit.converged)
        ++tally.falseRefusals;
    EXPECT_TRUE(fit.converged) << where << ": refused an interior maximum (LL " << independent.logLikelihood
                               << " at " << ::testing::PrintToString(independent.parameters) << "; the fit's LL "
                               << fit.logLikelihood << " at " << ::testing::PrintToString(fit.parameters) << "): " << fit.message;
    // The fit may find a higher point than Nelder-Mead, never a lower one.
    EXPECT_GT(fit.logLikelihood, independent.logLikelihood - 0.05) << where;
    for (std::size_t i = 0; i < fit.parameters.size() && fit.converged; ++i)
        EXPECT_LE(fit.standardErrors[i], fit.parameters[i]) << where << " " << fit.parameterNames[i];
}

// The product's options but the wall clock: its 7 s cap depends on how busy the machine is, and
// the verdict must not. The evaluation caps still bound every fit.
FitOptions scanOptions()
{
    FitOptions options;
    options.timeLimitSeconds = 1e6;
    return options;
}

void scanTransactions(Tally &bg, Tally &pareto, Tally &gg, const std::string &name, const Window &w)
{
    if (w.rows.size() < 30)
        return;
    double meanX = 0.0, meanT = 0.0, meanSpend = 0.0;
    for (const RepeatPurchaseRow &row : w.rows) {
        meanX += row.x / double(w.rows.size());
        meanT += row.T / double(w.rows.size());
    }
    for (const SpendRow &row : w.spend)
        meanSpend += row.meanValue / double(std::max<std::size_t>(1, w.spend.size()));
    const double scale = meanT / std::max(meanX, 0.05);

    const FitResult bgFit = BgNbdModel::fit(w.rows, scanOptions());
    const LogLikelihood bgLL = [&](const std::vector<double> &p) {
        return BgNbdModel::logLikelihood(BgNbdParameters::fromVector(p), w.rows);
    };
    judge(bg, name + " BG/NBD", bgFit, independentMaximum(bgLL, startsFrom(bgFit, {0.5, scale * 0.5, 0.7, 2.0})));

    const FitResult paretoFit = ParetoNbdModel::fit(w.rows, scanOptions());
    const LogLikelihood paretoLL = [&](const std::vector<double> &p) {
        return ParetoNbdModel::logLikelihood(ParetoNbdParameters::fromVector(p), w.rows);
    };
    judge(pareto, name + " Pareto/NBD", paretoFit,
          independentMaximum(paretoLL, startsFrom(paretoFit, {0.5, scale * 0.5, 0.5, meanT})));

    if (w.spend.size() < 20)
        return;
    const FitResult ggFit = GammaGammaModel::fit(w.spend, scanOptions());
    const LogLikelihood ggLL = [&](const std::vector<double> &p) {
        return GammaGammaModel::logLikelihood(GammaGammaParameters::fromVector(p), w.spend);
    };
    judge(gg, name + " Gamma-Gamma", ggFit, independentMaximum(ggLL, startsFrom(ggFit, {2.0, 3.0, meanSpend})));
}

int stride()
{
    const char *value = std::getenv("LODESTAR_FIT_SCAN_STRIDE");
    return value ? std::max(1, std::atoi(value)) : 1;
}

void report(const char *what, const Tally &t)
{
    std::printf("[ scan     ] %-12s %3d windows, %3d with an interior maximum, %3d converged, %d false refusals, "
                "%d refused without an interior maximum (%d of them with s.e. near the estimate, %d on a flat ridge)\n",
                what, t.windows, t.interior, t.converged, t.falseRefusals, t.refusedAtBoundary, t.ambiguous, t.flatRidges);
}

void scanHistory(const History &history, const char *label)
{
    ASSERT_FALSE(history.empty());
    int first = INT32_MAX, last = 0;
    for (const auto &[id, days] : history) {
        first = std::min(first, days.front().day);
        last = std::max(last, days.back().day);
    }
    Tally bg, pareto, gg;
    int k = 0;
    // From eight weeks in (fewer leaves too few repeat purchases to fit) to the end of the data.
    for (int end = first + 56; end <= last; end += 14, ++k) {
        // A stride keeps the last window, the calibration end a default definition uses.
        if (k % stride() != 0 && end + 14 <= last)
            continue;
        scanTransactions(bg, pareto, gg, std::string(label) + " to " + QDate::fromJulianDay(end).toString(Qt::ISODate).toStdString(),
                         windowAt(history, end));
    }
    report("BG/NBD", bg);
    report("Pareto/NBD", pareto);
    report("Gamma-Gamma", gg);
    EXPECT_GT(bg.interior, 0);
    EXPECT_GT(pareto.interior, 0);
}

} // namespace

TEST(FitScan, CdnowEveryTwoWeeksHasNoFalseRefusal)
{
    LODESTAR_REQUIRE_SHARED("cdnow/cdnowElog.csv");
    scanHistory(readCsv(test::sharedData("cdnow/cdnowElog.csv"), 0, 2, 4, QStringLiteral("yyyyMMdd")), "CDNOW");
}

TEST(FitScan, ApparelEveryTwoWeeksHasNoFalseRefusal)
{
    LODESTAR_REQUIRE_SHARED("apparel/apparelTrans.csv");
    scanHistory(readCsv(test::sharedData("apparel/apparelTrans.csv"), 0, 1, 2, QStringLiteral("yyyy-MM-dd")), "apparel");
}

TEST(FitScan, SimulatedDataSetsHaveNoFalseRefusal)
{
    // Populations from both models across the shapes real data take: steady buyers, heavy
    // drop-out, few customers, daily resolution; with Gamma-Gamma spend of wide and narrow spread.
    const std::vector<BgNbdParameters> bg{{0.25, 4.0, 0.8, 2.5}, {2.0, 8.0, 0.3, 6.0}, {0.6, 2.0, 1.5, 1.2}};
    const std::vector<ParetoNbdParameters> pareto{{0.55, 10.6, 0.6, 11.7}, {1.2, 5.0, 2.0, 30.0}, {0.3, 3.0, 0.4, 4.0}};
    const std::vector<GammaGammaParameters> spend{{6.0, 4.0, 15.0}, {2.0, 8.0, 40.0}};
    Tally bgTally, paretoTally, ggTally;
    int k = 0;
    for (std::size_t customers : {300u, 3000u}) {
        SimulationSettings settings;
        settings.customers = customers;
        settings.resolution = 1.0 / 7.0;
        for (std::size_t i = 0; i < bg.size(); ++i, ++k) {
            if (k % stride() != 0)
                continue;
            settings.seed = 1000 + k;
            const auto simulated = Simulator::bgNbd(bg[i], settings, &spend[i % spend.size()]);
            scanTransactions(bgTally, paretoTally, ggTally, "simulated BG/NBD " + std::to_string(k),
                             {Simulator::rows(simulated), Simulator::spendRows(simulated)});
        }
        for (std::size_t i = 0; i < pareto.size(); ++i, ++k) {
            if (k % stride() != 0)
                continue;
            settings.seed = 2000 + k;
            const auto simulated = Simulator::paretoNbd(pareto[i], settings, &spend[(i + 1) % spend.size()]);
            scanTransactions(bgTally, paretoTally, ggTally, "simulated Pareto/NBD " + std::to_string(k),
                             {Simulator::rows(simulated), Simulator::spendRows(simulated)});
        }
    }
    report("BG/NBD", bgTally);
    report("Pareto/NBD", paretoTally);
    report("Gamma-Gamma", ggTally);
}
