#pragma once

#include <QSqlDatabase>

namespace lodestar {

/// Raises SQLite's page cache for the length of a bulk import and puts it back afterwards:
/// inserting a million rows with two indexes thrashes the default 2 MB cache.
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
};

} // namespace lodestar
