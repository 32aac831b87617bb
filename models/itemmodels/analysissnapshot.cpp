#include "analysissnapshot.h"

#include <QSet>

namespace lodestar {

namespace {

QStringList sortedValues(const QSet<QString> &values)
{
    QStringList list(values.begin(), values.end());
    list.removeAll(QString());
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

FilterOptions filterOptions(const Dataset &data)
{
    QSet<QString> channels;
    QSet<QString> regions;
    QSet<QString> plans;
    for (const CustomerRecord &customer : data.customers) {
        channels.insert(customer.channel);
        regions.insert(customer.region);
        plans.insert(customer.plan);
    }
    return {sortedValues(channels), sortedValues(regions), sortedValues(plans)};
}

} // namespace lodestar
