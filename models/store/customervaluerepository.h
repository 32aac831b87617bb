#pragma once

#include "models/engine/analysis.h"
#include "models/result.h"

#include <QString>

namespace lodestar {

class Store;

/// The customer_values table (schema.cpp): a valuation written back into the workspace, where other
/// tools read it with SQL.
class CustomerValueRepository
{
public:
    explicit CustomerValueRepository(const Store &store) : m_store(store) {}

    /// Replaces the table's rows with one per customer of the valuation (CLV, tier, score and the
    /// model's figures NULL for a customer not valued) and records definitionText, in one
    /// transaction: on failure the table is as it was. Streams with COPY into PostgreSQL.
    Status replace(const Dataset &data, const Valuation &valuation, const QString &definitionText, qint64 valuedAt);

    /// The table as another tool names it: customer_values, schema-qualified on PostgreSQL.
    QString tableName() const;

private:
    const Store &m_store;
};

} // namespace lodestar
