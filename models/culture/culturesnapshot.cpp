#include "culturesnapshot.h"

#include "models/engine/analysisservice.h"
#include "models/store/assessmentrepository.h"
#include "models/store/culturesettingsrepository.h"
#include "models/store/definitionusagerepository.h"
#include "models/store/experimentrepository.h"
#include "models/store/goalrepository.h"
#include "models/store/store.h"

#include <QCoreApplication>

namespace lodestar {

namespace {

template <typename T>
Status take(Result<T> result, T &into)
{
    if (!result)
        return result.error();
    into = std::move(result).value();
    return {};
}

} // namespace

Result<CultureRecords> loadCultureRecords(const Store &store)
{
    CultureRecords records;
    const GoalRepository goals(store);
    const DefinitionUsageRepository usage(store);
    for (Status status : {take(CultureSettingsRepository(store).load(), records.settings),
                          take(AssessmentRepository(store).list(), records.assessments), take(goals.teams(), records.teams),
                          take(goals.goals(), records.goals), take(ExperimentRepository(store).list(), records.experiments),
                          take(usage.isDefinitionSet(), records.definitionSet),
                          take(usage.surfacesByQuarter(), records.definitionSurfaces)}) {
        if (!status)
            return status.error();
    }
    return records;
}

CultureSnapshot computeCultureSnapshot(CultureRecords records, const Dataset &data, const Valuation *valuation,
                                       std::optional<Quarter> matrixQuarter)
{
    CultureSnapshot snapshot;
    const CultureSettings &settings = records.settings;
    snapshot.facts = computeQuarterlyFacts(data, settings.expansionThreshold, valuation ? valuation->dataEnd : QDate());
    snapshot.engine = EngineSeries::empty(snapshot.facts.quarters.size());
    if (valuation) {
        AnalysisFilter filter;
        filter.period = Period::Quarter;
        snapshot.engine = engineSeries(buildInsights(data, *valuation, filter), snapshot.facts);
        snapshot.channels = computeChannelValues(data, *valuation);
        for (const Experiment &experiment : records.experiments) {
            auto result = evaluateExperiment(data, *valuation, experiment);
            if (result)
                snapshot.experiments.push_back(std::move(result).value());
            else
                snapshot.problems << QStringLiteral("%1: %2").arg(experiment.name, result.errorString());
        }
    }
    snapshot.scorecard = computeScorecard(snapshot.facts, snapshot.engine, settings);
    snapshot.warnings = evaluateGuardrails(snapshot.facts, snapshot.engine, snapshot.channels, settings);
    snapshot.kpis = computeCultureKpis(snapshot.facts, snapshot.engine, records.definitionSet, records.definitionSurfaces,
                                       settings.expectedDefinitionSurfaces);
    const Quarter fallback = Quarter::containing(snapshot.facts.dataEnd.isValid() ? snapshot.facts.dataEnd : QDate::currentDate());
    snapshot.matrix = buildMaturityMatrix(records.assessments, matrixQuarter, snapshot.kpis, fallback);
    snapshot.goals = computeGoalProgress(records.teams, records.goals, snapshot.facts, snapshot.engine, settings.watchTolerance);
    snapshot.records = std::move(records);
    return snapshot;
}

Result<CultureSnapshot> loadCultureSnapshot(const Store &store, std::optional<Quarter> matrixQuarter)
{
    AnalysisService service(store.path());
    auto read = service.read();
    if (!read)
        return read.error();
    const auto valuation = service.value(read->data, read->definition);
    auto snapshot = service.culture(*read->data, valuation ? valuation->get() : nullptr, matrixQuarter);
    if (snapshot && !valuation)
        snapshot->problems.prepend(QCoreApplication::translate("culture", "Customers could not be valued: %1").arg(valuation.errorString()));
    return snapshot;
}

} // namespace lodestar
