#include "outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

#include <optional>

namespace lodestar {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(output)
};

// Where a write to path really lands: symbolic links followed as QSaveFile follows them (so a
// dangling link names the file it would create), then made absolute with the folder canonical.
QString landingPath(const QString &path)
{
    QFileInfo info(path);
    for (int depth = 0; depth < 128 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

struct FileIdentity
{
    dev_t device;
    ino_t inode;
    bool regular;
};

std::optional<FileIdentity> identity(const QString &path)
{
    struct stat status{};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{status.st_dev, status.st_ino, S_ISREG(status.st_mode)};
}

bool isProtected(const QString &landing, const std::optional<FileIdentity> &target, const QStringList &protectedFiles)
{
    for (const QString &file : protectedFiles) {
        if (file.isEmpty())
            continue;
        if (landingPath(file) == landing)
            return true;
        const auto other = identity(file);
        if (target && other && target->device == other->device && target->inode == other->inode)
            return true; // a hard link to it
    }
    return false;
}

} // namespace

QStringList workspaceFiles(const QString &workspacePath)
{
    if (workspacePath.isEmpty())
        return {};
    return {workspacePath, workspacePath + QStringLiteral("-wal"), workspacePath + QStringLiteral("-shm"),
            workspacePath + QStringLiteral("-journal")};
}

QString outputPathProblem(const QString &path, const QStringList &protectedFiles)
{
    if (path.isEmpty())
        return Text::tr("no output file was given");
    const QString landing = landingPath(path);
    const auto target = identity(landing);
    if (isProtected(landing, target, protectedFiles))
        return Text::tr("%1 is the workspace or one of its files; choose another output file").arg(path);
    const QFileInfo info(landing);
    if (info.isDir())
        return Text::tr("%1 is a folder, not a file").arg(path);
    if (target && !target->regular)
        return Text::tr("%1 is not a regular file (a device, pipe or socket); choose a file").arg(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return Text::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath()));
    if (!folder.isWritable())
        return Text::tr("the folder %1 is not writable").arg(QDir::toNativeSeparators(folder.filePath()));
    if (info.exists() && !info.isWritable())
        return Text::tr("%1 is not writable").arg(path);
    return QString();
}

OutputFile::OutputFile(const QString &path, QStringList protectedFiles)
    : m_path(path), m_protected(std::move(protectedFiles)), m_file(path)
{
}

Status OutputFile::open()
{
    if (const QString problem = outputPathProblem(m_path, m_protected); !problem.isEmpty())
        return Error{Text::tr("Cannot write the output file: %1.").arg(problem), {}};
    if (!m_file.open(QIODevice::WriteOnly))
        return writeError(m_file.errorString());
    return {};
}

bool OutputFile::write(const QByteArray &bytes)
{
    if (m_failed || m_file.write(bytes) != bytes.size())
        m_failed = true;
    return !m_failed;
}

Status OutputFile::commit()
{
    if (m_failed) {
        const QString reason = m_file.errorString();
        cancel();
        return writeError(reason);
    }
    // QSaveFile refuses to rename when any write failed, flushes and closes first, and removes
    // the temporary file when it fails.
    if (!m_file.commit())
        return writeError(m_file.errorString());
    return {};
}

void OutputFile::cancel()
{
    m_file.cancelWriting();
    m_file.commit(); // with writing cancelled this removes the temporary file and leaves the target alone
}

Error OutputFile::writeError(const QString &reason) const
{
    return Error{Text::tr("Cannot write %1: %2.").arg(m_path, reason), {}};
}

Status writeOutputFile(const QString &path, const QByteArray &contents, const QStringList &protectedFiles)
{
    OutputFile file(path, protectedFiles);
    if (Status opened = file.open(); !opened)
        return opened;
    file.write(contents);
    return file.commit();
}

} // namespace lodestar
