#include "simulatedhistory.h"

#include "enginefixtures.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <tuple>

namespace lodestar::test {

Dataset simulatedHistory(const HistorySettings &settings)
{
    Dataset data;
    const int span = static_cast<int>(settings.first.daysTo(settings.last));
    for (int c = 0; c < settings.customers; ++c) {
        // One stream per customer: a shorter span cuts each history without changing the others.
        std::mt19937_64 random(settings.seed * 1000003u + static_cast<std::uint64_t>(c));
        // Distributions per customer too: gamma draws through a normal that caches its second value,
        // so a shared one would carry state from one customer's (span-dependent) history to the next.
        std::gamma_distribution<double> rate(0.8, 1.0 / 12.0); // purchases per day: mean one every 15 days
        std::gamma_distribution<double> dropA(0.6, 1.0), dropB(3.0, 1.0);
        std::gamma_distribution<double> amount(4.0, 10.0);
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        CustomerRecord record;
        record.externalId = QStringLiteral("S%1").arg(c + 1, 5, 10, QLatin1Char('0'));
        data.customers.push_back(record);
        const double a = dropA(random);
        const double dropout = a / (a + dropB(random)); // Beta(0.6, 3)
        const double lambda = rate(random);
        int day = static_cast<int>(uniform(random) * settings.acquisitionDays);
        while (day <= span) {
            TransactionRecord t;
            t.customer = c;
            t.occurredAt = noonOf(settings.first.addDays(day));
            t.amount = std::round(amount(random) * 100.0) / 100.0 + 1.0;
            data.transactions.push_back(t);
            if (uniform(random) < dropout)
                break;
            day += 1 + static_cast<int>(std::exponential_distribution<double>(lambda)(random));
        }
    }
    std::stable_sort(data.transactions.begin(), data.transactions.end(), [](const auto &l, const auto &r) {
        return std::tie(l.customer, l.occurredAt) < std::tie(r.customer, r.occurredAt);
    });
    return data;
}

QByteArray historyCsv(const Dataset &data)
{
    // Order ids (the customer's id and the purchase's number) let a longer history of the same
    // customers be imported over a shorter one: the purchases already stored are duplicates.
    QByteArray csv = "customer_id,date,amount,order_id\n";
    std::map<int, int> purchases;
    for (const TransactionRecord &t : data.transactions) {
        const QByteArray id = data.customers[t.customer].externalId.toUtf8();
        csv += id + ',' + QDateTime::fromSecsSinceEpoch(t.occurredAt, QTimeZone::utc()).date().toString(Qt::ISODate).toUtf8()
             + ',' + QByteArray::number(t.amount, 'f', 2) + ',' + id + '-' + QByteArray::number(++purchases[t.customer]) + '\n';
    }
    return csv;
}

} // namespace lodestar::test
