#include "models/engine/transactionaggregates.h"

#include "models/engine/dataset.h"

namespace lodestar {

bool Dataset::hasTransactions() const
{
    return !transactions.empty() || (aggregates && aggregates->transactionCount() > 0);
}

} // namespace lodestar
