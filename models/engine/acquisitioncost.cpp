#include "acquisitioncost.h"

#include <QHash>

#include <cmath>

namespace lodestar {

std::vector<double> acquisitionCosts(const Dataset &data)
{
    QHash<QString, double> spendByChannel;
    for (const SpendRecord &spend : data.spend)
        spendByChannel[spend.channel] += spend.amount;
    QHash<QString, int> customersByChannel;
    for (const CustomerRecord &customer : data.customers)
        if (!customer.channel.isEmpty())
            ++customersByChannel[customer.channel];
    std::vector<double> costs(data.customers.size(), kUnknown);
    for (std::size_t i = 0; i < data.customers.size(); ++i) {
        const CustomerRecord &customer = data.customers[i];
        if (std::isfinite(customer.acquisitionCost) && customer.acquisitionCost >= 0.0) {
            costs[i] = customer.acquisitionCost;
            continue;
        }
        const auto spend = spendByChannel.constFind(customer.channel);
        if (!customer.channel.isEmpty() && spend != spendByChannel.constEnd())
            costs[i] = spend.value() / customersByChannel.value(customer.channel);
    }
    return costs;
}

} // namespace lodestar
