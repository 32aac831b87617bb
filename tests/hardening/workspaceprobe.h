#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace lodestar::test {

/// Row counts of the tables an import writes, read through a connection of its own.
struct TableCounts
{
    qint64 imports = 0;
    qint64 rejects = 0;
    qint64 customers = 0;
    qint64 transactions = 0;
    double revenue = 0.0;

    bool operator==(const TableCounts &) const = default;
};

/// Opens the workspace file read-only with the plain SQLite driver (no Store, so no migration).
/// The counts are nullopt when it cannot be read.
std::optional<TableCounts> countRows(const QString &dbPath);

/// The answer of PRAGMA integrity_check: "ok" for a sound file, otherwise SQLite's findings.
QString integrityCheck(const QString &dbPath);

/// SHA-256 of the workspace file and of its -wal file when one exists: "untouched" means equal digests.
QByteArray workspaceDigest(const QString &dbPath);

/// SHA-256 of what the workspace holds for its user — every table but the records a successful
/// analysis adds (model_fits, definition_usage) — or empty when it cannot be read. A command that
/// succeeded may add those records; the data must stay equal.
QByteArray workspaceDataDigest(const QString &dbPath);

/// A transactions CSV of rows rows over customers customers, deterministic for a seed; order ids
/// start at firstOrder so two files never share one.
QByteArray transactionsCsv(int rows, int customers, quint32 seed, qint64 firstOrder = 1);

/// Writes a transactions CSV of about targetBytes to path in chunks (for files too big to hold in memory).
bool writeLargeTransactionsCsv(const QString &path, qint64 targetBytes, int customers, quint32 seed);

/// Path of the built lodestar executable.
QString lodestarBinary();

/// Runs a shell script with sh -c (for ulimit, mounts and signals), $LODESTAR naming the binary;
/// its exit code (-1 when killed by a signal), stdout and stderr.
struct ShellResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ShellResult runShell(const QString &script, const QStringList &arguments = {}, int timeoutMs = 120000);

/// The lines of a command's stderr, without Qt's warnings about the environment (XDG_RUNTIME_DIR):
/// a refused input must say one sentence.
QList<QByteArray> messageLines(const QByteArray &err);

/// Peak resident memory (KiB) of the largest child process this test has waited for.
long peakChildRssKiB();

} // namespace lodestar::test
