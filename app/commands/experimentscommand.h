#pragma once

#include "command.h"

namespace lodestar::cli {

/// `lodestar experiments --db FILE [--json]`: incremental CLV, retention and revenue of treatment over control;
/// `lodestar experiments add --db FILE --name N --from DATE --to DATE (--treatment FILTER | --treatment-file CSV)
///  (--control FILTER | --control-file CSV) [--hypothesis TEXT]`.
int runExperiments(const CommandContext &context);

} // namespace lodestar::cli
