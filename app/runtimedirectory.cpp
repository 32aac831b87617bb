#include "runtimedirectory.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace lodestar::cli {

// Every QGuiApplication looks for "flatpak-info" in QStandardPaths::RuntimeLocation while it starts.
// Without XDG_RUNTIME_DIR (no login session) Qt then prints "QStandardPaths: XDG_RUNTIME_DIR not set"
// on stderr in every run, which scripts reading lodestar's stderr take for a problem. The directory
// provided here is what Qt would fall back to, but made and checked before Qt looks: a directory
// (not a link) in the temporary folder, owned by this user and private to them (0700).
// In a temporary folder where someone else planted that name, nothing is set and Qt's warning stays:
// that one is worth seeing.
void provideRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray path = QFile::encodeName(QDir::tempPath()) + "/runtime-" + QByteArray::number(getuid());
    if (mkdir(path.constData(), 0700) != 0 && errno != EEXIST)
        return;
    struct stat info = {};
    if (lstat(path.constData(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != getuid()
        || (info.st_mode & 0777) != 0700)
        return;
    qputenv("XDG_RUNTIME_DIR", path);
}

} // namespace lodestar::cli
