#pragma once

#include "models/engine/dataset.h"
#include "models/result.h"

namespace lodestar {

class Store;

/// Reads the whole workspace into a Dataset for the engine, in one read transaction.
Result<Dataset> readDataset(const Store &store);

} // namespace lodestar
