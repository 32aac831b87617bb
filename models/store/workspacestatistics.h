#pragma once

#include "models/engine/dataset.h"
#include "models/result.h"

namespace lodestar {

class Store;

/// Headline counts of a workspace, read with aggregate queries (no full load).
struct WorkspaceStatistics
{
    qint64 customers = 0;
    qint64 transactions = 0;
    EpochSeconds firstAt = 0;
    EpochSeconds lastAt = 0;
    double totalRevenue = 0.0;
};

Result<WorkspaceStatistics> readWorkspaceStatistics(const Store &store);

} // namespace lodestar
