#pragma once

// The engine's one question to where the transactions are stored, when they stay there.

#include "models/result.h"

#include <cstdint>
#include <memory>

namespace lodestar {

struct AnnualChurn;
struct SummaryOptions;
struct SummaryTable;

/// The per-customer aggregates the engine needs, computed where the transactions are (pushed down
/// to a database server as SQL) instead of from Dataset::transactions. A Dataset read without its
/// transactions carries one (datasetreader.h); summarizeCustomers() and measureAnnualChurn() ask it,
/// so the models, the valuation and the as-of valuations are the same code either way.
/// Implementations are safe to call from several threads (the as-of valuations run in parallel).
class TransactionAggregates
{
public:
    virtual ~TransactionAggregates() = default;

    /// What summarizeCustomers() computes from the transactions; customers[i] is Dataset::customers[i].
    virtual Result<SummaryTable> summarize(const SummaryOptions &options) const = 0;
    /// What measureAnnualChurn() computes; churn unknown when it cannot be measured.
    virtual AnnualChurn annualChurn(std::int32_t endDay) const = 0;
    /// The same aggregates over the transactions up to and including lastDay (an epoch day).
    virtual std::shared_ptr<const TransactionAggregates> through(std::int32_t lastDay) const = 0;
    /// Transactions (purchases and refunds) the aggregates are over, when read; 0: none.
    virtual std::int64_t transactionCount() const = 0;
};

} // namespace lodestar
