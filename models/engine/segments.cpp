#include "segments.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace lodestar {

namespace {

struct Accumulator
{
    int customers = 0;
    int valued = 0;
    double revenue = 0.0;
    double clv = 0.0;
    double alive = 0.0;
    int costed = 0;
    double cac = 0.0;
    double costedClv = 0.0;
    double costedMonthlyMargin = 0.0;
};

void add(Accumulator &acc, const CustomerValue &value, double revenue, int horizonMonths)
{
    ++acc.customers;
    acc.revenue += revenue;
    if (!value.hasClv)
        return;
    ++acc.valued;
    acc.clv += value.clv;
    acc.alive += value.probabilityAlive;
    if (std::isfinite(value.acquisitionCost)) {
        ++acc.costed;
        acc.cac += value.acquisitionCost;
        acc.costedClv += value.clv;
        acc.costedMonthlyMargin += value.expectedPurchases * value.expectedSpend * value.margin / horizonMonths;
    }
}

SegmentSummary toSummary(const QString &key, const Accumulator &acc, int customers, double totalClv)
{
    SegmentSummary s;
    s.key = key;
    s.customers = acc.customers;
    s.customerShare = customers > 0 ? static_cast<double>(acc.customers) / customers : 0.0;
    s.revenue = acc.revenue;
    s.totalClv = acc.clv;
    s.averageClv = acc.valued > 0 ? acc.clv / acc.valued : 0.0;
    s.clvShare = totalClv != 0.0 ? acc.clv / totalClv : 0.0;
    s.averageProbabilityAlive = acc.valued > 0 ? acc.alive / acc.valued : 0.0;
    if (acc.costed > 0) {
        s.acquisitionCost = acc.cac;
        if (acc.cac > 0.0)
            s.ltvToCac = acc.costedClv / acc.cac;
        if (acc.costedMonthlyMargin > 0.0)
            s.paybackMonths = acc.cac / acc.costedMonthlyMargin;
    }
    return s;
}

} // namespace

std::vector<SegmentSummary> computeSegments(const InsightScan &scan, const Dataset &, const Valuation &valuation,
                                            const std::function<QString(std::int32_t)> &keyOf, const QStringList &order)
{
    QHash<QString, Accumulator> groups;
    double totalClv = 0.0;
    const int horizon = std::max(1, valuation.definition.horizonMonths);
    for (std::size_t i = 0; i < scan.customers.size(); ++i) {
        const CustomerValue &value = valuation.customers[scan.customers[i]];
        add(groups[keyOf(scan.customers[i])], value, scan.revenueInRange[i], horizon);
        totalClv += value.hasClv ? value.clv : 0.0;
    }
    const int customers = static_cast<int>(scan.customers.size());
    std::vector<SegmentSummary> rows;
    for (const QString &key : order) {
        const auto it = groups.constFind(key);
        if (it != groups.constEnd())
            rows.push_back(toSummary(key, it.value(), customers, totalClv));
    }
    std::vector<SegmentSummary> rest;
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it)
        if (!order.contains(it.key()))
            rest.push_back(toSummary(it.key(), it.value(), customers, totalClv));
    std::sort(rest.begin(), rest.end(), [](const SegmentSummary &l, const SegmentSummary &r) {
        return l.totalClv != r.totalClv ? l.totalClv > r.totalClv : l.key < r.key;
    });
    rows.insert(rows.end(), rest.begin(), rest.end());
    return rows;
}

} // namespace lodestar
