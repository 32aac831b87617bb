#include "modelfitting.h"

#include "models/clv/bgnbd.h"
#include "models/clv/paretonbd.h"

#include <QCoreApplication>

#include <cmath>

namespace lodestar {

namespace {

bool allFinite(const std::vector<double> &values)
{
    for (double v : values)
        if (!std::isfinite(v))
            return false;
    return !values.empty();
}

} // namespace

Error refusedFit(const QString &model, const FitResult &result)
{
    // The detail is the reason and, on the next line, the hint: the command line prints both.
    const std::string reason = result.reason.empty() ? result.message : result.reason;
    return Error{QCoreApplication::translate("engine", "The %1 model cannot be used on this data.").arg(modelDisplayName(model)),
                 QString::fromStdString(reason + "\n" + result.hint)};
}

QString errorReason(const Error &error)
{
    return error.detail.section(QLatin1Char('\n'), 0, 0);
}

QString errorHint(const Error &error)
{
    return error.detail.section(QLatin1Char('\n'), 1);
}

QString transactionModelName(TransactionModelKind kind)
{
    switch (kind) {
    case TransactionModelKind::BgNbd: return QStringLiteral("bgnbd");
    case TransactionModelKind::MbgNbd: return QStringLiteral("mbgnbd");
    case TransactionModelKind::ParetoNbd: break;
    }
    return QStringLiteral("pareto-nbd");
}

std::shared_ptr<const TransactionModel> transactionModelFor(const QString &name, const std::vector<double> &parameters)
{
    if (parameters.size() != 4)
        return nullptr;
    if (name == QLatin1String("bgnbd"))
        return std::make_shared<BgNbdModel>(BgNbdParameters::fromVector(parameters));
    if (name == QLatin1String("mbgnbd"))
        return std::make_shared<BgNbdModel>(BgNbdParameters::fromVector(parameters), DropOut::AlsoAfterTheFirst);
    if (name == QLatin1String("pareto-nbd"))
        return std::make_shared<ParetoNbdModel>(ParetoNbdParameters::fromVector(parameters));
    return nullptr;
}

QString modelDisplayName(const QString &model)
{
    if (model == QLatin1String("bgnbd"))
        return QStringLiteral("BG/NBD");
    if (model == QLatin1String("mbgnbd"))
        return QStringLiteral("MBG/NBD");
    if (model == QLatin1String("pareto-nbd"))
        return QStringLiteral("Pareto/NBD");
    if (model == QLatin1String("gamma-gamma"))
        return QStringLiteral("Gamma-Gamma");
    return model;
}

ModelFit toModelFit(const QString &model, const FitResult &result)
{
    ModelFit fit;
    fit.model = model;
    for (const std::string &name : result.parameterNames)
        fit.parameterNames << QString::fromStdString(name);
    fit.parameters = result.parameters;
    fit.standardErrors = result.standardErrors;
    fit.standardErrors.resize(fit.parameters.size(), kUnknown);
    fit.logLikelihood = result.logLikelihood;
    fit.customers = static_cast<int>(std::lround(result.customers));
    fit.converged = result.converged && allFinite(result.parameters) && std::isfinite(result.logLikelihood);
    if (!result.message.empty())
        fit.warning = QString::fromStdString(result.message);
    return fit;
}

Result<FittedTransactionModel> fitTransactionModel(TransactionModelKind kind, const std::vector<RepeatPurchaseRow> &input,
                                                   const std::function<bool()> &cancelRequested, const FitReuse &reuse)
{
    // A customer first seen on the calibration end (T = 0) was observed for no time: their
    // likelihood term is 1 (log 0), so leaving them out changes nothing but the count. They
    // are still valued (P(alive) = 1 and the unconditional expectation at T = 0).
    std::vector<RepeatPurchaseRow> rows;
    rows.reserve(input.size());
    for (const RepeatPurchaseRow &row : input)
        if (row.T > 0.0)
            rows.push_back(row);
    const QString name = transactionModelName(kind);
    if (const char *problem = validateRows(rows)) {
        return Error{QCoreApplication::translate("engine", "The %1 model cannot be fitted: %2").arg(modelDisplayName(name), QString::fromUtf8(problem)),
                     QString::fromUtf8(problem) + QLatin1Char('\n')
                         + QCoreApplication::translate("engine", "Use a later calibration end, more customers or the historic method.")};
    }
    FitOptions options;
    options.cancelRequested = cancelRequested;
    const auto fit = [&] {
        switch (kind) {
        case TransactionModelKind::BgNbd: return BgNbdModel::fit(rows, options);
        case TransactionModelKind::MbgNbd: return BgNbdModel::fit(rows, options, DropOut::AlsoAfterTheFirst);
        case TransactionModelKind::ParetoNbd: break;
        }
        return ParetoNbdModel::fit(rows, options);
    };
    const FitResult result = reuse.cache ? reuse.cache->fitOrReuse(name, inputStamp(rows), reuse.fittedOn, fit) : fit();
    FittedTransactionModel fitted{toModelFit(name, result), nullptr};
    if (result.cancelled)
        return Error{QCoreApplication::translate("engine", "The valuation was cancelled."), QString()};
    if (!fitted.fit.converged)
        return refusedFit(name, result);
    fitted.confidenceLow = result.confidenceLow;
    fitted.confidenceHigh = result.confidenceHigh;
    fitted.model = transactionModelFor(name, result.parameters);
    return fitted;
}

double FittedSpendModel::expectedSpend(double x, double meanValue) const
{
    if (model)
        return model->conditionalExpectedSpend(x, meanValue);
    return x > 0.0 ? meanValue : observedMean;
}

FittedSpendModel fitSpendModel(const std::vector<SpendRow> &rows, double fallbackMean,
                               const std::function<bool()> &cancelRequested, int minimumRepeatCustomers,
                               const FitReuse &reuse)
{
    // A zero mean spend has no Gamma density; those customers keep their own mean.
    std::vector<SpendRow> usable;
    double sum = 0.0;
    double weight = 0.0;
    for (const SpendRow &row : rows) {
        if (row.x > 0.0 && row.meanValue > 0.0)
            usable.push_back(row);
        if (row.x > 0.0) {
            sum += row.meanValue * row.weight;
            weight += row.weight;
        }
    }
    FittedSpendModel spend;
    spend.observedMean = weight > 0.0 ? sum / weight : fallbackMean;
    spend.fit.model = QStringLiteral("gamma-gamma");
    spend.fit.parameterNames = {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("gamma")};
    if (static_cast<int>(usable.size()) < minimumRepeatCustomers) {
        spend.fit.customers = static_cast<int>(usable.size());
        spend.fit.warning = QCoreApplication::translate("engine", "Only %1 repeat customers: expected spend is the observed "
                                                                  "mean, not Gamma-Gamma.")
                                .arg(usable.size());
        return spend;
    }
    FitOptions options;
    options.cancelRequested = cancelRequested;
    const auto compressed = compressSpendRows(usable);
    const auto fit = [&] { return GammaGammaModel::fit(compressed, options); };
    const FitResult result = reuse.cache ? reuse.cache->fitOrReuse(spend.fit.model, inputStamp(compressed), reuse.fittedOn, fit)
                                         : fit();
    spend.fit = toModelFit(QStringLiteral("gamma-gamma"), result);
    if (spend.fit.converged && result.parameters.size() == 3) {
        const GammaGammaModel model(GammaGammaParameters::fromVector(result.parameters));
        if (model.hasFiniteMean() && std::isfinite(model.populationMeanSpend())) {
            spend.model = model;
            return spend;
        }
    }
    spend.fit.converged = false;
    const QString why = result.reason.empty()
        ? QCoreApplication::translate("engine", "it has no finite mean spend (q <= 1).")
        : QString::fromStdString(result.reason);
    spend.fit.warning = QCoreApplication::translate("engine", "Fallback: expected spend is each customer's observed mean "
                                                              "spend, not Gamma-Gamma, because the Gamma-Gamma model "
                                                              "cannot be used: %1").arg(why);
    return spend;
}

} // namespace lodestar
