#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar matrix --db FILE [--quarter 2025Q4] [--json]`: the CLV maturity matrix with trend and gap;
/// `lodestar matrix set --db FILE --capability KEY --quarter Q --level N [--target N] [--owner …] [--evidence …]
///  [--kpi-value X --kpi-period P]`: records a quarterly self-assessment.
int runMatrix(const CommandContext &context);

} // namespace lodestar::cli
