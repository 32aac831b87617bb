#include "datasetreader.h"

#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace lodestar {

namespace {

double nullableReal(const QVariant &value)
{
    return value.isNull() ? kUnknown : value.toDouble();
}

Error readError(const QSqlQuery &query)
{
    return Error{QCoreApplication::translate("store", "Cannot read the workspace data."),
                 query.lastError().text() + QStringLiteral(" in: ") + query.lastQuery()};
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
            "SELECT customer_id, occurred_at, amount, discount, cost, quantity FROM transactions "
            "ORDER BY customer_id, occurred_at, id")))
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
