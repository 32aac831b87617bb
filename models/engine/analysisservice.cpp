#include "analysisservice.h"

#include "models/culture/culturesnapshot.h"
#include "models/culture/quarter.h"
#include "models/engine/fitcache.h"
#include "models/store/datasetreader.h"
#include "models/store/definitionrepository.h"
#include "models/store/definitionusagerepository.h"
#include "models/store/fitcacherepository.h"
#include "models/store/store.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace lodestar {

namespace {

Error cancelled()
{
    return Error{QCoreApplication::translate("engine", "The valuation was cancelled."), QString()};
}

Error internal(Error error)
{
    error.cause = ErrorCause::Internal;
    return error;
}

// The first version of the schema that has the model_fits table.
constexpr int kFitCacheSchema = 5;

// The writes being held for a command (see HeldAnalysisWrites), or null: written as made.
HeldAnalysisWrites *s_held = nullptr;

} // namespace

HeldAnalysisWrites::HeldAnalysisWrites()
{
    Q_ASSERT(!s_held);
    s_held = this;
}

HeldAnalysisWrites::~HeldAnalysisWrites()
{
    s_held = nullptr;
}

void HeldAnalysisWrites::commit()
{
    s_held = nullptr;
    for (auto &[path, entries] : m_fits)
        AnalysisService(path).writeFits(std::move(entries));
    for (const Use &use : m_uses)
        AnalysisService(use.path).writeDefinitionUse(use.surface, use.dataEnd);
    m_fits.clear();
    m_uses.clear();
}

AnalysisService::AnalysisService(QString workspacePath)
    : m_path(std::move(workspacePath)), m_fits(std::make_shared<FitCache>())
{
}

AnalysisService::~AnalysisService() = default;

QString AnalysisService::emptyWorkspaceMessage()
{
    return QCoreApplication::translate("engine", "The workspace has no transactions yet, so there is nothing to value. "
                                                 "Import a transactions file first (or create the demo with 'lodestar demo').");
}

void AnalysisService::setScope(DatasetScope scope, const QDate &holdoutEnd)
{
    m_scope = scope;
    m_holdoutEnd = holdoutEnd;
}

Result<WorkspaceData> AnalysisService::read(const ProgressCallback &progress, const DefinitionAdjust &adjust)
{
    auto store = Store::open(m_path, Store::Mode::ReadOnly);
    if (!store)
        return store.error();
    if (progress && !progress(0.0))
        return cancelled();
    auto definition = DefinitionRepository(**store).load();
    if (!definition)
        return definition.error(); // a damaged definition is the workspace's, not the program's fault
    if (adjust) {
        definition = adjust(*definition);
        if (!definition)
            return definition.error();
    }
    const DatasetScope scope = (*store)->isPostgres() ? m_scope : DatasetScope::Everything;
    const SummaryOptions prefetch{definition->timeUnit, definition->calibrationStart, definition->calibrationEnd, m_holdoutEnd};
    auto data = readDataset(**store, scope, prefetch);
    if (!data)
        return data.error().cause == ErrorCause::Unspecified ? internal(data.error()) : data.error();
    if (!m_fitsLoaded && (*store)->schemaVersion() >= kFitCacheSchema) {
        // A fit that cannot be read is fitted again: the cache is an optimisation, never a failure.
        if (auto stored = FitCacheRepository(**store).load())
            m_fits->load(std::move(stored).value());
        m_fitsLoaded = true;
    }
    if (progress && !progress(1.0))
        return cancelled();
    return WorkspaceData{std::make_shared<const Dataset>(std::move(data).value()), *definition};
}

Result<std::shared_ptr<const Valuation>> AnalysisService::value(std::shared_ptr<const Dataset> data,
                                                                const ClvDefinition &definition,
                                                                const ProgressCallback &progress)
{
    if (!data || !data->hasTransactions())
        return Error{emptyWorkspaceMessage(), QString()};
    auto valuation = valueCustomers(*data, definition, progress, m_fits);
    if (!valuation)
        return valuation.error();
    saveFits(*m_fits);
    return std::make_shared<const Valuation>(std::move(valuation).value());
}

Result<ValuedAnalysis> AnalysisService::load(const DefinitionAdjust &adjust, const ProgressCallback &progress)
{
    const auto part = [&progress](double from, double to) -> ProgressCallback {
        if (!progress)
            return {};
        return [&progress, from, to](double f) { return progress(from + (to - from) * f); };
    };
    auto read = this->read(part(0.0, 0.1), adjust);
    if (!read)
        return read.error();
    const ClvDefinition &definition = read->definition;
    auto valuation = value(read->data, definition, part(0.1, 1.0));
    if (!valuation)
        return valuation.error();
    const Valuation &v = **valuation;
    return ValuedAnalysis{read->data, *valuation, v.definition.resolved(v.dataStart, v.calibrationEnd).plainText()};
}

Insights AnalysisService::insights(const Dataset &data, const Valuation &valuation, const AnalysisFilter &filter)
{
    Insights insights = buildInsights(data, valuation, filter);
    if (valuation.fitCache)
        saveFits(*valuation.fitCache);
    return insights;
}

Result<CultureSnapshot> AnalysisService::culture(const Dataset &data, const Valuation *valuation,
                                                 const std::optional<Quarter> &matrixQuarter)
{
    auto store = Store::open(m_path, Store::Mode::ReadOnly);
    if (!store)
        return store.error();
    auto records = loadCultureRecords(**store);
    if (!records)
        return records.error();
    store->reset();
    CultureSnapshot snapshot = computeCultureSnapshot(std::move(records).value(), data, valuation, matrixQuarter);
    if (valuation && valuation->fitCache)
        saveFits(*valuation->fitCache);
    return snapshot;
}

void AnalysisService::recordDefinitionUse(const QString &surface, const QDate &dataEnd)
{
    if (s_held) {
        const std::lock_guard lock(s_held->m_mutex);
        s_held->m_uses.push_back({m_path, surface, dataEnd});
        return;
    }
    writeDefinitionUse(surface, dataEnd);
}

void AnalysisService::writeDefinitionUse(const QString &surface, const QDate &dataEnd)
{
    auto store = Store::open(m_path, Store::Mode::ReadWrite);
    if (!store)
        return;
    const Status recorded = DefinitionUsageRepository(**store).recordUse(
        surface, Quarter::containing(dataEnd.isValid() ? dataEnd : QDate::currentDate()));
    if (!recorded)
        qCInfo(lcFits) << "definition use not recorded:" << recorded.errorString();
}

void AnalysisService::saveFits(FitCache &cache)
{
    qCInfo(lcFits).noquote() << QStringLiteral("fits made: %1, reused: %2").arg(cache.fitsPerformed()).arg(cache.fitsReused());
    std::vector<FitCacheEntry> entries = cache.takeNewEntries();
    if (entries.empty())
        return;
    if (s_held) {
        const std::lock_guard lock(s_held->m_mutex);
        s_held->m_fits.emplace_back(m_path, std::move(entries));
        return;
    }
    writeFits(std::move(entries));
}

void AnalysisService::writeFits(std::vector<FitCacheEntry> entries)
{
    // Only a workspace that already has the table: a read command does not migrate a workspace.
    auto probe = Store::open(m_path, Store::Mode::ReadOnly);
    if (!probe || (*probe)->schemaVersion() < kFitCacheSchema)
        return;
    probe->reset();
    auto store = Store::open(m_path, Store::Mode::ReadWrite);
    const Status saved = store ? FitCacheRepository(**store).save(entries) : Status(store.error());
    if (!saved)
        qCInfo(lcFits) << "fits not stored:" << saved.errorString();
}

void AnalysisService::adoptFits(std::shared_ptr<FitCache> fits)
{
    if (fits)
        m_fits = std::move(fits);
}

int AnalysisService::fitsPerformed() const
{
    return m_fits->fitsPerformed();
}

int AnalysisService::fitsReused() const
{
    return m_fits->fitsReused();
}

} // namespace lodestar
