#pragma once

#include "models/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace lodestar {

/// Settings for the length of a bulk import, put back afterwards: a larger page cache (a million
/// rows with two indexes thrash the default 2 MB) and no per-row foreign-key lookups (the importer
/// only writes ids it has just resolved). Create it before the transaction: SQLite ignores
/// foreign_keys inside one.
class BulkWriteScope
{
public:
    explicit BulkWriteScope(QSqlDatabase db);
    ~BulkWriteScope();

    BulkWriteScope(const BulkWriteScope &) = delete;
    BulkWriteScope &operator=(const BulkWriteScope &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previousCacheSize = 0;
    bool m_foreignKeys = false;
};

/// Drops a table's secondary indexes inside the import transaction and recreates them from their
/// stored definitions before commit: one sorted build is far cheaper than a million random inserts.
/// A rollback brings the indexes back with everything else.
class DeferredIndexes
{
public:
    Status drop(QSqlDatabase db, const QString &table);
    Status recreate();

private:
    QSqlDatabase m_db;
    QStringList m_definitions;
};

} // namespace lodestar
