// valueCustomers(): stage one of the engine contract (analysis.h).

#include "models/engine/analysis.h"

#include "models/clv/clvcalculator.h"
#include "models/clv/customersummary.h"
#include "models/engine/acquisitioncost.h"
#include "models/engine/analysisspan.h"
#include "models/engine/asof.h"
#include "models/engine/churn.h"
#include "models/engine/fitcache.h"
#include "models/engine/modelfitting.h"
#include "models/engine/rfm.h"
#include "models/engine/scoring.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <tuple>

namespace lodestar {

namespace {

/// Per distinct (x, t_x, T) row: what the transaction model predicts over the horizon.
struct RowPredictions
{
    std::vector<double> probabilityAlive;
    std::vector<double> expectedPurchases;      ///< undiscounted, over the horizon
    std::vector<double> discountedPurchases;    ///< Σ_i E[transactions in month i] / (1 + m)^i
    std::vector<double> shape;                  ///< cumulative share of purchases by month
};

Error cancelledError()
{
    return Error{QCoreApplication::translate("engine", "The valuation was cancelled."), QString()};
}

// Asked on every likelihood evaluation of a fit: the progress callback is the engine's one cancel
// channel, so the fit repeats the last fraction reached and stops when the callback says so.
std::function<bool()> cancelRequestAt(const ProgressCallback &progress, double fraction)
{
    if (!progress)
        return {};
    return [&progress, fraction] { return !progress(fraction); };
}

// Month-by-month expected transactions as lifetimes' customer_lifetime_value, computed in
// chunks so memory stays bounded at a million customers; progress runs from `from` to `to`
// over the chunks, and nullopt means it asked to cancel.
std::optional<RowPredictions> predictRows(const TransactionModel &model, const std::vector<RepeatPurchaseRow> &rows,
                                          const ClvDefinition &definition, double unitDays,
                                          const ProgressCallback &progress, double from, double to)
{
    const int months = definition.horizonMonths;
    const double monthLength = (365.25 / 12.0) / unitDays;
    const std::vector<double> factors = monthlyDiscountFactors(definition.monthlyDiscountRate(), months);
    RowPredictions out;
    out.probabilityAlive.resize(rows.size());
    out.expectedPurchases.resize(rows.size());
    out.discountedPurchases.resize(rows.size());
    std::vector<double> byMonth(months, 0.0);
    // Rows in (x, T) order, so each chunk holds whole groups of equal (x, T) and the model
    // computes their alive-customer series once (BgNbdModel::expectedTransactionsByPeriod).
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t l, std::size_t r) {
        return std::tie(rows[l].x, rows[l].T) < std::tie(rows[r].x, rows[r].T);
    });
    constexpr std::size_t chunk = 32768;
    std::vector<RepeatPurchaseRow> part;
    std::vector<double> buffer;
    std::vector<double> alive;
    for (std::size_t begin = 0; begin < rows.size(); begin += chunk) {
        if (progress && !progress(from + (to - from) * double(begin) / double(rows.size())))
            return std::nullopt;
        const std::size_t end = std::min(rows.size(), begin + chunk);
        part.clear();
        for (std::size_t k = begin; k < end; ++k)
            part.push_back(rows[order[k]]);
        model.expectedTransactionsByPeriod(part, monthLength, months, buffer);
        model.probabilityAlive(part, alive);
        for (std::size_t i = 0; i < part.size(); ++i) {
            const double *e = buffer.data() + i * months;
            double total = 0.0;
            for (int k = 0; k < months; ++k) {
                const double value = std::isfinite(e[k]) ? std::max(0.0, e[k]) : 0.0;
                total += value;
                byMonth[k] += value * part[i].weight;
            }
            out.probabilityAlive[order[begin + i]] = alive[i];
            out.expectedPurchases[order[begin + i]] = total;
            out.discountedPurchases[order[begin + i]] = discountedMargin(e, factors, 1.0, 1.0);
        }
    }
    double cumulative = 0.0;
    double sum = 0.0;
    for (double v : byMonth)
        sum += v;
    for (double v : byMonth) {
        cumulative += v;
        out.shape.push_back(sum > 0.0 ? cumulative / sum : 0.0);
    }
    return out;
}

double finiteOr(double value, double fallback)
{
    return std::isfinite(value) ? value : fallback;
}

// Fills the model figures of every calibration customer from their row's predictions.
void applyPredictions(Valuation &valuation, const SummaryTable &table, const FitInput &input,
                      const CompressedRows &compressed, const RowPredictions &rows, const FittedSpendModel &spend)
{
    for (std::size_t k = 0; k < input.customerOfRow.size(); ++k) {
        CustomerValue &v = valuation.customers[input.customerOfRow[k]];
        const CustomerSummary &s = table.customers[input.customerOfRow[k]];
        const std::size_t r = compressed.rowOfInput[k];
        v.probabilityAlive = std::clamp(finiteOr(rows.probabilityAlive[r], 0.0), 0.0, 1.0);
        v.expectedPurchases = finiteOr(rows.expectedPurchases[r], 0.0);
        v.expectedSpend = finiteOr(spend.expectedSpend(s.frequency, s.meanRepeatValue), 0.0);
        const double clv = rows.discountedPurchases[r] * v.expectedSpend * v.margin;
        v.clv = finiteOr(clv, 0.0);
    }
}

// Without a fitted model, "alive" is "bought in the last year of the calibration window".
void applyRecencyHeuristic(Valuation &valuation, const SummaryTable &table)
{
    const std::int32_t end = epochDayOf(table.calibrationEnd);
    for (std::size_t i = 0; i < valuation.customers.size(); ++i)
        valuation.customers[i].probabilityAlive = end - table.customers[i].lastDay <= 365 ? 1.0 : 0.0;
}

void applySimpleFormula(Valuation &valuation, const SummaryTable &table, const Dataset &data)
{
    const std::int32_t end = epochDayOf(table.calibrationEnd);
    valuation.annualChurn = measureAnnualChurn(data, end).churn;
    if (!std::isfinite(valuation.annualChurn))
        valuation.warnings << QStringLiteral("Annual churn cannot be measured (less than two years of purchases): "
                                             "the simple formula gives 0.");
    for (std::size_t i = 0; i < valuation.customers.size(); ++i) {
        const CustomerSummary &s = table.customers[i];
        // Yearly revenue: calibration revenue over the customer's tenure in years, at least one year.
        const double years = std::max(1.0, (end - s.firstDay + 1) / 365.25);
        valuation.customers[i].clv = simpleFormulaClv(s.calibrationRevenue / years, valuation.customers[i].margin,
                                                      finiteOr(valuation.annualChurn, 0.0));
    }
}

// Score and tier rank the valued customers only; the others keep score 0 and Low.
void applyRanks(Valuation &valuation)
{
    std::vector<double> values;
    std::vector<std::size_t> index;
    for (std::size_t i = 0; i < valuation.customers.size(); ++i) {
        if (valuation.customers[i].hasClv) {
            values.push_back(valuation.customers[i].clv);
            index.push_back(i);
        }
    }
    const std::vector<int> scores = percentileScores(values);
    const std::vector<Tier> tiers = tiersFor(values, valuation.definition);
    for (std::size_t k = 0; k < index.size(); ++k) {
        valuation.customers[index[k]].score = scores[k];
        valuation.customers[index[k]].tier = tiers[k];
    }
}

// RFM is descriptive: the whole history, measured at the last purchase in the data.
void applyRfm(Valuation &valuation, const SummaryTable &table)
{
    const std::int32_t reference = epochDayOf(table.lastPurchase);
    std::vector<RfmInput> inputs(table.customers.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const CustomerSummary &s = table.customers[i];
        inputs[i] = {s.hasPurchases, static_cast<double>(reference - s.lastDay), static_cast<double>(s.purchaseDays),
                     s.revenue};
    }
    const std::vector<RfmScore> scores = scoreRfm(inputs);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        CustomerValue &v = valuation.customers[i];
        v.recencyScore = scores[i].recency;
        v.frequencyScore = scores[i].frequency;
        v.monetaryScore = scores[i].monetary;
        v.rfmSegment = scores[i].segment;
    }
}

void initialiseCustomers(Valuation &valuation, const SummaryTable &table, const Dataset &data)
{
    const std::vector<double> cac = acquisitionCosts(data);
    valuation.customers.resize(table.customers.size());
    for (std::size_t i = 0; i < table.customers.size(); ++i) {
        const CustomerSummary &s = table.customers[i];
        const CustomerRecord &record = data.customers[i];
        CustomerValue &v = valuation.customers[i];
        v.customer = static_cast<std::int32_t>(i);
        v.frequency = s.frequency;
        v.recency = s.recency;
        v.age = s.age;
        v.revenue = s.revenue;
        v.margin = valuation.definition.marginFor(record.plan, record.channel);
        v.historicClv = s.revenue * v.margin;
        v.acquisitionCost = cac[i];
        v.firstPurchaseDay = s.firstDay;
        v.hasPurchases = s.hasPurchases;
        v.probabilityAlive = s.inCalibration ? 1.0 : 0.0;
        v.hasClv = valuation.definition.method == ClvMethod::Historic ? s.hasPurchases : s.inCalibration;
        if (valuation.definition.method == ClvMethod::Historic)
            v.clv = v.historicClv;
    }
}

QString fittedOn(const Valuation &valuation, const SummaryTable &table)
{
    const ClvDefinition &d = valuation.definition;
    return QStringLiteral("calibration %1..%2, unit %3, %4 customers")
        .arg(d.calibrationStart.isValid() ? d.calibrationStart.toString(Qt::ISODate) : table.firstPurchase.toString(Qt::ISODate),
             table.calibrationEnd.toString(Qt::ISODate), timeUnitKey(d.timeUnit))
        .arg(table.calibrationCustomers);
}

// The documented fallback order of a predictive method: its own transaction model, the other one
// (Pareto/NBD <-> BG/NBD), then historic CLV. Each step leaves a warning naming what was used.
Result<FittedTransactionModel> fitOtherTransactionModel(Valuation &valuation, TransactionModelKind refused,
                                                        const std::vector<RepeatPurchaseRow> &rows,
                                                        const Error &why, const ProgressCallback &progress,
                                                        const FitReuse &reuse)
{
    const auto other = refused == TransactionModelKind::BgNbd ? TransactionModelKind::ParetoNbd : TransactionModelKind::BgNbd;
    auto fitted = fitTransactionModel(other, rows, cancelRequestAt(progress, 0.3), reuse);
    if (!fitted)
        return why; // the first model's reason is the one the user asked about
    valuation.warnings << QCoreApplication::translate("engine", "Fallback: CLV uses the %1 model, because %2 %3")
                              .arg(modelDisplayName(fitted->fit.model), why.message, errorReason(why));
    return fitted;
}

QString fallbackWarning(const Error &why, bool predictive)
{
    const QString reason = errorReason(why).isEmpty() ? why.message : why.message + QLatin1Char(' ') + errorReason(why);
    if (!predictive)
        return reason;
    return QCoreApplication::translate("engine", "Fallback: CLV is historic CLV (realised revenue x margin), because "
                                                 "neither BG/NBD nor Pareto/NBD can be used: %1").arg(reason);
}

// Historic CLV for every customer with a purchase, as the Historic method gives it.
void applyHistoricFallback(Valuation &valuation, const SummaryTable &table)
{
    for (std::size_t i = 0; i < valuation.customers.size(); ++i) {
        valuation.customers[i].hasClv = table.customers[i].hasPurchases;
        valuation.customers[i].clv = valuation.customers[i].historicClv;
    }
}

/// Fits the models and applies their predictions; a predictive method whose models both fail
/// falls back to historic CLV, with a warning.
Status applyModels(Valuation &valuation, const SummaryTable &table, const ProgressCallback &progress)
{
    const FitReuse reuse{valuation.fitCache.get(), fittedOn(valuation, table)};
    const ClvMethod method = valuation.definition.method;
    const bool predictive = isPredictive(method);
    const FitInput input = fitInput(table);
    const CompressedRows compressed = compressRows(input.rows);
    const auto kind = method == ClvMethod::ParetoNbdGammaGamma ? TransactionModelKind::ParetoNbd
                    : method == ClvMethod::MbgNbdGammaGamma    ? TransactionModelKind::MbgNbd
                                                               : TransactionModelKind::BgNbd;
    auto transactions = fitTransactionModel(kind, compressed.rows, cancelRequestAt(progress, 0.1), reuse);
    if (!transactions && progress && !progress(0.1))
        return cancelledError();
    if (!transactions && predictive)
        transactions = fitOtherTransactionModel(valuation, kind, compressed.rows, transactions.error(), progress, reuse);
    if (!transactions) {
        if (progress && !progress(0.1))
            return cancelledError();
        valuation.warnings << fallbackWarning(transactions.error(), predictive);
        if (predictive) {
            applyHistoricFallback(valuation, table);
            valuation.historicFallback = true;
        }
        applyRecencyHeuristic(valuation, table);
        return {};
    }
    if (progress && !progress(0.5))
        return cancelledError();
    double revenue = 0.0;
    double days = 0.0;
    for (const CustomerSummary &s : table.customers) {
        revenue += s.calibrationRevenue;
        days += s.inCalibration ? s.frequency + 1.0 : 0.0;
    }
    const FittedSpendModel spend = fitSpendModel(input.spend, days > 0.0 ? revenue / days : 0.0,
                                                 cancelRequestAt(progress, 0.5), 20, reuse);
    if (!spend.fit.warning.isEmpty())
        valuation.warnings << spend.fit.warning;
    if (progress && !progress(0.7))
        return cancelledError();
    const std::optional<RowPredictions> rows = predictRows(*transactions->model, compressed.rows, valuation.definition,
                                                           table.unitDays, progress, 0.7, 0.95);
    if (!rows)
        return cancelledError();
    std::vector<double> keep(valuation.customers.size());
    for (std::size_t i = 0; i < keep.size(); ++i)
        keep[i] = valuation.customers[i].clv;
    applyPredictions(valuation, table, input, compressed, *rows, spend);
    if (!predictive)
        for (std::size_t i = 0; i < keep.size(); ++i)
            valuation.customers[i].clv = keep[i];
    valuation.projectionShape = rows->shape;
    valuation.transactionModel = transactions->fit;
    valuation.spendModel = spend.fit;
    return {};
}

} // namespace

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::High: return QStringLiteral("High");
    case Tier::Medium: return QStringLiteral("Medium");
    case Tier::Low: return QStringLiteral("Low");
    }
    return QString();
}

Result<Valuation> valueCustomers(const Dataset &data, const ClvDefinition &definition, const ProgressCallback &askProgress,
                                 std::shared_ptr<FitCache> fitCache)
{
    // A cancel is answered once: later checks (after a fit, before the fallback) see it without
    // asking the caller again.
    auto cancelled = std::make_shared<bool>(false);
    const ProgressCallback progress = !askProgress ? ProgressCallback{} : [askProgress, cancelled](double done) {
        if (!*cancelled && !askProgress(done))
            *cancelled = true;
        return !*cancelled;
    };
    if (const QString problem = definition.validationError(); !problem.isEmpty())
        return Error{problem, QString()};
    const SummaryOptions options{definition.timeUnit, definition.calibrationStart, definition.calibrationEnd, QDate()};
    auto table = summarizeCustomers(data, options);
    if (!table)
        return table.error();
    // Before anything is laid out over the span (issue 12: a 9999-12-31 row asked for 15 GB).
    if (const QString problem = analysisSpanProblem(table->firstPurchase, table->lastPurchase); !problem.isEmpty())
        return Error{problem, QString()};
    if (progress && !progress(0.1))
        return cancelledError();
    Valuation valuation;
    valuation.definition = definition;
    valuation.dataStart = table->firstPurchase;
    valuation.dataEnd = table->lastPurchase;
    valuation.calibrationEnd = table->calibrationEnd;
    valuation.fitCache = fitCache ? std::move(fitCache) : std::make_shared<FitCache>();
    valuation.asOf = std::make_shared<AsOfValuations>();
    initialiseCustomers(valuation, *table, data);
    if (const Status fitted = applyModels(valuation, *table, progress); !fitted)
        return fitted.error();
    if (definition.method == ClvMethod::SimpleFormula)
        applySimpleFormula(valuation, *table, data);
    applyRanks(valuation);
    applyRfm(valuation, *table);
    if (progress && !progress(1.0))
        return cancelledError();
    return valuation;
}

} // namespace lodestar
