#include "segments.h"

#include "models/engine/uniteconomics.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace lodestar {

namespace {

struct Accumulator
{
    explicit Accumulator(const QDate &dataEnd = {}) : unit(dataEnd) {}

    int customers = 0;
    int valued = 0;
    double revenue = 0.0;
    double clv = 0.0;
    double alive = 0.0;
    UnitEconomics unit;
};

void add(Accumulator &acc, const CustomerValue &value, double revenue)
{
    ++acc.customers;
    acc.revenue += revenue;
    if (!value.hasClv)
        return;
    ++acc.valued;
    acc.clv += value.clv;
    acc.alive += value.probabilityAlive;
    acc.unit.add(value);
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
    if (acc.unit.customers() > 0) {
        s.acquisitionCost = acc.unit.cacSum();
        s.averageAcquisitionCost = acc.unit.averageCac();
        s.ltvToCac = acc.unit.ltvToCac();
        s.paybackMonths = acc.unit.paybackMonths();
    }
    return s;
}

} // namespace

std::vector<SegmentSummary> computeSegments(const InsightScan &scan, const Dataset &, const Valuation &valuation,
                                            const std::function<QString(std::int32_t)> &keyOf, const QStringList &order)
{
    QHash<QString, Accumulator> groups;
    double totalClv = 0.0;
    for (std::size_t i = 0; i < scan.customers.size(); ++i) {
        const CustomerValue &value = valuation.customers[scan.customers[i]];
        const QString key = keyOf(scan.customers[i]);
        auto group = groups.find(key);
        if (group == groups.end())
            group = groups.insert(key, Accumulator(valuation.dataEnd));
        add(group.value(), value, scan.revenueInRange[i]);
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
