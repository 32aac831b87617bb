#pragma once

#include "command.h"

#include "app/commandline.h"

#include "models/culture/culturesnapshot.h"

#include <optional>

namespace lodestar::cli {

// Shared by the culture subcommands (matrix, scorecard, goals, guardrails, channels, experiments).

/// True when arguments[2] is the given action word ("set", "add"); the context then runs
/// without it, so the action's own options parse as usual.
bool isAction(const CommandContext &context, const char *action);
CommandContext withoutAction(const CommandContext &context, QStringList &storage);

/// Parses --quarter; false (error printed) when it is given but not a quarter.
bool readQuarter(const QCommandLineParser &parser, const CommandContext &context, std::optional<Quarter> &quarter);

/// Opens the workspace read-only and computes the culture snapshot; nullopt when it failed
/// (the one-line error is printed and the exit code is 2).
std::optional<CultureSnapshot> loadSnapshot(const QCommandLineParser &parser, const CommandContext &context,
                                            std::optional<Quarter> quarter = std::nullopt);

/// Prints the snapshot's problems (no valuation, an experiment that cannot be evaluated) as notes on stderr.
void printProblems(const CultureSnapshot &snapshot, const CommandContext &context);

/// Left-justifies the cells to the widths, for plain-text tables.
QString tableLine(const QStringList &cells, const QList<int> &widths);

} // namespace lodestar::cli
