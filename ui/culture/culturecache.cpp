#include "culturecache.h"

#include "models/store/store.h"

#include <QCoreApplication>

namespace lodestar::ui {

CultureCache &CultureCache::instance()
{
    static CultureCache cache;
    // The cache is a static and so outlives QApplication; its connection must close while the
    // SQLite driver still exists, which is when QCoreApplication runs its post routines.
    static const bool closesWithTheApplication = [] {
        qAddPostRoutine([] { instance().openStore(QString()); });
        return true;
    }();
    Q_UNUSED(closesWithTheApplication);
    return cache;
}

bool CultureCache::openStore(const QString &path)
{
    if (m_store && m_path == path)
        return true;
    m_store.reset();
    m_path = path;
    m_snapshot.reset();
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
    auto records = loadCultureRecords(*m_store);
    if (!records)
        return nullptr;
    m_valuation = analysis.valuation.get();
    m_snapshot = std::make_shared<const CultureSnapshot>(
        computeCultureSnapshot(std::move(records).value(), *analysis.data, analysis.valuation.get()));
    return m_snapshot;
}

void CultureCache::invalidate()
{
    m_snapshot.reset();
    emit changed();
}

} // namespace lodestar::ui
