#include "fitcommand.h"

#include "enginecommon.h"

#include "models/clv/customersummary.h"
#include "models/clv/gammagamma.h"
#include "models/engine/headline.h"
#include "models/engine/modelfitting.h"
#include "models/itemmodels/valueformat.h"

#include <QJsonArray>

#include <cmath>
#include <map>

namespace lodestar::cli {

namespace {

/// The holdout check of a purchase model: totals, period by period, and by calibration frequency.
struct Holdout
{
    struct Period
    {
        QDate end;
        double actual = 0.0;
        double predicted = 0.0;
    };
    struct Frequency
    {
        double customers = 0.0;
        double actual = 0.0;    ///< holdout purchases, summed
        double predicted = 0.0; ///< expected holdout purchases, summed
    };
    double predicted = 0.0;
    double actual = 0.0;
    std::vector<Period> tracking;       ///< one per time unit after the calibration end
    std::map<int, Frequency> byFrequency; ///< by x, the calibration repeat purchases
};

// A fit as the command prints it: the engine's view and the 95% intervals of its parameters.
struct PrintedFit
{
    ModelFit fit;
    std::vector<double> low;
    std::vector<double> high;
};

Result<PrintedFit> fitSpend(const FitInput &input, const FitReuse &reuse)
{
    std::vector<SpendRow> rows;
    for (const SpendRow &row : input.spend)
        if (row.meanValue > 0.0)
            rows.push_back(row);
    if (rows.empty())
        return Error{QCoreApplication::translate("cli", "There are no repeat customers to fit the Gamma-Gamma model to."), {}};
    const auto compressed = compressSpendRows(rows);
    const auto fitNow = [&] { return GammaGammaModel::fit(compressed); };
    const FitResult result = reuse.cache->fitOrReuse(QStringLiteral("gamma-gamma"), inputStamp(compressed), reuse.fittedOn, fitNow);
    const ModelFit fit = toModelFit(QStringLiteral("gamma-gamma"), result);
    if (!fit.converged)
        return refusedFit(fit.model, result);
    return PrintedFit{fit, result.confidenceLow, result.confidenceHigh};
}

// Predicted holdout transactions: Σ E[Y(t) | x, t_x, T] over the calibration customers, t the
// holdout length (FHL 2005 eq. 10), against the x* counted in the holdout.
Holdout holdout(const TransactionModel &model, const SummaryTable &table, const FitInput &input, const QDate &end)
{
    Holdout h;
    const double length = table.calibrationEnd.daysTo(end) / table.unitDays;
    for (std::size_t k = 0; k < input.rows.size(); ++k) {
        const double predicted = model.conditionalExpectedTransactions(input.rows[k], length);
        const double actual = table.customers[input.customerOfRow[k]].holdoutFrequency;
        h.predicted += predicted;
        h.actual += actual;
        Holdout::Frequency &group = h.byFrequency[int(std::lround(input.rows[k].x))];
        group.customers += 1.0;
        group.actual += actual;
        group.predicted += predicted;
    }
    // Period by period (lifetimes' tracking plot): the expectation per whole time unit over the
    // distinct rows, weighted; the last period, which may be part of a unit, takes what is left.
    const std::size_t periods = table.holdoutPurchasesByPeriod.size();
    if (periods == 0)
        return h;
    const CompressedRows compressed = compressRows(input.rows);
    std::vector<double> byPeriod;
    model.expectedTransactionsByPeriod(compressed.rows, 1.0, int(periods), byPeriod);
    double before = 0.0;
    for (std::size_t k = 0; k < periods; ++k) {
        Holdout::Period period;
        const bool last = k + 1 == periods;
        period.end = last ? end : table.calibrationEnd.addDays(std::lround(double(k + 1) * table.unitDays));
        period.actual = table.holdoutPurchasesByPeriod[k];
        for (std::size_t i = 0; !last && i < compressed.rows.size(); ++i)
            period.predicted += compressed.rows[i].weight * byPeriod[i * periods + k];
        if (last)
            period.predicted = h.predicted - before;
        before += period.predicted;
        h.tracking.push_back(period);
    }
    return h;
}

QJsonObject holdoutJson(const Holdout &h)
{
    QJsonArray tracking;
    for (const Holdout::Period &period : h.tracking)
        tracking.append(QJsonObject{{QStringLiteral("period_end"), period.end.toString(Qt::ISODate)},
                                    {QStringLiteral("actual"), jsonNumber(period.actual)},
                                    {QStringLiteral("predicted"), jsonNumber(period.predicted)}});
    QJsonArray byFrequency;
    for (const auto &[x, group] : h.byFrequency)
        byFrequency.append(QJsonObject{{QStringLiteral("x"), x},
                                       {QStringLiteral("customers"), jsonNumber(group.customers)},
                                       {QStringLiteral("actual_mean"), jsonNumber(group.actual / group.customers)},
                                       {QStringLiteral("predicted_mean"), jsonNumber(group.predicted / group.customers)}});
    return QJsonObject{{QStringLiteral("predicted"), jsonNumber(h.predicted)},
                       {QStringLiteral("actual"), jsonNumber(h.actual)},
                       {QStringLiteral("tracking"), tracking},
                       {QStringLiteral("by_frequency"), byFrequency}};
}

// Doubts about a fit that was accepted, as the model reported them.
QStringList fitWarnings(const ModelFit &fit)
{
    return fit.warning.isEmpty() ? QStringList() : QStringList{fit.warning};
}

QJsonObject fitJson(const PrintedFit &printed)
{
    const ModelFit &fit = printed.fit;
    QJsonObject params;
    QJsonObject errors;
    QJsonObject low;
    QJsonObject high;
    for (qsizetype i = 0; i < fit.parameterNames.size(); ++i) {
        params.insert(fit.parameterNames[i], jsonNumber(fit.parameters.at(i)));
        errors.insert(fit.parameterNames[i], jsonNumber(fit.standardErrors.at(i)));
        low.insert(fit.parameterNames[i], jsonNumber(printed.low.at(i)));
        high.insert(fit.parameterNames[i], jsonNumber(printed.high.at(i)));
    }
    QJsonArray warnings;
    for (const QString &warning : fitWarnings(fit))
        warnings.append(warning);
    return QJsonObject{{QStringLiteral("model"), fit.model},
                       {QStringLiteral("params"), params},
                       {QStringLiteral("log_likelihood"), jsonNumber(fit.logLikelihood)},
                       {QStringLiteral("customers"), fit.customers},
                       {QStringLiteral("converged"), fit.converged},
                       {QStringLiteral("std_errors"), errors},
                       {QStringLiteral("ci_low"), low},
                       {QStringLiteral("ci_high"), high},
                       {QStringLiteral("warnings"), warnings}};
}

void printText(const CommandContext &context, const PrintedFit &printed, const std::optional<Holdout> &h)
{
    const ModelFit &fit = printed.fit;
    context.out << modelDisplayName(fit.model) << QCoreApplication::translate("cli", " fitted on %1 customers").arg(fit.customers) << '\n';
    for (qsizetype i = 0; i < fit.parameterNames.size(); ++i)
        context.out << "  " << fit.parameterNames[i].leftJustified(8) << textNumber(fit.parameters.at(i), 4)
                    << "  (s.e. " << textNumber(fit.standardErrors.at(i), 4) << "; 95% "
                    << textNumber(printed.low.at(i), 4) << " to "
                    << textNumber(printed.high.at(i), 4) << ")\n";
    context.out << QCoreApplication::translate("cli", "Log-likelihood: %1").arg(textNumber(fit.logLikelihood, 2)) << '\n';
    if (h)
        context.out << QCoreApplication::translate("cli", "Holdout repeat transactions: predicted %1, actual %2")
                           .arg(textNumber(h->predicted, 1), textNumber(h->actual, 0)) << '\n';
    for (const QString &warning : fitWarnings(fit))
        context.out << QCoreApplication::translate("cli", "Note: %1").arg(warning) << '\n';
    context.out.flush();
}

// One purchase model's row of `fit --compare`.
struct ComparedModel
{
    QString model;
    std::optional<FittedTransactionModel> fitted;
    QString refusal; ///< why it could not be fitted
    std::optional<Holdout> holdout;

    int parameters() const { return fitted ? int(fitted->fit.parameters.size()) : 0; }
    /// Akaike's and the Bayesian information criteria: -2 LL plus 2 k, or k ln(n); lower is better.
    double aic() const { return fitted ? 2.0 * parameters() - 2.0 * fitted->fit.logLikelihood : kUnknown; }
    double bic() const
    {
        return fitted ? parameters() * std::log(double(fitted->fit.customers)) - 2.0 * fitted->fit.logLikelihood : kUnknown;
    }
    double holdoutError() const
    {
        return holdout && holdout->actual > 0.0 ? (holdout->predicted - holdout->actual) / holdout->actual : kUnknown;
    }
};

/// Every purchase model fitted on the same calibration rows (through the fit cache), side by side.
std::vector<ComparedModel> compareModels(const SummaryTable &table, const FitInput &input, const QDate &holdoutEnd,
                                         const FitReuse &reuse)
{
    const auto rows = compressRows(input.rows).rows;
    std::vector<ComparedModel> compared;
    for (const auto kind : {TransactionModelKind::BgNbd, TransactionModelKind::MbgNbd, TransactionModelKind::ParetoNbd}) {
        ComparedModel entry{transactionModelName(kind), std::nullopt, QString(), std::nullopt};
        auto fitted = fitTransactionModel(kind, rows, {}, reuse);
        if (!fitted) {
            entry.refusal = fitted.errorString();
        } else {
            if (holdoutEnd.isValid())
                entry.holdout = holdout(*fitted->model, table, input, holdoutEnd);
            entry.fitted = std::move(fitted).value();
        }
        compared.push_back(std::move(entry));
    }
    return compared;
}

/// The model with the lowest AIC among those fitted, or empty.
QString bestByAic(const std::vector<ComparedModel> &compared)
{
    const ComparedModel *best = nullptr;
    for (const ComparedModel &entry : compared)
        if (entry.fitted && (!best || entry.aic() < best->aic()))
            best = &entry;
    return best ? best->model : QString();
}

void printComparison(const CommandContext &context, const std::vector<ComparedModel> &compared, bool json)
{
    const QString best = bestByAic(compared);
    if (json) {
        QJsonArray models;
        for (const ComparedModel &entry : compared) {
            QJsonObject row{{QStringLiteral("model"), entry.model}, {QStringLiteral("converged"), entry.fitted.has_value()}};
            if (entry.fitted) {
                QJsonObject params;
                for (qsizetype i = 0; i < entry.fitted->fit.parameterNames.size(); ++i)
                    params.insert(entry.fitted->fit.parameterNames[i], jsonNumber(entry.fitted->fit.parameters.at(i)));
                row.insert(QStringLiteral("params"), params);
                row.insert(QStringLiteral("log_likelihood"), jsonNumber(entry.fitted->fit.logLikelihood));
                row.insert(QStringLiteral("parameters"), entry.parameters());
                row.insert(QStringLiteral("customers"), entry.fitted->fit.customers);
                row.insert(QStringLiteral("aic"), jsonNumber(entry.aic()));
                row.insert(QStringLiteral("bic"), jsonNumber(entry.bic()));
            } else {
                row.insert(QStringLiteral("reason"), entry.refusal);
            }
            if (entry.holdout)
                row.insert(QStringLiteral("holdout"), QJsonObject{{QStringLiteral("predicted"), jsonNumber(entry.holdout->predicted)},
                                                                  {QStringLiteral("actual"), jsonNumber(entry.holdout->actual)},
                                                                  {QStringLiteral("error"), jsonNumber(entry.holdoutError())}});
            models.append(row);
        }
        printJson(context.out, QJsonObject{{QStringLiteral("models"), models}, {QStringLiteral("best_by_aic"), best}});
        return;
    }
    const QList<int> widths{12, 12, 12, 12, 12, 12, 10};
    context.out << textRow({QCoreApplication::translate("cli", "model"), QCoreApplication::translate("cli", "log-lik."),
                            QStringLiteral("AIC"), QStringLiteral("BIC"), QCoreApplication::translate("cli", "holdout pred."),
                            QCoreApplication::translate("cli", "actual"), QCoreApplication::translate("cli", "error")},
                           widths) << '\n';
    for (const ComparedModel &entry : compared) {
        if (!entry.fitted) {
            context.out << modelDisplayName(entry.model).leftJustified(widths[0]) << ' ' << entry.refusal << '\n';
            continue;
        }
        context.out << textRow({modelDisplayName(entry.model), textNumber(entry.fitted->fit.logLikelihood, 1),
                                textNumber(entry.aic(), 1), textNumber(entry.bic(), 1),
                                entry.holdout ? textNumber(entry.holdout->predicted, 1) : QString(),
                                entry.holdout ? textNumber(entry.holdout->actual, 0) : QString(),
                                entry.holdout ? format::percent(entry.holdoutError()) : QString()},
                               widths) << '\n';
    }
    if (!best.isEmpty())
        context.out << QCoreApplication::translate("cli", "Lowest AIC: %1").arg(modelDisplayName(best)) << '\n';
    context.out.flush();
}

} // namespace

int runFit(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Fits a BG/NBD, Pareto/NBD or Gamma-Gamma model."));
    addWorkspaceOptions(parser);
    addDefinitionOptions(parser, DefinitionOptions::Fit);
    parser.addOption({QStringLiteral("model"), QCoreApplication::translate("cli", "bgnbd, mbgnbd, pareto-nbd or gamma-gamma."), QStringLiteral("MODEL")});
    parser.addOption({QStringLiteral("holdout-end"), QCoreApplication::translate("cli", "Last day of the holdout period (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("compare"),
                      QCoreApplication::translate("cli", "Fit every purchase model and compare log-likelihood, AIC, BIC and holdout error.")});
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    const bool compare = parser.isSet(QStringLiteral("compare"));
    const QString model = parser.value(QStringLiteral("model"));
    const QStringList models{QStringLiteral("bgnbd"), QStringLiteral("mbgnbd"), QStringLiteral("pareto-nbd"), QStringLiteral("gamma-gamma")};
    if (compare && parser.isSet(QStringLiteral("model")))
        return fail(context, QCoreApplication::translate("cli", "--compare fits every purchase model: leave out --model"), UnusableInput);
    if (!compare && !models.contains(model))
        return fail(context, QCoreApplication::translate("cli", "--model must be bgnbd, mbgnbd, pareto-nbd or gamma-gamma"), UnusableInput);
    const QDate holdoutEnd = QDate::fromString(parser.value(QStringLiteral("holdout-end")), Qt::ISODate);
    if (parser.isSet(QStringLiteral("holdout-end")) && !holdoutEnd.isValid())
        return fail(context, QCoreApplication::translate("cli", "--holdout-end needs a date YYYY-MM-DD"), UnusableInput);
    const auto loaded = loadDataAndDefinition(parser, context, DatasetScope::CustomerSummaries, holdoutEnd);
    if (!loaded)
        return loaded.exitCode;
    const ClvDefinition &d = loaded->definition;
    const auto table = summarizeCustomers(*loaded->data, {d.timeUnit, d.calibrationStart, d.calibrationEnd, holdoutEnd});
    if (!table)
        return fail(context, table.errorString(), UnusableInput);
    if (holdoutEnd.isValid() && holdoutEnd <= table->calibrationEnd)
        return fail(context, QCoreApplication::translate("cli", "the holdout end must be after the calibration end %1")
                                 .arg(table->calibrationEnd.toString(Qt::ISODate)), UnusableInput);
    const FitInput input = fitInput(*table);
    // Through the workspace's fit cache, so a later clv, kpis or window reuses this fit.
    const FitReuse reuse{loaded->service->fitCache().get(),
                         QStringLiteral("lodestar fit, calibration end %1, unit %2").arg(table->calibrationEnd.toString(Qt::ISODate), timeUnitKey(d.timeUnit))};
    if (compare) {
        const std::vector<ComparedModel> compared = compareModels(*table, input, holdoutEnd, reuse);
        loaded->service->saveFits(*loaded->service->fitCache());
        printComparison(context, compared, parser.isSet(QStringLiteral("json")));
        return Done;
    }
    std::optional<Holdout> h;
    PrintedFit fit;
    if (model == QLatin1String("gamma-gamma")) {
        const auto spend = fitSpend(input, reuse);
        if (!spend)
            return fail(context, spend.error(), UnusableInput);
        fit = *spend;
    } else {
        const auto kind = model == QLatin1String("bgnbd")    ? TransactionModelKind::BgNbd
                        : model == QLatin1String("mbgnbd") ? TransactionModelKind::MbgNbd
                                                           : TransactionModelKind::ParetoNbd;
        const auto fitted = fitTransactionModel(kind, compressRows(input.rows).rows, {}, reuse);
        if (!fitted)
            return fail(context, fitted.error(), UnusableInput);
        fit = PrintedFit{fitted->fit, fitted->confidenceLow, fitted->confidenceHigh};
        if (holdoutEnd.isValid())
            h = holdout(*fitted->model, *table, input, holdoutEnd);
    }
    loaded->service->saveFits(*loaded->service->fitCache());
    if (!parser.isSet(QStringLiteral("json"))) {
        printText(context, fit, h);
        return Done;
    }
    QJsonObject json = fitJson(fit);
    if (h)
        json.insert(QStringLiteral("holdout"), holdoutJson(*h));
    printJson(context.out, json);
    return Done;
}

} // namespace lodestar::cli
