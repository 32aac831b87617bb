#pragma once

// The one pipeline behind every surface (window, command line, report, culture pages):
// open the workspace read-only → read the dataset → take the CLV definition → fit (through the
// workspace's fit cache) → value customers → insights. Each step reports progress and stops when
// the callback says so. Writes are best-effort side records (fits, definition use): a read-only
// workspace is analysed all the same.

#include "models/engine/analysis.h"
#include "models/engine/fitcache.h"

#include <QDate>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace lodestar {

class FitCache;
struct Quarter;
struct CultureSnapshot;

/// The workspace as read: its data, its stored definition.
struct WorkspaceData
{
    std::shared_ptr<const Dataset> data;
    ClvDefinition definition;
};

/// A workspace read and valued.
struct ValuedAnalysis
{
    std::shared_ptr<const Dataset> data;
    std::shared_ptr<const Valuation> valuation;
    QString definitionText; ///< plain text with the calibration window resolved
};

/// While one exists, the side records every AnalysisService of the process would write (fits,
/// definition use) are held, and written by commit() only: a command that fails after valuing
/// leaves its workspace byte for byte as it was. The command line makes one per command and
/// commits when the command succeeds; the window writes as it goes. One at a time per process.
class HeldAnalysisWrites
{
public:
    HeldAnalysisWrites();
    ~HeldAnalysisWrites(); ///< drops what was not committed
    HeldAnalysisWrites(const HeldAnalysisWrites &) = delete;
    HeldAnalysisWrites &operator=(const HeldAnalysisWrites &) = delete;
    void commit();

private:
    friend class AnalysisService;
    struct Use
    {
        QString path;
        QString surface;
        QDate dataEnd;
    };
    std::mutex m_mutex; // the window's jobs (screenshot command) record from worker threads
    std::vector<std::pair<QString, std::vector<FitCacheEntry>>> m_fits;
    std::vector<Use> m_uses;
};

class AnalysisService
{
public:
    explicit AnalysisService(QString workspacePath);
    ~AnalysisService();

    /// A change of the stored definition for one run (the command line's overrides).
    using DefinitionAdjust = std::function<Result<ClvDefinition>(ClvDefinition)>;

    /// What read() brings into memory. CustomerSummaries takes effect on a PostgreSQL workspace,
    /// whose transactions are far and many: the database sends one summary row per customer, made
    /// for the definition (and holdoutEnd, for a fit with a holdout). A SQLite file is read whole,
    /// which is quicker than aggregating it in SQLite. The default, Everything, suits every analysis.
    void setScope(DatasetScope scope, const QDate &holdoutEnd = QDate());

    /// Opens the workspace read-only and reads its dataset, definition (changed by adjust when given;
    /// an adjust error is unusable input) and stored fits. A missing, damaged or newer workspace is
    /// unusable input; a failed read of a sound one is ErrorCause::Internal.
    Result<WorkspaceData> read(const ProgressCallback &progress = {}, const DefinitionAdjust &adjust = {});

    /// Values the customers under a definition, reusing stored fits. Every surface says the same
    /// about an empty workspace (emptyWorkspaceMessage()). Stores the fits it made.
    Result<std::shared_ptr<const Valuation>> value(std::shared_ptr<const Dataset> data, const ClvDefinition &definition,
                                                   const ProgressCallback &progress = {});

    /// read() then value() under the stored definition, changed first by adjust when given
    /// (the command line's overrides; an adjust error is unusable input).
    Result<ValuedAnalysis> load(const DefinitionAdjust &adjust = {}, const ProgressCallback &progress = {});

    /// Stage two, then stores the fits the period valuations made (in the valuation's fit cache).
    Insights insights(const Dataset &data, const Valuation &valuation, const AnalysisFilter &filter);

    /// The culture pages' figures over this analysis (valuation null: not valued); the culture
    /// records are read from the workspace, read-only. Heavy the first time: run it off the GUI thread.
    Result<CultureSnapshot> culture(const Dataset &data, const Valuation *valuation,
                                    const std::optional<Quarter> &matrixQuarter);

    /// Records that a surface ("clv", "report", "overview", …) presents CLV under the current
    /// definition now, in the quarter of the data end. Best-effort: a read-only workspace records nothing.
    void recordDefinitionUse(const QString &surface, const QDate &dataEnd);

    /// Writes the cache's fits made since its last save; failing to (read-only workspace) is not an error.
    void saveFits(FitCache &cache);

    /// Fits made / reused by this service so far (the cache's counters).
    int fitsPerformed() const;
    int fitsReused() const;
    std::shared_ptr<FitCache> fitCache() const { return m_fits; }
    /// Continues with another valuation's fit cache (the window re-valuing under a new definition).
    void adoptFits(std::shared_ptr<FitCache> fits);
    QString workspacePath() const { return m_path; }

    static QString emptyWorkspaceMessage();

private:
    friend class HeldAnalysisWrites;
    void writeFits(std::vector<FitCacheEntry> entries);
    void writeDefinitionUse(const QString &surface, const QDate &dataEnd);

    QString m_path;
    DatasetScope m_scope = DatasetScope::Everything;
    QDate m_holdoutEnd;
    std::shared_ptr<FitCache> m_fits;
    bool m_fitsLoaded = false;
};

} // namespace lodestar
