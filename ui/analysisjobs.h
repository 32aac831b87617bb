#pragma once

#include "models/itemmodels/analysissnapshot.h"

#include <QPromise>

namespace lodestar::ui {

/// What a background analysis job produced: a snapshot (possibly without a valuation when the
/// workspace has no usable data yet) or an error for the message bar.
struct AnalysisOutcome
{
    AnalysisSnapshot snapshot;
    ClvDefinition definition;
    QString error;       ///< one sentence for the user; empty on success
    QString errorDetail; ///< for the log
};

// Each job runs on a worker thread and opens its own Store there (Qt 6.4 cannot move a
// connection between threads). Progress goes to the promise in [0, 1000]; cancelling the
// future stops valueCustomers() at its next progress call.

/// Reads the workspace and its stored definition, values every customer, builds insights.
void loadWorkspaceJob(QPromise<AnalysisOutcome> &promise, const QString &path, const AnalysisFilter &filter);

/// Stores the definition, then re-values the already loaded dataset under it.
void applyDefinitionJob(QPromise<AnalysisOutcome> &promise, AnalysisSnapshot snapshot,
                        const ClvDefinition &definition, const AnalysisFilter &filter);

/// Only stage two: the insights for another filter.
void filterJob(QPromise<AnalysisOutcome> &promise, AnalysisSnapshot snapshot, const AnalysisFilter &filter);

} // namespace lodestar::ui
