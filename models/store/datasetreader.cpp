#include "datasetreader.h"

#include "store.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace lodestar {

namespace {

double nullableReal(const QVariant &value)
{
    return value.isNull() ? kUnknown : value.toDouble();
}

Error readError(const QSqlQuery &query)
{
    return queryError(QCoreApplication::translate("store", "Cannot read the workspace data."), query);
}

// The engine wants each customer's transactions together, oldest first, ties in the order they were
// stored. The rows arrive in storage order; a compact key per row is sorted (cache-friendly, 16 bytes
// a row rather than the record's 48) and the records are then moved into place cycle by cycle,
// so no second copy of the transactions is ever held.
void sortByCustomerAndTime(std::vector<TransactionRecord> &rows)
{
    struct Key
    {
        std::int32_t customer;
        std::uint32_t storedAt;
        EpochSeconds occurredAt;
    };
    std::vector<Key> keys(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        keys[i] = {rows[i].customer, static_cast<std::uint32_t>(i), rows[i].occurredAt};
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return std::tie(a.customer, a.occurredAt, a.storedAt) < std::tie(b.customer, b.occurredAt, b.storedAt);
    });
    // keys[i].storedAt is the row that belongs at i; a placed row is marked by storedAt == i.
    for (std::size_t start = 0; start < keys.size(); ++start) {
        if (keys[start].storedAt == start)
            continue;
        TransactionRecord displaced = rows[start];
        std::size_t hole = start;
        while (keys[hole].storedAt != start) {
            const std::size_t source = keys[hole].storedAt;
            rows[hole] = rows[source];
            keys[hole].storedAt = static_cast<std::uint32_t>(hole);
            hole = source;
        }
        rows[hole] = displaced;
        keys[hole].storedAt = static_cast<std::uint32_t>(hole);
    }
}

} // namespace

Result<Dataset> readDataset(const Store &store)
{
    QSqlDatabase db = store.database();
    // One snapshot for all four reads, so a concurrent import cannot tear the dataset.
    db.transaction();
    Dataset data;
    QHash<qint64, std::int32_t> indexOfCustomer;

    QSqlQuery customers(db);
    customers.setForwardOnly(true);
    if (!customers.exec(QStringLiteral(
            "SELECT id, external_id, channel, region, plan, acquisition_cost, signup_at FROM customers ORDER BY id")))
        return readError(customers);
    while (customers.next()) {
        CustomerRecord record;
        record.externalId = customers.value(1).toString();
        record.channel = customers.value(2).toString();
        record.region = customers.value(3).toString();
        record.plan = customers.value(4).toString();
        record.acquisitionCost = nullableReal(customers.value(5));
        record.hasSignup = !customers.value(6).isNull();
        record.signupAt = customers.value(6).toLongLong();
        indexOfCustomer.insert(customers.value(0).toLongLong(), static_cast<std::int32_t>(data.customers.size()));
        data.customers.push_back(std::move(record));
    }

    QSqlQuery transactions(db);
    transactions.setForwardOnly(true);
    if (!transactions.exec(QStringLiteral(
            "SELECT customer_id, occurred_at, amount, discount, cost, quantity FROM transactions ORDER BY id")))
        return readError(transactions);
    while (transactions.next()) {
        TransactionRecord record;
        record.customer = indexOfCustomer.value(transactions.value(0).toLongLong());
        record.occurredAt = transactions.value(1).toLongLong();
        record.amount = transactions.value(2).toDouble();
        record.discount = transactions.value(3).isNull() ? 0.0 : transactions.value(3).toDouble();
        record.cost = nullableReal(transactions.value(4));
        record.quantity = nullableReal(transactions.value(5));
        data.transactions.push_back(record);
    }
    sortByCustomerAndTime(data.transactions);

    QSqlQuery spend(db);
    spend.setForwardOnly(true);
    if (!spend.exec(QStringLiteral("SELECT month, channel, amount FROM marketing_spend ORDER BY month, channel")))
        return readError(spend);
    while (spend.next())
        data.spend.push_back({spend.value(0).toString(), spend.value(1).toString(), spend.value(2).toDouble()});

    QSqlQuery nps(db);
    nps.setForwardOnly(true);
    if (!nps.exec(QStringLiteral("SELECT customer_id, occurred_at, score FROM nps_responses ORDER BY occurred_at")))
        return readError(nps);
    while (nps.next())
        data.nps.push_back({indexOfCustomer.value(nps.value(0).toLongLong()), nps.value(1).toLongLong(), nps.value(2).toInt()});

    db.commit();
    return data;
}

} // namespace lodestar
