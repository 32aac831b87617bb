#pragma once

#include "models/report/reportcontext.h"
#include "models/report/reportdocument.h"

namespace lodestar::report {

/// The report's content for the chosen sections, in reading order, with cover and footer.
Document buildReport(const ReportContext &context);

} // namespace lodestar::report
