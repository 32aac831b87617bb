#include "kpis.h"

#include "models/clv/customersummary.h"
#include "models/engine/uniteconomics.h"

#include <cmath>

namespace lodestar {

namespace {

double ratio(double numerator, double denominator)
{
    return denominator != 0.0 ? numerator / denominator : kUnknown;
}

double growth(double current, double previous)
{
    return previous != 0.0 ? (current - previous) / std::abs(previous) : kUnknown;
}

// Period-on-period figures that need the previous period; unknown next to an unvalued period.
void fillGrowth(std::vector<KpiPeriod> &kpis)
{
    for (std::size_t i = 1; i < kpis.size(); ++i) {
        kpis[i].revenueGrowth = growth(kpis[i].revenue, kpis[i - 1].revenue);
        if (kpis[i].clvKnown && kpis[i - 1].clvKnown)
            kpis[i].clvGrowth = growth(kpis[i].totalClv, kpis[i - 1].totalClv);
    }
}

void fillClv(KpiPeriod &k, const PeriodClv &clv, double revenue)
{
    k.clvKnown = clv.known;
    k.clvNote = clv.note;
    if (!clv.known)
        return;
    k.totalClv = clv.totalClv;
    k.averageClv = clv.valued > 0 ? clv.totalClv / clv.valued : kUnknown;
    k.clvCoverage = revenue != 0.0 ? clv.coveredRevenue / revenue : kUnknown;
    k.atRiskCustomers = clv.atRiskCustomers;
    k.atRiskRevenue = clv.atRiskRevenue;
    if (clv.acquiredCac > 0.0)
        k.ltvToCac = clv.acquiredCacClv / clv.acquiredCac;
}

} // namespace

// Definitions, for the selected customers and period p:
//   revenue            net revenue of transactions in p (refunds subtract)
//   active / new       customers purchasing in p / whose first purchase is in p
//   CLV figures        as of the end of p (or the data end for an unfinished p): the data cut there,
//                      the calibration ending there, the models fitted on that (asof.h); unknown
//                      when that cannot be fitted, never today's valuation in their place
//   total CLV          Σ CLV of the customers valued at the end of p (acquired by then)
//   average CLV        total CLV ÷ those customers
//   CLV growth         total CLV vs the previous period's
//   repeat rate        share of active customers who had bought in an earlier period
//   first-period churn share of the customers acquired in p who did not buy in p + 1
//                      (unknown until p + 1 is over)
//   retention          share of customers active in p − 1 who are active in p
//   AOV                revenue ÷ purchase transactions; gross margin from rows with a cost
//   CLV coverage       share of revenue in p from customers valued at the end of p
//   at risk            customers with P(alive) at the end of p below the threshold, with a
//                      transaction in the 12 months to it, and their revenue in those 12 months
//                      (a 12-month figure: not comparable with one period's revenue)
//   LTV:CAC            the registry's "ltv_cac" (uniteconomics.h) of the customers acquired by the
//                      end of p, valued at the end of p: Σ CLV ÷ Σ CAC
std::vector<KpiPeriod> computeKpis(const InsightScan &scan, const PeriodCalendar &calendar, const DayRange &range,
                                   const QDate &dataEnd, const std::vector<PeriodClv> &clv)
{
    const PeriodTotals &t = scan.periods;
    std::vector<KpiPeriod> kpis;
    for (int p = 0; p < calendar.count(); ++p) {
        if (calendar.endDay(p) < range.from || epochDayOf(calendar.start(p)) > range.to)
            continue;
        KpiPeriod k;
        k.label = calendar.label(p);
        k.start = calendar.start(p);
        k.end = calendar.end(p);
        k.complete = k.end <= dataEnd;
        k.revenue = t.revenue[p];
        k.activeCustomers = t.active[p];
        k.newCustomers = t.newCustomers[p];
        k.repeatPurchaseRate = t.active[p] > 0 ? static_cast<double>(t.returning[p]) / t.active[p] : 0.0;
        const bool nextOver = p + 1 < calendar.count() && calendar.end(p + 1) <= dataEnd;
        k.firstPeriodChurn = nextOver && t.newCustomers[p] > 0 ? 1.0 - ratio(t.returnedNext[p], t.newCustomers[p]) : kUnknown;
        k.retention = p > 0 ? ratio(t.retained[p], t.active[p - 1]) : kUnknown;
        k.averageOrderValue = t.orders[p] > 0.0 ? t.revenue[p] / t.orders[p] : 0.0;
        k.grossMargin = t.costedRevenue[p] != 0.0 ? (t.costedRevenue[p] - t.cost[p]) / t.costedRevenue[p] : kUnknown;
        fillClv(k, clv[p], t.revenue[p]);
        kpis.push_back(k);
    }
    fillGrowth(kpis);
    return kpis;
}

} // namespace lodestar
