#pragma once

// Shared by the engine subcommands (fit, clv, segments, cohorts, kpis, definition): the
// definition override options and loading a workspace's valuation.

#include "command.h"

#include "app/commandline.h"

#include "models/engine/analysis.h"
#include "models/engine/analysisservice.h"

#include <memory>
#include <optional>

namespace lodestar::cli {

/// Which definition options a command offers.
enum class DefinitionOptions { Valuation, Fit, All };

/// Adds --horizon-months, --discount-rate, --margin (Valuation); --time-unit, --calibration-end
/// (Fit); all of them and --method (All).
void addDefinitionOptions(QCommandLineParser &parser, DefinitionOptions which);

/// Applies the options given to a copy of the definition; an error sentence when a value is bad.
Result<ClvDefinition> applyDefinitionOptions(const QCommandLineParser &parser, ClvDefinition definition);

/// A workspace read and valued through the analysis service (models/engine/analysisservice.h).
struct ValuedWorkspace
{
    std::shared_ptr<AnalysisService> service;
    ValuedAnalysis analysis;
    const Dataset &data;
    const Valuation &valuation;
    QString definitionText; ///< plain text with the calibration window resolved
    bool underStoredDefinition = true; ///< false when options changed the definition for this run

    /// Stage two through the service (period valuations reuse and store fits).
    Insights insights(const AnalysisFilter &filter) const { return service->insights(data, valuation, filter); }
    /// The command is presenting CLV now: counts it as a use of the definition when it is the stored one.
    void presented(const QString &surface) const;
};

/// The workspace valued, or the exit code after the error was printed: 1 for an internal failure
/// (a sound workspace that could not be read), 2 for unusable input (no workspace, no transactions,
/// a definition or data the models cannot use).
struct LoadedValuation
{
    std::optional<ValuedWorkspace> workspace;
    int exitCode = 0;

    explicit operator bool() const { return workspace.has_value(); }
    const ValuedWorkspace *operator->() const { return &*workspace; }
    const ValuedWorkspace &operator*() const { return *workspace; }
};
/// scope: CustomerSummaries for a command that needs the valuation only (fit, clv, segments), so a
/// PostgreSQL workspace sends one row per customer instead of its transactions.
LoadedValuation loadValuation(const QCommandLineParser &parser, const CommandContext &context,
                              DatasetScope scope = DatasetScope::Everything);

/// The exit code of a failed analysis step: Failed for ErrorCause::Internal, else UnusableInput.
int exitCodeFor(const Error &error);

/// The workspace read through the service (its stored fits loaded), not valued.
struct WorkspaceInput
{
    std::shared_ptr<AnalysisService> service;
    std::shared_ptr<const Dataset> data;
    ClvDefinition definition; ///< the stored one with the command's options applied
};
struct LoadedInput
{
    std::optional<WorkspaceInput> input;
    int exitCode = 0;

    explicit operator bool() const { return input.has_value(); }
    const WorkspaceInput *operator->() const { return &*input; }
};
/// Reads the workspace and its definition without valuing, or the exit code after printing the error.
/// With scope CustomerSummaries, the summary prefetched is the definition's with holdoutEnd.
LoadedInput loadDataAndDefinition(const QCommandLineParser &parser, const CommandContext &context,
                                  DatasetScope scope = DatasetScope::Everything, const QDate &holdoutEnd = QDate());

/// Parses --period month|quarter (default given); false after printing the error.
bool readPeriod(const QCommandLineParser &parser, const CommandContext &context, Period &period);

/// Fixed-width text number: "–" for unknown.
QString textNumber(double value, int decimals = 2);

/// Left-justifies the cells to the widths, for plain-text tables.
QString textRow(const QStringList &cells, const QList<int> &widths);

} // namespace lodestar::cli
