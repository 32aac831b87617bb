#pragma once

#include "models/engine/analysis.h"
#include "models/report/reportcontext.h"
#include "models/result.h"

#include <memory>

namespace lodestar {
class Store;
}

namespace lodestar::report {

/// The engine's results a report reads, owned together so a ReportContext can borrow them.
struct ReportInputs
{
    std::shared_ptr<const Dataset> data;
    std::shared_ptr<const Valuation> valuation;
    std::shared_ptr<const Insights> insights;
    DataQuality dataQuality;
    std::shared_ptr<const CultureSnapshot> culture; ///< null when the culture records could not be read
    QString workspaceName;

    /// A context over these inputs; valid while they live.
    ReportContext context(const ReportOptions &options, const QDate &today) const;
};

/// The filter a report for options.quarter uses: everything up to that quarter's end.
Result<AnalysisFilter> reportFilter(const ReportOptions &options);

/// The app's global filter in words ("channel Referral, region North"); empty when it filters nothing.
QString describeFilter(const AnalysisFilter &filter);

/// Inputs for a report from the app's current analysis: no re-valuation, the app's global
/// filter applied (and named in options.filters), culture records read from store when given.
Result<ReportInputs> inputsFromAnalysis(std::shared_ptr<const Dataset> data, std::shared_ptr<const Valuation> valuation,
                                        const AnalysisFilter &appFilter, ReportOptions &options, const Store *store);

/// Reads the workspace, values its customers and builds the insights for the report's quarter.
/// Fails with one sentence when the workspace has no transactions or the quarter is unusable.
Result<ReportInputs> loadReportInputs(const Store &store, const ReportOptions &options,
                                      const ProgressCallback &progress = {});

} // namespace lodestar::report
