#pragma once

// Ranking customers by CLV: the 0-100 score and the High / Medium / Low tiers.

#include "models/engine/analysis.h"

#include <vector>

namespace lodestar {

/// Score 0-100 for each value: the percentile rank, round(100 × below / (n − 1)), where below
/// is the number of values strictly lower. The lowest value scores 0, the highest 100, ties
/// share a score; a single value scores 100.
std::vector<int> percentileScores(const std::vector<double> &values);

/// Tiers by share of customers: a value is High when the share of values strictly above it
/// is below highShare, Medium when below highShare + mediumShare, else Low. With distinct
/// values that is exactly the top 20% / next 30% / rest for the default shares; ties never
/// split across tiers. A value of zero or below (or NaN) is always Low.
std::vector<Tier> tiersByShare(const std::vector<double> &values, double highShare, double mediumShare);

/// Tiers by amount: High at or above highAmount, Medium at or above mediumAmount, else Low; a
/// value of zero or below is Low whatever the amounts.
std::vector<Tier> tiersByAmount(const std::vector<double> &values, double highAmount, double mediumAmount);

/// The tiers the definition asks for: by share or by amount (ClvDefinition::tierCutoff).
std::vector<Tier> tiersFor(const std::vector<double> &values, const ClvDefinition &definition);

} // namespace lodestar
