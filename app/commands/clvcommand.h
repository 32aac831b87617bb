#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar clv --db FILE [--horizon-months N] [--discount-rate R] [--margin M] [--out CSV] [--json]`:
/// one row per customer (id, x, t_x, T, p_alive, expected_purchases, expected_spend, clv,
/// score, tier, rfm_segment). Options override the stored definition for this run only.
int runClv(const CommandContext &context);

} // namespace lodestar::cli
