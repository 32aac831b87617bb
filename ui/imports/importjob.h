#pragma once

#include "models/import/importreport.h"

#include <QPromise>

namespace lodestar::ui {

/// What a run of the wizard did: one report per file that finished, in the order they ran.
struct ImportOutcome
{
    QList<ImportReport> reports;
    /// Why the run stopped before the last file; empty when every file went in.
    QString error;
    bool cancelled = false;
};

/// Imports the files one after another on a worker thread with its own Store, each file in its
/// own transaction (as `lodestar import` does). Progress in [0, 1000] over all files, with the
/// current file's name as progress text; cancelling rolls back the file being imported and skips the rest.
void importJob(QPromise<ImportOutcome> &promise, const QString &workspace, const QList<ImportOptions> &files);

} // namespace lodestar::ui
