#pragma once

// Fitting the definition's models through the maths layer (models/clv) and reporting them
// as ModelFit, the form views, reports and the command line print.

#include "models/clv/gammagamma.h"
#include "models/clv/rfmsummary.h"
#include "models/clv/transactionmodel.h"
#include "models/engine/analysis.h"
#include "models/engine/fitcache.h"

#include <functional>
#include <memory>
#include <optional>

namespace lodestar {

enum class TransactionModelKind { BgNbd, ParetoNbd, MbgNbd };

struct FittedTransactionModel
{
    ModelFit fit;
    std::shared_ptr<const TransactionModel> model;
    std::vector<double> confidenceLow;  ///< 95% interval per parameter (FitResult's)
    std::vector<double> confidenceHigh;
};

/// Fits BG/NBD or Pareto/NBD to (compressed) rows, leaving out rows with T = 0. Fails, with a sentence naming the model,
/// when the optimiser does not converge or gives non-finite parameters, or is cancelled: cancelRequested is
/// asked on every likelihood evaluation.
Result<FittedTransactionModel> fitTransactionModel(TransactionModelKind kind,
                                                   const std::vector<RepeatPurchaseRow> &rows,
                                                   const std::function<bool()> &cancelRequested = {},
                                                   const FitReuse &reuse = {});

/// Gamma-Gamma, or the observed mean spend when it cannot be used.
struct FittedSpendModel
{
    ModelFit fit;                              ///< converged == false and a warning when falling back
    std::optional<GammaGammaModel> model;      ///< empty: use observed means
    double observedMean = 0.0;                 ///< mean repeat spend over repeat customers

    /// E[spend per transaction | x, mean repeat value]: Gamma-Gamma's conditional
    /// expectation, or in the fallback the customer's own mean (the observed mean when x = 0).
    double expectedSpend(double x, double meanValue) const;
};

/// Fits Gamma-Gamma to repeat customers with a positive mean spend. Falls back to observed
/// means (with a warning) when there are fewer than minimumRepeatCustomers, the fit does
/// not converge, or q <= 1 (no finite mean: Fader & Hardie 2013 note, eq. 4). A cancelled fit
/// falls back too; the caller, who cancelled, throws the result away.
FittedSpendModel fitSpendModel(const std::vector<SpendRow> &rows, double fallbackMean,
                               const std::function<bool()> &cancelRequested = {}, int minimumRepeatCustomers = 20,
                               const FitReuse &reuse = {});

/// The ModelFit view of a maths-layer FitResult.
ModelFit toModelFit(const QString &model, const FitResult &result);

QString modelDisplayName(const QString &model); ///< "bgnbd" → "BG/NBD"
QString transactionModelName(TransactionModelKind kind); ///< the key: "bgnbd", "mbgnbd", "pareto-nbd"
/// The model a fit's key and parameters describe; null for another key or the wrong number of parameters.
std::shared_ptr<const TransactionModel> transactionModelFor(const QString &name, const std::vector<double> &parameters);

/// The error of a fit that cannot be used: "The BG/NBD model cannot be used on this data." with,
/// as the detail, the fit's reason (which parameter runs to which boundary, what it means for
/// customers), a newline and the hint (what to do).
Error refusedFit(const QString &model, const FitResult &result);

/// The reason and the hint of refusedFit's error (or any error whose detail has that form).
QString errorReason(const Error &error);
QString errorHint(const Error &error);

} // namespace lodestar
