#include "culturecache.h"

#include "models/store/store.h"

namespace lodestar::ui {

CultureCache::CultureCache(QObject *parent) : QObject(parent) {}

bool CultureCache::openStore(const QString &path)
{
    if (m_store && m_path == path)
        return true;
    m_store.reset();
    m_path = path;
    m_snapshot.reset();
    m_stale = false;
    if (path.isEmpty())
        return false;
    auto store = Store::open(path, Store::Mode::ReadWrite);
    if (!store)
        return false;
    m_store = std::move(store).value();
    return true;
}

Store *CultureCache::store()
{
    return m_store.get();
}

std::shared_ptr<const CultureSnapshot> CultureCache::snapshot(const AnalysisSnapshot &analysis)
{
    if (!openStore(analysis.workspacePath) || !analysis.data)
        return nullptr;
    if (m_snapshot && m_valuation == analysis.valuation.get())
        return m_snapshot;
    // The analysis job computed it off the GUI thread; only an edit (invalidate) recomputes it here,
    // which is light: the trend's period valuations are already made.
    if (analysis.culture && !(m_stale && m_staleValuation == analysis.valuation.get())) {
        m_valuation = analysis.valuation.get();
        m_snapshot = analysis.culture;
        return m_snapshot;
    }
    auto records = loadCultureRecords(*m_store);
    if (!records)
        return nullptr;
    m_valuation = analysis.valuation.get();
    m_snapshot = std::make_shared<const CultureSnapshot>(
        computeCultureSnapshot(std::move(records).value(), *analysis.data, analysis.valuation.get()));
    m_stale = false;
    return m_snapshot;
}

void CultureCache::invalidate()
{
    m_staleValuation = m_valuation;
    m_snapshot.reset();
    m_stale = true;
    emit changed();
}

void CultureCache::recordWrite(const Status &status)
{
    if (!status)
        emit editFailed(status.errorString());
    invalidate();
}

} // namespace lodestar::ui
