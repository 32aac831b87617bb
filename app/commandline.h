#pragma once

#include <QStringList>
#include <QTextStream>

namespace lodestar::cli {

/// Exit codes of every subcommand: scripts and CI depend on them.
enum ExitCode : int {
    Done = 0,          ///< finished, even with rejected rows
    Failed = 1,        ///< an internal failure the user could not have avoided
    UnusableInput = 2, ///< bad usage or input that cannot be used
};

/// True when the arguments ask for a headless command rather than the window (which takes only --db).
bool isSubcommand(const QStringList &arguments);

/// Runs `lodestar <subcommand> …` headless; arguments include the program name.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace lodestar::cli
