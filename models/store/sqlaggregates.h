#pragma once

// The per-customer summary pushed down to the database as SQL (issue 15).

#include "models/clv/customersummary.h"
#include "models/engine/dataset.h"
#include "models/engine/transactionaggregates.h"

#include <QString>

#include <mutex>
#include <optional>
#include <vector>

namespace lodestar {

class Store;

/// TransactionAggregates answered by the workspace's database: the customer summary and the annual
/// churn as SQL aggregates (GROUP BY, CASE, one window function: standard SQL that runs on PostgreSQL,
/// SQLite and their relatives), so an analysis receives one row per customer at most instead of
/// every transaction. Each question opens its own read-only connection (the engine may ask from
/// worker threads), and every answer is over the transaction imports that had committed when the
/// workspace was read, so later questions see the same data as the first, whatever is imported
/// meanwhile.
class SqlTransactionAggregates final : public TransactionAggregates
{
public:
    /// The customers with the summary under prefetch (the valuation's first question, answered
    /// without asking again), spend and NPS responses, in one read transaction of store.
    static Result<Dataset> read(const Store &store, const SummaryOptions &prefetch);

    Result<SummaryTable> summarize(const SummaryOptions &options) const override;
    AnnualChurn annualChurn(std::int32_t endDay) const override;
    std::shared_ptr<const TransactionAggregates> through(std::int32_t lastDay) const override;
    std::int64_t transactionCount() const override { return m_transactions; }

    struct Snapshot
    {
        QString workspace;                       ///< the path or address to reconnect to
        QString imports;                         ///< committed transaction imports, as an SQL list
        std::shared_ptr<const std::vector<qint64>> customerIds; ///< Dataset::customers' row ids, ascending
        std::optional<std::int32_t> lastDay;     ///< only transactions up to this epoch day
    };

    SqlTransactionAggregates(Snapshot snapshot, std::int64_t transactions);

private:
    Snapshot m_snapshot;
    std::int64_t m_transactions = 0;
    mutable std::mutex m_mutex;
    mutable std::optional<std::pair<SummaryOptions, SummaryTable>> m_prefetched; ///< taken by the first matching question
};

} // namespace lodestar
