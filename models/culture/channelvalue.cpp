#include "channelvalue.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace lodestar {

namespace {

struct ChannelTally
{
    int customers = 0;
    int withCac = 0;
    double cacSum = 0.0;
    double clvSum = 0.0;
    double marginSum = 0.0;   ///< realised gross margin (historic CLV)
    double monthsSum = 0.0;   ///< customer-months since first purchase
    double spend = 0.0;
    bool hasSpend = false;
};

// Months from a customer's first purchase to the data end, at least one so a new customer counts.
std::vector<double> tenureMonths(const Dataset &data, const QDate &dataEnd)
{
    std::vector<double> months(data.customers.size(), 1.0);
    std::vector<bool> seen(data.customers.size(), false);
    const int endDay = static_cast<int>(QDate(1970, 1, 1).daysTo(dataEnd));
    for (const TransactionRecord &t : data.transactions) {
        const auto c = static_cast<std::size_t>(t.customer);
        if (c >= seen.size() || seen[c])
            continue;
        seen[c] = true;
        months[c] = std::max(1.0, (endDay - epochDay(t.occurredAt)) / 30.4375);
    }
    return months;
}

ChannelValue finish(const QString &name, const ChannelTally &tally)
{
    ChannelValue value;
    value.channel = name;
    value.customers = tally.customers;
    value.totalClv = tally.clvSum;
    value.averageClv = tally.customers > 0 ? tally.clvSum / tally.customers : 0.0;
    if (tally.withCac > 0)
        value.cac = tally.cacSum / tally.withCac;
    else if (tally.hasSpend && tally.customers > 0)
        value.cac = tally.spend / tally.customers;
    value.spend = tally.hasSpend ? tally.spend : (tally.withCac > 0 ? value.cac * tally.customers : kUnknown);
    if (!std::isnan(value.cac) && value.cac > 0.0) {
        value.ltvToCac = value.averageClv / value.cac;
        const double monthlyMargin = tally.monthsSum > 0.0 ? tally.marginSum / tally.monthsSum : 0.0;
        value.paybackMonths = monthlyMargin > 0.0 ? value.cac / monthlyMargin : kUnknown;
    }
    if (!std::isnan(value.spend))
        value.netValue = value.totalClv - value.spend;
    return value;
}

} // namespace

std::vector<ChannelValue> computeChannelValues(const Dataset &data, const Valuation &valuation)
{
    const QDate end = valuation.dataEnd.isValid() ? valuation.dataEnd : QDate::currentDate();
    const std::vector<double> months = tenureMonths(data, end);
    QHash<QString, ChannelTally> tallies;
    const QString none = QStringLiteral("(none)");
    for (const CustomerValue &value : valuation.customers) {
        const auto c = static_cast<std::size_t>(value.customer);
        if (c >= data.customers.size())
            continue;
        const CustomerRecord &record = data.customers[c];
        ChannelTally &tally = tallies[record.channel.isEmpty() ? none : record.channel];
        ++tally.customers;
        tally.clvSum += value.clv;
        tally.marginSum += value.historicClv;
        tally.monthsSum += months[c];
        // The engine's CAC already falls back to channel spend; the record's is the raw import.
        const double cac = std::isnan(value.acquisitionCost) ? record.acquisitionCost : value.acquisitionCost;
        if (!std::isnan(cac)) {
            ++tally.withCac;
            tally.cacSum += cac;
        }
    }
    for (const SpendRecord &spend : data.spend) {
        ChannelTally &tally = tallies[spend.channel.isEmpty() ? none : spend.channel];
        tally.spend += spend.amount;
        tally.hasSpend = true;
    }
    std::vector<ChannelValue> result;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        result.push_back(finish(it.key(), it.value()));
    // Best first; channels with unknown net value last, then by name so the order is stable.
    std::sort(result.begin(), result.end(), [](const ChannelValue &a, const ChannelValue &b) {
        const double x = std::isnan(a.netValue) ? -HUGE_VAL : a.netValue;
        const double y = std::isnan(b.netValue) ? -HUGE_VAL : b.netValue;
        return x != y ? x > y : a.channel < b.channel;
    });
    return result;
}

double overallLtvToCac(const std::vector<ChannelValue> &channels)
{
    double clv = 0.0;
    double cost = 0.0;
    for (const ChannelValue &channel : channels) {
        if (std::isnan(channel.cac))
            continue;
        clv += channel.totalClv;
        cost += channel.cac * channel.customers;
    }
    return cost > 0.0 ? clv / cost : kUnknown;
}

} // namespace lodestar
