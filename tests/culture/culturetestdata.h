#pragma once

// Small hand-made datasets for the culture computations: every expected number in the tests
// is worked out by hand from these few purchases.

#include "models/engine/analysis.h"

#include <QDateTime>

#include <algorithm>

namespace lodestar::test {

inline EpochSeconds noonOf(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
}

class DatasetBuilder
{
public:
    std::int32_t customer(const QString &id, const QString &channel = {}, double cac = kUnknown,
                          const QString &plan = {})
    {
        CustomerRecord record;
        record.externalId = id;
        record.channel = channel;
        record.plan = plan;
        record.acquisitionCost = cac;
        m_data.customers.push_back(record);
        return static_cast<std::int32_t>(m_data.customers.size() - 1);
    }

    void buy(std::int32_t customer, const QDate &date, double amount, double discount = 0.0, double cost = kUnknown)
    {
        TransactionRecord t;
        t.customer = customer;
        t.occurredAt = noonOf(date);
        t.amount = amount;
        t.discount = discount;
        t.cost = cost;
        m_data.transactions.push_back(t);
    }

    void score(std::int32_t customer, const QDate &date, int score)
    {
        m_data.nps.push_back({customer, noonOf(date), score});
    }

    void spend(const QString &month, const QString &channel, double amount)
    {
        m_data.spend.push_back({month, channel, amount});
    }

    Dataset build() const
    {
        Dataset data = m_data;
        std::stable_sort(data.transactions.begin(), data.transactions.end(),
                         [](const TransactionRecord &a, const TransactionRecord &b) {
                             return a.customer != b.customer ? a.customer < b.customer : a.occurredAt < b.occurredAt;
                         });
        return data;
    }

private:
    Dataset m_data;
};

inline CustomerValue valued(std::int32_t customer, double clv, double historicClv, double cac = kUnknown)
{
    CustomerValue value;
    value.customer = customer;
    value.clv = clv;
    value.historicClv = historicClv;
    value.acquisitionCost = cac;
    value.hasClv = true;
    return value;
}

} // namespace lodestar::test
