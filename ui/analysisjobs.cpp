#include "analysisjobs.h"

#include "models/culture/culturesnapshot.h"
#include "models/engine/analysisservice.h"
#include "models/store/definitionrepository.h"
#include "models/store/store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lodestar::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisJobs)
};

ProgressCallback progressFor(QPromise<AnalysisOutcome> &promise, int from, int to)
{
    return [&promise, from, to](double fraction) {
        promise.setProgressValue(from + static_cast<int>(fraction * (to - from)));
        return !promise.isCanceled();
    };
}

// Stage one and two through the analysis service; fills outcome.snapshot's valuation and insights.
void value(QPromise<AnalysisOutcome> &promise, AnalysisOutcome &outcome, AnalysisService &service,
           const AnalysisFilter &filter)
{
    auto valuation = service.value(outcome.snapshot.data, outcome.definition, progressFor(promise, 100, 950));
    if (promise.isCanceled())
        return;
    if (!valuation) {
        outcome.error = valuation.errorString();
        outcome.errorDetail = valuation.errorDetail();
        return;
    }
    outcome.snapshot.valuation = *valuation;
    outcome.snapshot.insights = std::make_shared<const Insights>(
        service.insights(*outcome.snapshot.data, **valuation, filter));
    promise.setProgressValue(1000);
}

// The culture pages' figures, here in the worker rather than on the GUI thread: the first one
// values the quarter ends of the trend.
void addCulture(AnalysisOutcome &outcome, AnalysisService &service)
{
    if (!outcome.snapshot.data)
        return;
    if (auto culture = service.culture(*outcome.snapshot.data, outcome.snapshot.valuation.get(), std::nullopt))
        outcome.snapshot.culture = std::make_shared<const CultureSnapshot>(std::move(culture).value());
}

void failWith(QPromise<AnalysisOutcome> &promise, AnalysisOutcome &outcome, const Error &error)
{
    outcome.error = error.message;
    outcome.errorDetail = error.detail;
    promise.addResult(std::move(outcome));
}

} // namespace

void loadWorkspaceJob(QPromise<AnalysisOutcome> &promise, const QString &path, const AnalysisFilter &filter)
{
    promise.setProgressRange(0, 1000);
    AnalysisOutcome outcome;
    outcome.snapshot.workspacePath = path;
    // Opening from the window creates a new workspace and brings an older one to this schema;
    // a read-only one is still analysed (the service reads read-only).
    if (auto created = Store::open(path, Store::Mode::ReadWrite); !created && !QFileInfo::exists(path))
        return failWith(promise, outcome, Error{Text::tr("Cannot open the workspace %1: %2").arg(path, created.errorString()),
                                                created.errorDetail()});
    AnalysisService service(path);
    auto read = service.read(progressFor(promise, 0, 100));
    if (!read) {
        Error error = read.error();
        error.message = Text::tr("Cannot open the workspace %1: %2").arg(path, error.message);
        return failWith(promise, outcome, error);
    }
    outcome.definition = read->definition;
    outcome.snapshot.data = read->data;
    outcome.snapshot.options = filterOptions(*outcome.snapshot.data);
    promise.setProgressValue(100);
    value(promise, outcome, service, filter);
    if (!promise.isCanceled())
        addCulture(outcome, service);
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
    store->reset();
    AnalysisService service(snapshot.workspacePath);
    // The previous valuation's fits stay valid under a new margin, horizon or tiers, so they are reused.
    if (snapshot.valuation && snapshot.valuation->fitCache)
        service.adoptFits(snapshot.valuation->fitCache);
    value(promise, outcome, service, filter);
    if (!promise.isCanceled())
        addCulture(outcome, service);
    promise.addResult(std::move(outcome));
}

void filterJob(QPromise<AnalysisOutcome> &promise, AnalysisSnapshot snapshot, const AnalysisFilter &filter)
{
    AnalysisOutcome outcome;
    outcome.snapshot = std::move(snapshot);
    if (outcome.snapshot.data && outcome.snapshot.valuation) {
        outcome.definition = outcome.snapshot.valuation->definition;
        AnalysisService service(outcome.snapshot.workspacePath);
        outcome.snapshot.insights = std::make_shared<const Insights>(
            service.insights(*outcome.snapshot.data, *outcome.snapshot.valuation, filter));
    }
    promise.addResult(std::move(outcome));
}

} // namespace lodestar::ui
