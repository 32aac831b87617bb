#include "reportsource.h"

#include "models/culture/quarter.h"
#include "models/engine/analysisservice.h"
#include "models/engine/segmentlabel.h"
#include "models/report/headlinefigures.h"
#include "models/store/importhistory.h"
#include "models/store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace lodestar::report {

namespace {

QDate dateOf(EpochSeconds seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date();
}

DataQuality dataQuality(const Store &store, const Dataset &data)
{
    DataQuality quality;
    quality.customers = static_cast<qint64>(data.customers.size());
    quality.transactions = static_cast<qint64>(data.transactions.size());
    for (const auto &transaction : data.transactions) {
        const QDate date = dateOf(transaction.occurredAt);
        if (!quality.firstDate.isValid() || date < quality.firstDate)
            quality.firstDate = date;
        if (!quality.lastDate.isValid() || date > quality.lastDate)
            quality.lastDate = date;
    }
    // Workspaces without recorded imports (built through the API) simply show a dash.
    if (const auto imports = listImports(store); imports && !imports->isEmpty()) {
        quality.rowsImported = 0;
        quality.rowsRejected = 0;
        for (const auto &entry : *imports) {
            quality.rowsImported += entry.counts.imported;
            quality.rowsRejected += entry.counts.rejected;
        }
    }
    return quality;
}

// The culture part is optional: a workspace whose culture records cannot be read still gets
// every other section, and the culture section says what is missing.
std::shared_ptr<const CultureSnapshot> cultureSnapshot(const Store &store, const Dataset &data, const Valuation &valuation,
                                                       const QString &quarter)
{
    auto records = loadCultureRecords(store);
    if (!records)
        return nullptr;
    return std::make_shared<const CultureSnapshot>(
        computeCultureSnapshot(std::move(records).value(), data, &valuation, Quarter::parse(quarter)));
}

// A quarter the data does not reach would give a report of empty pages: name the quarters it covers.
QString quarterOutsideData(const AnalysisFilter &filter, const Valuation &valuation, const QString &quarter)
{
    if (!filter.to.isValid() || !valuation.dataStart.isValid() || !valuation.dataEnd.isValid())
        return QString();
    const Quarter first = Quarter::containing(valuation.dataStart);
    const Quarter last = Quarter::containing(valuation.dataEnd);
    const Quarter asked = Quarter::containing(filter.to);
    if (asked >= first && asked <= last)
        return QString();
    return QCoreApplication::translate("report", "The data covers %1 to %2 (%3 to %4); there is nothing to report for %5.")
        .arg(first.toString(), last.toString(), valuation.dataStart.toString(Qt::ISODate),
             valuation.dataEnd.toString(Qt::ISODate), quarter);
}

} // namespace

ReportContext ReportInputs::context(const ReportOptions &options, const QDate &today) const
{
    return ReportContext{*valuation, *insights, summaryFigures(insights->headline), dataQuality, culture.get(),
                         options, workspaceName, today};
}

Result<AnalysisFilter> reportFilter(const ReportOptions &options)
{
    AnalysisFilter filter;
    filter.period = Period::Quarter;
    if (options.quarter.isEmpty())
        return filter;
    const auto quarter = Quarter::parse(options.quarter);
    if (!quarter)
        return Error{QCoreApplication::translate("report", "'%1' is not a quarter; write it like 2025Q4.").arg(options.quarter), {}};
    filter.to = quarter->end();
    return filter;
}

QString describeFilter(const AnalysisFilter &filter)
{
    QStringList parts;
    if (filter.from.isValid() || filter.to.isValid())
        parts << QCoreApplication::translate("report", "dates %1 to %2")
                     .arg(filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QStringLiteral("…"),
                          filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QStringLiteral("…"));
    if (!filter.channel.isEmpty())
        parts << QCoreApplication::translate("report", "channel %1").arg(filter.channel);
    if (!filter.region.isEmpty())
        parts << QCoreApplication::translate("report", "region %1").arg(filter.region);
    if (!filter.plan.isEmpty())
        parts << QCoreApplication::translate("report", "plan %1").arg(filter.plan);
    if (filter.tier)
        parts << QCoreApplication::translate("report", "tier %1").arg(segmentLabel(tierName(*filter.tier)));
    return parts.join(QStringLiteral(", "));
}

Result<ReportInputs> inputsFromAnalysis(std::shared_ptr<const Dataset> data, std::shared_ptr<const Valuation> valuation,
                                        const AnalysisFilter &appFilter, ReportOptions &options, const Store *store)
{
    if (!data || !valuation || data->transactions.empty())
        return Error{QCoreApplication::translate("report", "Open a workspace with transactions before exporting a report."), {}};
    const auto quarterFilter = reportFilter(options);
    if (!quarterFilter)
        return quarterFilter.error();
    // The report is quarterly whatever period the views show; the app's filters narrow it.
    AnalysisFilter filter = appFilter;
    filter.period = Period::Quarter;
    if (quarterFilter->to.isValid() && (!filter.to.isValid() || quarterFilter->to < filter.to))
        filter.to = quarterFilter->to;
    options.filters = describeFilter(appFilter);
    ReportInputs inputs;
    inputs.data = std::move(data);
    inputs.valuation = std::move(valuation);
    inputs.insights = std::make_shared<const Insights>(buildInsights(*inputs.data, *inputs.valuation, filter));
    inputs.workspaceName = store ? QFileInfo(store->path()).completeBaseName() : QString();
    if (store) {
        inputs.dataQuality = dataQuality(*store, *inputs.data);
        if (options.includes(SectionId::Culture))
            inputs.culture = cultureSnapshot(*store, *inputs.data, *inputs.valuation, inputs.insights->headline.period);
    }
    return inputs;
}

Result<ReportInputs> loadReportInputs(const Store &store, const ReportOptions &options, const ProgressCallback &progress)
{
    const auto filter = reportFilter(options);
    if (!filter)
        return filter.error();
    AnalysisService service(store.path());
    auto analysis = service.load({}, progress);
    if (!analysis)
        return analysis.error();

    ReportInputs inputs;
    inputs.data = analysis->data;
    inputs.valuation = analysis->valuation;
    if (const QString problem = quarterOutsideData(*filter, *inputs.valuation, options.quarter); !problem.isEmpty())
        return Error{problem, {}};
    inputs.insights = std::make_shared<const Insights>(service.insights(*inputs.data, *inputs.valuation, *filter));
    inputs.dataQuality = dataQuality(store, *inputs.data);
    if (options.includes(SectionId::Culture))
        inputs.culture = cultureSnapshot(store, *inputs.data, *inputs.valuation, inputs.insights->headline.period);
    inputs.workspaceName = QFileInfo(store.path()).completeBaseName();
    return inputs;
}

} // namespace lodestar::report
