#pragma once

#include "command.h"

#include "app/commandline.h"

#include "models/culture/culturesnapshot.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace lodestar::cli {

// Shared by the culture subcommands (matrix, scorecard, goals, guardrails, channels, experiments).

/// True when arguments[2] is the given action word ("set", "add"); the context then runs
/// without it, so the action's own options parse as usual.
bool isAction(const CommandContext &context, const char *action);
CommandContext withoutAction(const CommandContext &context, QStringList &storage);

/// Parses --quarter; false (error printed) when it is given but not a quarter.
bool readQuarter(const QCommandLineParser &parser, const CommandContext &context, std::optional<Quarter> &quarter);

/// How a culture subcommand shows its part of the snapshot: as JSON with --json, else as plain text.
struct CultureOutput
{
    std::function<QJsonObject(const CultureSnapshot &)> json;
    std::function<void(const CultureSnapshot &, QTextStream &)> text;
};

/// Runs after parsing and before the snapshot loads: nullopt to go on (it may set the quarter), else the exit code.
using CulturePrepare = std::function<std::optional<int>(std::optional<Quarter> &quarter)>;

/// The culture subcommands' shared run: parses the options the caller declared, opens the workspace,
/// computes the snapshot, prints its problems as notes on stderr and then the output.
int runCultureView(QCommandLineParser &parser, const CommandContext &context, const CultureOutput &output,
                   const CulturePrepare &prepare = {});

/// Left-justifies the cells to the widths, for plain-text tables.
QString tableLine(const QStringList &cells, const QList<int> &widths);

} // namespace lodestar::cli
