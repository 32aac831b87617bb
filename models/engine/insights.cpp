// buildInsights(): stage two of the engine contract (analysis.h).

#include "models/engine/analysis.h"

#include "models/clv/customersummary.h"
#include "models/engine/analysisspan.h"
#include "models/engine/asof.h"
#include "models/engine/cohorts.h"
#include "models/engine/headline.h"
#include "models/engine/kpis.h"
#include "models/engine/rfm.h"
#include "models/engine/segments.h"

#include <limits>

namespace lodestar {

namespace {

QString orNone(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("(none)") : value;
}

void computeAllSegments(Insights &insights, const InsightScan &scan, const Dataset &data, const Valuation &valuation)
{
    const auto &customers = data.customers;
    const auto &values = valuation.customers;
    insights.byTier = computeSegments(scan, data, valuation,
        [&](std::int32_t c) { return values[c].hasClv ? tierName(values[c].tier) : QStringLiteral("Not valued"); },
        {tierName(Tier::High), tierName(Tier::Medium), tierName(Tier::Low)});
    insights.byRfm = computeSegments(scan, data, valuation, [&](std::int32_t c) { return values[c].rfmSegment; },
                                     rfmSegmentNames());
    insights.byChannel = computeSegments(scan, data, valuation, [&](std::int32_t c) { return orNone(customers[c].channel); });
    insights.byRegion = computeSegments(scan, data, valuation, [&](std::int32_t c) { return orNone(customers[c].region); });
    insights.byPlan = computeSegments(scan, data, valuation, [&](std::int32_t c) { return orNone(customers[c].plan); });
}

} // namespace

// The date range selects customers with a transaction inside it and limits KPI periods,
// revenue and cohorts (by acquisition period) to it; activity after the range still counts
// towards the retention of its cohorts.
Insights buildInsights(const Dataset &data, const Valuation &valuation, const AnalysisFilter &filter)
{
    Insights insights;
    insights.filter = filter;
    // valueCustomers() refuses a longer span; a valuation made some other way gets nothing rather
    // than an allocation sized by the span.
    if (!valuation.dataStart.isValid() || !valuation.dataEnd.isValid()
        || !analysisSpanProblem(valuation.dataStart, valuation.dataEnd).isEmpty())
        return insights;
    const PeriodCalendar calendar(filter.period, epochDayOf(valuation.dataStart), epochDayOf(valuation.dataEnd));
    const DayRange range{filter.from.isValid() ? epochDayOf(filter.from) : std::numeric_limits<std::int32_t>::min(),
                         filter.to.isValid() ? epochDayOf(filter.to) : std::numeric_limits<std::int32_t>::max()};
    const InsightScan scan = scanInsights(data, valuation, filter, calendar, range);
    insights.customers = scan.customers;
    // The period table's CLV figures are as of each period end: made once per date (with fits
    // reused through the valuation's fit cache), then only looked up on later filter changes.
    AsOfValuations local;
    AsOfValuations &asOf = valuation.asOf ? *valuation.asOf : local;
    const auto byPeriod = asOf.at(data, valuation, periodValuationDates(calendar, range, valuation.dataEnd));
    const auto clv = computePeriodClv(data, valuation, scan, calendar, range, byPeriod);
    insights.kpis = computeKpis(scan, calendar, range, valuation.dataEnd, clv);
    insights.headline = computeHeadline(insights.kpis);
    computeAllSegments(insights, scan, data, valuation);
    insights.cohorts = computeCohorts(scan, calendar, range, valuation);
    return insights;
}

Insights buildSegmentInsights(const Dataset &data, const Valuation &valuation)
{
    Insights insights;
    InsightScan scan{{}, {}, PeriodTotals(0), CohortCounts(0)};
    // The customers a scan without a filter selects: those with a purchase, in customer order.
    for (const CustomerValue &value : valuation.customers) {
        if (!value.hasPurchases)
            continue;
        scan.customers.push_back(value.customer);
        scan.revenueInRange.push_back(value.revenue);
    }
    insights.customers = scan.customers;
    computeAllSegments(insights, scan, data, valuation);
    return insights;
}

} // namespace lodestar
