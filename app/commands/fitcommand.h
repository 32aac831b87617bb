#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar fit --db FILE --model bgnbd|pareto-nbd|gamma-gamma [--calibration-end DATE]
/// [--holdout-end DATE] [--time-unit day|week|month] [--json]`: fits one model and prints
/// parameters, log-likelihood, standard errors and, with a holdout, predicted vs actual.
int runFit(const CommandContext &context);

} // namespace lodestar::cli
