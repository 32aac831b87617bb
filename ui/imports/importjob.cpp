#include "importjob.h"

#include "models/import/importer.h"
#include "models/store/store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lodestar::ui {

void importJob(QPromise<ImportOutcome> &promise, const QString &workspace, const QList<ImportOptions> &files)
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
    const qint64 fileCount = std::max<qint64>(1, files.size());
    for (qint64 index = 0; index < files.size(); ++index) {
        const ImportOptions &file = files[index];
        const QString name = QFileInfo(file.path).fileName();
        CallbackProgress progress([&promise, index, fileCount, &name](qint64 position, qint64 total) {
            const qint64 withinFile = total > 0 ? position * 1000 / total : 0;
            promise.setProgressValueAndText(static_cast<int>((index * 1000 + withinFile) / fileCount), name);
            return !promise.isCanceled();
        });
        importer.setProgress(&progress);
        auto report = importer.run(file);
        if (!report) {
            outcome.cancelled = importer.failure() == ImportFailure::Cancelled;
            outcome.error = outcome.cancelled
                                ? QCoreApplication::translate("ImportJob", "The import was cancelled; %1 was not imported.").arg(name)
                                : report.errorString();
            break;
        }
        outcome.reports << std::move(report).value();
    }
    promise.addResult(outcome);
}

} // namespace lodestar::ui
