#pragma once

// Fitted models kept with what they were fitted on, so a second run (another command, the
// window opened again, the as-of valuations of a trend) reuses a fit instead of repeating it.
// The key is a stamp of the model's input rows: the rows follow from the data, the calibration
// window and the time unit, so any change to those gives another key and a fresh fit.

#include "models/clv/modelfit.h"
#include "models/clv/rfmsummary.h"

#include <QLoggingCategory>
#include <QString>

#include <functional>
#include <map>
#include <mutex>
#include <utility>
#include <vector>

namespace lodestar {

Q_DECLARE_LOGGING_CATEGORY(lcFits)

/// One stored fit: which model, the stamp of its input, a readable note of what it was fitted
/// on (calibration window, time unit, customers), and the optimiser's result.
struct FitCacheEntry
{
    QString model;
    QString inputStamp;
    QString fittedOn;
    FitResult result;
};

/// Thread-safe: the as-of valuations of a trend fit in parallel.
class FitCache
{
public:
    /// The stored result for (model, stamp), or fit() run, counted and kept. Cancelled fits are not kept.
    FitResult fitOrReuse(const QString &model, const QString &inputStamp, const QString &fittedOn,
                         const std::function<FitResult()> &fit);

    /// Entries read from a workspace; they are not "new".
    void load(std::vector<FitCacheEntry> entries);
    /// Fits made since the cache was created or last saved, to write back.
    std::vector<FitCacheEntry> takeNewEntries();

    int fitsPerformed() const;
    int fitsReused() const;

private:
    mutable std::mutex m_mutex;
    std::map<std::pair<QString, QString>, FitCacheEntry> m_entries;
    std::vector<std::pair<QString, QString>> m_new;
    int m_performed = 0;
    int m_reused = 0;
};

/// Where a fit may be reused from and how to describe what it is fitted on; no cache: always fit.
struct FitReuse
{
    FitCache *cache = nullptr;
    QString fittedOn;
};

/// Order-independent 128-bit stamps of model inputs (plus the fitter revision), as hex text.
QString inputStamp(const std::vector<RepeatPurchaseRow> &rows);
QString inputStamp(const std::vector<SpendRow> &rows);

/// Bumped whenever fitting code changes what a fit returns, so older stored fits are not reused.
inline constexpr int kFitterRevision = 1;

} // namespace lodestar
