#include "bulkwritescope.h"

#include <QSqlQuery>

namespace lodestar {

namespace {

// 64 MiB whatever the file size: memory stays flat while the index pages stay cached.
constexpr qint64 kImportCacheKiB = 65536;

} // namespace

BulkWriteScope::BulkWriteScope(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        m_previousCacheSize = query.value(0).toLongLong();
    query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kImportCacheKiB));
    query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

BulkWriteScope::~BulkWriteScope()
{
    if (m_previousCacheSize == 0)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
}

} // namespace lodestar
