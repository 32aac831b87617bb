#include "analysisjobs.h"

#include "models/store/datasetreader.h"
#include "models/store/definitionrepository.h"
#include "models/store/store.h"

#include <QCoreApplication>

namespace lodestar::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisJobs)
};

// Stage one and two on a loaded dataset; fills outcome.snapshot's valuation and insights.
void value(QPromise<AnalysisOutcome> &promise, AnalysisOutcome &outcome, const AnalysisFilter &filter)
{
    const ProgressCallback progress = [&promise](double fraction) {
        promise.setProgressValue(100 + static_cast<int>(fraction * 850));
        return !promise.isCanceled();
    };
    auto valuation = valueCustomers(*outcome.snapshot.data, outcome.definition, progress);
    if (promise.isCanceled())
        return;
    if (!valuation) {
        outcome.error = valuation.errorString();
        outcome.errorDetail = valuation.errorDetail();
        return;
    }
    auto shared = std::make_shared<const Valuation>(std::move(valuation).value());
    outcome.snapshot.valuation = shared;
    outcome.snapshot.insights = std::make_shared<const Insights>(buildInsights(*outcome.snapshot.data, *shared, filter));
    promise.setProgressValue(1000);
}

} // namespace

void loadWorkspaceJob(QPromise<AnalysisOutcome> &promise, const QString &path, const AnalysisFilter &filter)
{
    promise.setProgressRange(0, 1000);
    AnalysisOutcome outcome;
    outcome.snapshot.workspacePath = path;
    auto store = Store::open(path, Store::Mode::ReadWrite);
    if (!store) {
        outcome.error = Text::tr("Cannot open the workspace %1: %2").arg(path, store.errorString());
        outcome.errorDetail = store.errorDetail();
        promise.addResult(std::move(outcome));
        return;
    }
    auto data = readDataset(**store);
    auto definition = DefinitionRepository(**store).load();
    if (!data || !definition) {
        const auto &failure = !data ? data.error() : definition.error();
        outcome.error = failure.message;
        outcome.errorDetail = failure.detail;
        promise.addResult(std::move(outcome));
        return;
    }
    outcome.definition = *definition;
    outcome.snapshot.data = std::make_shared<const Dataset>(std::move(data).value());
    outcome.snapshot.options = filterOptions(*outcome.snapshot.data);
    promise.setProgressValue(100);
    if (outcome.snapshot.data->transactions.empty())
        outcome.error = Text::tr("This workspace has no transactions yet. Import a CSV file to see its customer value.");
    else
        value(promise, outcome, filter);
    promise.addResult(std::move(outcome));
}

void applyDefinitionJob(QPromise<AnalysisOutcome> &promise, AnalysisSnapshot snapshot,
                        const ClvDefinition &definition, const AnalysisFilter &filter)
{
    promise.setProgressRange(0, 1000);
    AnalysisOutcome outcome;
    outcome.definition = definition;
    outcome.snapshot.workspacePath = snapshot.workspacePath;
    outcome.snapshot.data = snapshot.data;
    outcome.snapshot.options = snapshot.options;
    auto store = Store::open(snapshot.workspacePath, Store::Mode::ReadWrite);
    const Status saved = store ? DefinitionRepository(**store).save(definition) : Status(store.error());
    if (!saved) {
        outcome.error = Text::tr("Cannot save the CLV definition: %1").arg(saved.errorString());
        outcome.errorDetail = saved.errorDetail();
        promise.addResult(std::move(outcome));
        return;
    }
    if (outcome.snapshot.data && !outcome.snapshot.data->transactions.empty())
        value(promise, outcome, filter);
    promise.addResult(std::move(outcome));
}

void filterJob(QPromise<AnalysisOutcome> &promise, AnalysisSnapshot snapshot, const AnalysisFilter &filter)
{
    AnalysisOutcome outcome;
    outcome.snapshot = std::move(snapshot);
    if (outcome.snapshot.data && outcome.snapshot.valuation) {
        outcome.definition = outcome.snapshot.valuation->definition;
        outcome.snapshot.insights = std::make_shared<const Insights>(
            buildInsights(*outcome.snapshot.data, *outcome.snapshot.valuation, filter));
    }
    promise.addResult(std::move(outcome));
}

} // namespace lodestar::ui
