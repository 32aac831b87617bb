#pragma once

// The one way Lodestar writes a file the user asked for (CSV, PDF, PNG): never onto the workspace
// or a device, and whole or not at all.

#include "models/result.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QStringList>

namespace lodestar {

/// The workspace file and the files SQLite keeps beside it (-wal, -shm, -journal): an output that
/// replaced any of them would destroy or corrupt the workspace.
QStringList workspaceFiles(const QString &workspacePath);

/// Empty when an output may be written at path; otherwise one sentence saying why not. Refused: a
/// path that resolves (symbolic links followed, hard links by device and inode) to one of the
/// protected files, anything that exists and is not a regular file (folder, device, FIFO,
/// socket), and a folder that does not exist or cannot be written.
QString outputPathProblem(const QString &path, const QStringList &protectedFiles = {});

/// A file written whole or not at all: the bytes go to a temporary file beside the target, which
/// replaces the target only when every write succeeded; on any failure the target is as it was
/// and the temporary file is gone.
class OutputFile
{
public:
    explicit OutputFile(const QString &path, QStringList protectedFiles = {});

    /// Checks the path (outputPathProblem) and opens the temporary file.
    Status open();
    /// The open file, for writers that stream into a device (QPdfWriter); its write errors are
    /// remembered and make commit() fail.
    QIODevice &device() { return m_file; }
    /// Writes bytes; false (and commit() fails) when they could not all be written.
    bool write(const QByteArray &bytes);
    /// Replaces the target with what was written; the error names the path and the cause.
    Status commit();
    /// Discards what was written; the target stays as it was.
    void cancel();

private:
    Error writeError(const QString &reason) const;

    QString m_path;
    QStringList m_protected;
    QSaveFile m_file;
    bool m_failed = false;
};

/// Writes contents to path through OutputFile.
Status writeOutputFile(const QString &path, const QByteArray &contents, const QStringList &protectedFiles = {});

} // namespace lodestar
