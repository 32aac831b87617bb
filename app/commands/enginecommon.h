#pragma once

// Shared by the engine subcommands (fit, clv, segments, cohorts, kpis, definition): the
// definition override options and loading a workspace's valuation.

#include "command.h"

#include "app/commandline.h"

#include "models/engine/analysis.h"

#include <optional>

namespace lodestar::cli {

/// Which definition options a command offers.
enum class DefinitionOptions { Valuation, Fit, All };

/// Adds --horizon-months, --discount-rate, --margin (Valuation); --time-unit, --calibration-end
/// (Fit); all of them and --method (All).
void addDefinitionOptions(QCommandLineParser &parser, DefinitionOptions which);

/// Applies the options given to a copy of the definition; an error sentence when a value is bad.
Result<ClvDefinition> applyDefinitionOptions(const QCommandLineParser &parser, ClvDefinition definition);

/// A workspace read and valued; the error is printed (exit 2) when it returns nullopt.
struct ValuedWorkspace
{
    Dataset data;
    Valuation valuation;
    QString definitionText; ///< plain text with the calibration window resolved
};
std::optional<ValuedWorkspace> loadValuation(const QCommandLineParser &parser, const CommandContext &context);

/// Reads the workspace and its definition without valuing; nullopt after printing the error.
std::optional<std::pair<Dataset, ClvDefinition>> loadDataAndDefinition(const QCommandLineParser &parser,
                                                                       const CommandContext &context);

/// Parses --period month|quarter (default given); false after printing the error.
bool readPeriod(const QCommandLineParser &parser, const CommandContext &context, Period &period);

/// Fixed-width text number: "–" for unknown.
QString textNumber(double value, int decimals = 2);

/// Left-justifies the cells to the widths, for plain-text tables.
QString textRow(const QStringList &cells, const QList<int> &widths);

} // namespace lodestar::cli
