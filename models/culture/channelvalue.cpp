#include "channelvalue.h"

#include "models/engine/uniteconomics.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace lodestar {

namespace {

struct ChannelTally
{
    explicit ChannelTally(const QDate &dataEnd = {}) : unit(dataEnd) {}

    int customers = 0;
    int valued = 0;
    double clvSum = 0.0;
    double spend = 0.0;
    bool hasSpend = false;
    UnitEconomics unit; ///< CAC, LTV:CAC and payback, as in every other table
};

ChannelValue finish(const QString &name, const ChannelTally &tally)
{
    ChannelValue value;
    value.channel = name;
    value.customers = tally.customers;
    value.totalClv = tally.clvSum;
    value.averageClv = tally.valued > 0 ? tally.clvSum / tally.valued : 0.0;
    value.cac = tally.unit.averageCac();
    // Without a customer's cost, spend ÷ customers still prices the channel for its net value.
    if (std::isnan(value.cac) && tally.hasSpend && tally.customers > 0)
        value.cac = tally.spend / tally.customers;
    value.spend = tally.hasSpend ? tally.spend : (tally.unit.customers() > 0 ? tally.unit.cacSum() : kUnknown);
    value.ltvToCac = tally.unit.ltvToCac();
    value.paybackMonths = tally.unit.paybackMonths();
    if (!std::isnan(value.spend))
        value.netValue = value.totalClv - value.spend;
    return value;
}

} // namespace

std::vector<ChannelValue> computeChannelValues(const Dataset &data, const Valuation &valuation)
{
    QHash<QString, ChannelTally> tallies;
    const QString none = QStringLiteral("(none)");
    const auto tallyOf = [&](const QString &channel) -> ChannelTally & {
        const QString key = channel.isEmpty() ? none : channel;
        auto it = tallies.find(key);
        if (it == tallies.end())
            it = tallies.insert(key, ChannelTally(valuation.dataEnd));
        return it.value();
    };
    for (const CustomerValue &value : valuation.customers) {
        const auto c = static_cast<std::size_t>(value.customer);
        if (c >= data.customers.size())
            continue;
        ChannelTally &tally = tallyOf(data.customers[c].channel);
        ++tally.customers;
        if (value.hasClv) {
            ++tally.valued;
            tally.clvSum += value.clv;
        }
        tally.unit.add(value);
    }
    for (const SpendRecord &spend : data.spend) {
        ChannelTally &tally = tallyOf(spend.channel);
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

} // namespace lodestar
