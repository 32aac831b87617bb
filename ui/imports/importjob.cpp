#include "importjob.h"

#include "models/import/importer.h"
#include "models/store/store.h"

#include <QCoreApplication>

namespace lodestar::ui {

void importJob(QPromise<ImportOutcome> &promise, const QString &workspace, const ImportOptions &options)
{
    promise.setProgressRange(0, 1000);
    ImportOutcome outcome;
    auto store = Store::open(workspace, Store::Mode::ReadWrite);
    if (!store) {
        outcome.error = store.errorString();
        promise.addResult(outcome);
        return;
    }
    Importer importer(**store);
    CallbackProgress progress([&promise](qint64 position, qint64 total) {
        promise.setProgressValue(total > 0 ? static_cast<int>(position * 1000 / total) : 0);
        return !promise.isCanceled();
    });
    importer.setProgress(&progress);
    auto report = importer.run(options);
    if (report)
        outcome.report = *report;
    else
        outcome.error = importer.failure() == ImportFailure::Cancelled
                            ? QCoreApplication::translate("ImportJob", "The import was cancelled; nothing was imported.")
                            : report.errorString();
    promise.addResult(outcome);
}

} // namespace lodestar::ui
