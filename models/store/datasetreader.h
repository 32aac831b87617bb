#pragma once

#include "models/clv/customersummary.h"
#include "models/engine/dataset.h"
#include "models/result.h"

namespace lodestar {

class Store;

/// Reads the workspace for the engine in one read transaction. With DatasetScope::CustomerSummaries
/// the transactions stay in the database: the customers come with their summary under prefetch (the
/// valuation's first question) and the dataset's aggregates put later questions to the database as
/// SQL (sqlaggregates.h).
Result<Dataset> readDataset(const Store &store, DatasetScope scope = DatasetScope::Everything,
                            const SummaryOptions &prefetch = {});

} // namespace lodestar
