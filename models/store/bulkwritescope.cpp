#include "bulkwritescope.h"

#include "importrepository.h"
#include "sqldialect.h"

#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace lodestar {

namespace {

// 64 MiB whatever the file size, so memory stays flat while the hot index pages stay cached.
// temp_store stays on disk: the sorted index rebuild would otherwise hold the whole index in RAM.
constexpr qint64 kImportCacheKiB = 65536;
// CREATE INDEX sorts runs as large as the page cache in memory: at 64 MiB a million rows are one
// run, a linked-list merge sort that misses the CPU cache at every step. Runs of 2 MiB sort in
// cache and are merged from sequential files (measured: a fifth less CPU for a million rows).
constexpr qint64 kIndexBuildCacheKiB = 2048;

// SQLite's sorter can sort its runs on helper threads while the statement goes on reading the
// table. By then the import's parse thread has finished, so the other cores are free: on the
// 2-core reference machine the customer index builds in 0.7 s instead of 1.0 s.
int sorterHelperThreads()
{
    return std::max(0, QThread::idealThreadCount() - 1);
}

} // namespace

BulkWriteScope::BulkWriteScope(QSqlDatabase db)
    : m_db(std::move(db))
{
    // These are SQLite's settings; a PostgreSQL server tunes its own memory.
    if (dialectOf(m_db) != SqlDialect::Sqlite)
        return;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        m_previousCacheSize = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next())
        m_foreignKeys = query.value(0).toBool();
    query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kImportCacheKiB));
    query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

BulkWriteScope::~BulkWriteScope()
{
    if (dialectOf(m_db) != SqlDialect::Sqlite)
        return;
    QSqlQuery query(m_db);
    if (m_previousCacheSize != 0)
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
    if (m_foreignKeys)
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Status DeferredIndexes::drop(QSqlDatabase db, const QString &table)
{
    m_db = std::move(db);
    // PostgreSQL's server builds its indexes as the rows come; only SQLite gains from the rebuild.
    if (dialectOf(m_db) != SqlDialect::Sqlite)
        return {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"));
    query.addBindValue(table);
    if (!query.exec())
        return storeError(query, QT_TRANSLATE_NOOP("store", "read the indexes"));
    QStringList names;
    while (query.next()) {
        names << query.value(0).toString();
        m_definitions << query.value(1).toString();
    }
    query.finish();
    for (const QString &name : names) {
        // Names come from sqlite_master (our own schema), quoted as identifiers.
        if (!query.exec(QStringLiteral("DROP INDEX \"%1\"").arg(QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")))))
            return storeError(query, QT_TRANSLATE_NOOP("store", "prepare the bulk import"));
    }
    return {};
}

Status DeferredIndexes::recreate()
{
    if (m_definitions.isEmpty())
        return {};
    QSqlQuery query(m_db);
    qint64 cacheSize = 0;
    if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
        cacheSize = query.value(0).toLongLong();
    query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kIndexBuildCacheKiB));
    query.exec(QStringLiteral("PRAGMA threads = %1").arg(sorterHelperThreads()));
    Status status;
    for (const QString &definition : std::as_const(m_definitions)) {
        if (!query.exec(definition)) {
            status = storeError(query, QT_TRANSLATE_NOOP("store", "rebuild the indexes"));
            break;
        }
    }
    query.exec(QStringLiteral("PRAGMA threads = 0"));
    if (cacheSize != 0)
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    if (status)
        m_definitions.clear();
    return status;
}

} // namespace lodestar
