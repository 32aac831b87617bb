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

// Period-on-period figures that need the previous period.
void fillGrowth(std::vector<KpiPeriod> &kpis)
{
    for (std::size_t i = 1; i < kpis.size(); ++i) {
        kpis[i].revenueGrowth = growth(kpis[i].revenue, kpis[i - 1].revenue);
        kpis[i].clvGrowth = growth(kpis[i].totalClv, kpis[i - 1].totalClv);
    }
}

} // namespace

// Definitions, for the selected customers and period p:
//   revenue            net revenue of transactions in p (refunds subtract)
//   active / new       customers purchasing in p / whose first purchase is in p
//   total CLV          Σ CLV of customers acquired up to the end of p (current valuation)
//   average CLV        total CLV ÷ valued customers acquired up to the end of p
//   repeat rate        share of active customers who had bought in an earlier period
//   first-period churn share of the customers acquired in p who did not buy in p + 1
//                      (unknown until p + 1 is over)
//   retention          share of customers active in p − 1 who are active in p
//   AOV                revenue ÷ purchase transactions; gross margin from rows with a cost
//   CLV coverage       share of revenue from customers with a CLV
//   at risk            customers with P(alive) below the threshold now, with revenue in the
//                      12 months to the end of p, and that revenue ("revenue at risk")
//   LTV:CAC            the registry's "ltv_cac" (uniteconomics.h) of the customers acquired up to the end of p
std::vector<KpiPeriod> computeKpis(const InsightScan &scan, const PeriodCalendar &calendar, const DayRange &range,
                                   const QDate &dataEnd)
{
    const PeriodTotals &t = scan.periods;
    std::vector<KpiPeriod> kpis;
    double clv = 0.0;
    int valued = 0;
    double costedClv = 0.0;
    double cac = 0.0;
    for (int p = 0; p < calendar.count(); ++p) {
        clv += t.acquiredClv[p];
        valued += t.acquiredValued[p];
        costedClv += t.acquiredCacClv[p];
        cac += t.acquiredCac[p];
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
        k.totalClv = clv;
        k.averageClv = valued > 0 ? clv / valued : 0.0;
        k.repeatPurchaseRate = t.active[p] > 0 ? static_cast<double>(t.returning[p]) / t.active[p] : 0.0;
        const bool nextOver = p + 1 < calendar.count() && calendar.end(p + 1) <= dataEnd;
        k.firstPeriodChurn = nextOver && t.newCustomers[p] > 0 ? 1.0 - ratio(t.returnedNext[p], t.newCustomers[p]) : kUnknown;
        k.retention = p > 0 ? ratio(t.retained[p], t.active[p - 1]) : kUnknown;
        k.averageOrderValue = t.orders[p] > 0.0 ? t.revenue[p] / t.orders[p] : 0.0;
        k.grossMargin = t.costedRevenue[p] != 0.0 ? (t.costedRevenue[p] - t.cost[p]) / t.costedRevenue[p] : kUnknown;
        k.clvCoverage = t.revenue[p] != 0.0 ? t.coveredRevenue[p] / t.revenue[p] : 0.0;
        k.atRiskCustomers = t.atRiskCustomers[p];
        k.atRiskRevenue = t.atRiskRevenue[p];
        k.ltvToCac = ltvToCacRatio(costedClv, cac);
        kpis.push_back(k);
    }
    fillGrowth(kpis);
    return kpis;
}

} // namespace lodestar
