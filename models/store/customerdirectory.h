#pragma once

#include "customeridindex.h"
#include "importrows.h"
#include "postgrescopy.h"
#include "rowstatement.h"
#include "models/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace lodestar {

/// Resolves customers' external ids to row ids during an import, creating unknown customers.
/// All known ids are held in a hash keyed by their UTF-8 bytes, so a million rows cost a million
/// lookups (no query, no conversion to QString), not queries. In a PostgreSQL workspace new
/// customers take ids reserved a block at a time and reach the table by COPY (see flush()).
class CustomerDirectory
{
public:
    explicit CustomerDirectory(QSqlDatabase db);

    Status load();
    /// The row id of a customer, inserting the customer (with only its external id) when new.
    Result<qint64> resolve(const QByteArray &externalId, qint64 importId);
    /// Hints that resolve(externalId) comes soon (see CustomerIdIndex::prefetch).
    void prefetch(const QByteArray &externalId) const;
    /// Inserts a customer from a customers file, or updates the fields and attributes it gives.
    Status upsert(const CustomerRow &row, qint64 importId);
    qint64 createdCount() const { return m_created; }
    /// Writes the new customers still held back; before anything reads them or refers to them
    /// through a checked key (NPS responses), and before commit.
    Status flush();

private:
    Result<qint64> insert(const CustomerRow &row, qint64 importId);
    Status update(qint64 id, const CustomerRow &row);
    Result<qint64> copyNew(const CustomerRow &row, qint64 importId);

    QSqlDatabase m_db;
    CustomerIdIndex m_ids;
    // New customers go through the client library: a transactions file can bring a hundred thousand of them.
    std::unique_ptr<RowStatement> m_insert;
    QSqlQuery m_readAttributes;
    QSqlQuery m_update;
    qint64 m_created = 0;
    std::unique_ptr<PostgresCopy> m_copy;
    std::vector<qint64> m_reservedIds;
};

} // namespace lodestar
