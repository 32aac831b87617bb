#pragma once

#include "importrows.h"
#include "models/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace lodestar {

/// Resolves customers' external ids to row ids during an import, creating unknown customers.
/// All known ids are held in a hash, so a million rows cost a million lookups, not queries.
class CustomerDirectory
{
public:
    explicit CustomerDirectory(QSqlDatabase db);

    Status load();
    /// The row id of a customer, inserting the customer (with only its external id) when new.
    Result<qint64> resolve(const QByteArray &externalId, qint64 importId);
    /// Inserts a customer from a customers file, or updates the fields and attributes it gives.
    Status upsert(const CustomerRow &row, qint64 importId);
    qint64 createdCount() const { return m_created; }

private:
    Result<qint64> insert(const CustomerRow &row, qint64 importId);
    Status update(qint64 id, const CustomerRow &row);

    QSqlDatabase m_db;
    QHash<QByteArray, qint64> m_ids;
    QSqlQuery m_insert;
    QSqlQuery m_readAttributes;
    QSqlQuery m_update;
    qint64 m_created = 0;
};

} // namespace lodestar
