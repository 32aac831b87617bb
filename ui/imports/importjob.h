#pragma once

#include "models/import/importreport.h"

#include <QPromise>

#include <optional>

namespace lodestar::ui {

struct ImportOutcome
{
    std::optional<ImportReport> report;
    QString error;
};

/// Runs one import on a worker thread with its own Store; progress in [0, 1000]; cancelling the
/// future rolls the import back.
void importJob(QPromise<ImportOutcome> &promise, const QString &workspace, const ImportOptions &options);

} // namespace lodestar::ui
