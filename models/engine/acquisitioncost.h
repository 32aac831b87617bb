#pragma once

#include "models/engine/dataset.h"

#include <vector>

namespace lodestar {

/// Customer acquisition cost (CAC) of every customer: customers.acquisition_cost when known,
/// otherwise the channel's total marketing spend ÷ the customers acquired in that channel
/// (all customer records of the channel). NaN when neither is known.
std::vector<double> acquisitionCosts(const Dataset &data);

} // namespace lodestar
