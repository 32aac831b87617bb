#include "workspacepath.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

namespace lodestar {

namespace {

enum class Kind { Missing, Regular, Folder, Other };

Kind kindOf(const QString &path)
{
    struct stat status{};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return Kind::Missing;
    if (S_ISREG(status.st_mode))
        return Kind::Regular;
    return S_ISDIR(status.st_mode) ? Kind::Folder : Kind::Other;
}

} // namespace

QString workspacePathProblem(const QString &path, bool mayCreate)
{
    switch (kindOf(path)) {
    case Kind::Missing:
        if (!mayCreate)
            return QCoreApplication::translate("store", "The workspace %1 does not exist.").arg(path);
        break;
    case Kind::Folder:
        return QCoreApplication::translate("store", "%1 is a folder, not a workspace file.").arg(path);
    case Kind::Other:
        return QCoreApplication::translate("store", "%1 is not a regular file (a device, pipe or socket), so it cannot be a workspace.").arg(path);
    case Kind::Regular:
        break;
    }
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString companion = path + QLatin1String(suffix);
        if (const Kind kind = kindOf(companion); kind == Kind::Folder || kind == Kind::Other)
            return QCoreApplication::translate("store", "%1 is not a regular file, so the workspace %2 cannot be opened safely.").arg(companion, path);
    }
    return QString();
}

} // namespace lodestar
