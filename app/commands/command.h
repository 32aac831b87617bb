#pragma once

#include "models/result.h"
#include "models/store/store.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace lodestar::cli {

/// What a subcommand gets: its own arguments (program name and subcommand first) and the streams.
struct CommandContext
{
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
    /// Notices gathered while the command runs (a model fallback, thin data): printJson(context, …)
    /// puts them in the output, so no valuation command can drop them.
    std::shared_ptr<QStringList> warnings = std::make_shared<QStringList>();
};

/// Prints "lodestar <command>: <message>" on stderr and returns the exit code, for one-line errors.
/// With --json it also prints {"error": message, "reason": "", "hint": ""} on stdout.
int fail(const CommandContext &context, const QString &message, int exitCode);

/// The exit code of a failure the library reported: 2 when its cause is the user's input or disk
/// (a damaged workspace file, a full disk), 1 for an internal failure.
int exitCodeOf(const Error &error);

/// As above, with the error's detail on stderr and in the JSON: its first line as the reason,
/// the rest as the hint (the form refusedFit gives).
int fail(const CommandContext &context, const Error &error, int exitCode);

/// Adds the options every workspace command has: --db and --json.
void addWorkspaceOptions(QCommandLineParser &parser);

/// Parses the arguments; on failure writes the one-line error and returns false.
bool parseArguments(QCommandLineParser &parser, const CommandContext &context);

/// Opens the workspace named by --db; the error is already reported when it returns null.
std::unique_ptr<Store> openWorkspace(const QCommandLineParser &parser, const CommandContext &context,
                                     Store::Mode mode = Store::Mode::ReadWrite);

/// False, after printing why (exit code 2), when out would land on the workspace at workspacePath or
/// one of its files, a folder or a device (outputPathProblem); checked before a command's slow work.
bool checkOutputPath(const CommandContext &context, const QString &out, const QString &workspacePath);

/// Writes an output file whole or not at all (OutputFile), never onto the workspace's files; false
/// after printing the error.
bool writeOutput(const CommandContext &context, const QString &out, const QByteArray &contents,
                 const QString &workspacePath);

/// Writes one JSON document (compact for scripts, but stable key names) and a newline.
void printJson(QTextStream &out, const QJsonObject &object);

/// As above, with the context's warnings as a "warnings" array (empty when there are none).
void printJson(const CommandContext &context, QJsonObject object);

} // namespace lodestar::cli
