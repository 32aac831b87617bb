#pragma once

#include "models/result.h"

#include <QString>

class QWidget;

namespace lodestar::ui {

/// File dialogs and file operations of the File menu, kept out of the window class.
namespace workspacefiles {

/// Asks where to create a workspace; empty when the user cancels.
QString askNewWorkspacePath(QWidget *parent);
QString askOpenWorkspacePath(QWidget *parent);
/// Asks where to save an export with this file-type filter ("CSV files (*.csv)") and suffix.
QString askExportPath(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
                      const QString &suffix);
/// Creates an empty, migrated workspace file.
Status createWorkspace(const QString &path);

} // namespace workspacefiles

} // namespace lodestar::ui
