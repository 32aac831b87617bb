#pragma once

#include <QString>

namespace lodestar {

/// Empty when path can be opened as a workspace: a regular file (symbolic links followed), or
/// nothing yet when mayCreate. Otherwise one sentence why not: a folder, a FIFO, a device or a
/// socket is refused before anything opens it (opening a FIFO would wait forever for a writer),
/// and so is such a thing in place of the files SQLite keeps beside the workspace.
QString workspacePathProblem(const QString &path, bool mayCreate);

} // namespace lodestar
