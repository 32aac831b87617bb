#pragma once

#include "models/culture/quarter.h"
#include "models/result.h"

#include <optional>

namespace lodestar {

class Store;

/// Seeds a demo workspace with four quarters of maturity self-assessments (ending in
/// lastQuarter, default the quarter of the last transaction), definition usage, team goals
/// and one experiment, so the culture pages have history to show. Does nothing when the
/// workspace already holds assessments; saves the default CLV definition when none is set.
Status seedCultureDemo(const Store &store, std::optional<Quarter> lastQuarter = std::nullopt);

} // namespace lodestar
