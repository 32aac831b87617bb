#include "datasetreader.h"

#include "sqlaggregates.h"
#include "readsnapshot.h"
#include "sqldialect.h"
#include "sqlitehandle.h"
#include "store.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <tuple>

namespace lodestar {

namespace {

double nullableReal(const QVariant &value)
{
    return value.isNull() ? kUnknown : value.toDouble();
}

Error readError(const QSqlQuery &query)
{
    return workspaceReadError(query);
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
    // A workspace imported in customer order needs no sorting at all; ties then keep storage order.
    if (std::is_sorted(rows.begin(), rows.end(), [](const TransactionRecord &a, const TransactionRecord &b) {
            return std::tie(a.customer, a.occurredAt) < std::tie(b.customer, b.occurredAt);
        }))
        return;
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

// Customers' row ids to their positions in Dataset::customers, looked up once per transaction.
// SQLite hands row ids out in sequence and customers are never deleted, so the ids are dense and a
// flat table indexed by id is the rule (a hash's probe missed the cache on most of a million rows);
// a hash stays the fallback for sparse ids.
class CustomerPositions
{
public:
    void add(qint64 id, std::int32_t position) { m_added.emplace_back(id, position); }

    /// Builds the lookup once every customer is added.
    void finish()
    {
        qint64 largest = 0;
        for (const auto &[id, position] : m_added)
            largest = std::max(largest, id);
        if (largest >= 0 && largest <= 4 * qint64(m_added.size()) + 1024) {
            m_dense.assign(std::size_t(largest) + 1, 0);
            for (const auto &[id, position] : m_added)
                m_dense[std::size_t(id)] = position;
        } else {
            for (const auto &[id, position] : m_added)
                m_sparse.insert(id, position);
        }
        m_added = {};
    }

    std::int32_t of(qint64 id) const
    {
        if (m_dense.empty())
            return m_sparse.value(id);
        return id >= 0 && std::size_t(id) < m_dense.size() ? m_dense[std::size_t(id)] : 0;
    }

private:
    std::vector<std::pair<qint64, std::int32_t>> m_added;
    std::vector<std::int32_t> m_dense;
    QHash<qint64, std::int32_t> m_sparse;
};

Error sqliteReadError(sqlite3 *handle)
{
    return Error{QCoreApplication::translate("store", "Cannot read the workspace data."),
                 handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("the connection is not an open SQLite database")};
}

double nullableReal(sqlite3_stmt *row, int column)
{
    return sqlite3_column_type(row, column) == SQLITE_NULL ? kUnknown : sqlite3_column_double(row, column);
}

using StatementPointer = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

StatementPointer prepareStatement(sqlite3 *handle, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr);
    return StatementPointer(statement, &sqlite3_finalize);
}

QString textAt(sqlite3_stmt *row, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(row, column)) : QString();
}

// The customers through SQLite's own API too: a QVariant per value cost as much as the transactions.
Status readCustomers(const QSqlDatabase &db, CustomerPositions &positions, std::vector<CustomerRecord> &customers)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return sqliteReadError(handle);
    const auto count = prepareStatement(handle, "SELECT COUNT(*) FROM customers");
    if (!count || sqlite3_step(count.get()) != SQLITE_ROW)
        return sqliteReadError(handle);
    customers.reserve(std::size_t(sqlite3_column_int64(count.get(), 0)));
    const QByteArray sql = QByteArrayLiteral("SELECT id, ") + kCustomerRecordColumns + " FROM customers ORDER BY id";
    const auto select = prepareStatement(handle, sql.constData());
    if (!select)
        return sqliteReadError(handle);
    sqlite3_stmt *row = select.get();
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(row)) == SQLITE_ROW) {
        positions.add(sqlite3_column_int64(row, 0), static_cast<std::int32_t>(customers.size()));
        CustomerRecord record;
        record.externalId = textAt(row, 1);
        record.channel = textAt(row, 2);
        record.region = textAt(row, 3);
        record.plan = textAt(row, 4);
        record.acquisitionCost = nullableReal(row, 5);
        record.hasSignup = sqlite3_column_type(row, 6) != SQLITE_NULL;
        record.signupAt = sqlite3_column_int64(row, 6);
        customers.push_back(std::move(record));
    }
    if (code != SQLITE_DONE)
        return sqliteReadError(handle);
    return {};
}

Status readCustomersThroughQt(const QSqlDatabase &db, CustomerPositions &positions, std::vector<CustomerRecord> &customers)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, %1 FROM customers ORDER BY id").arg(QLatin1String(kCustomerRecordColumns))))
        return readError(query);
    while (query.next()) {
        positions.add(query.value(0).toLongLong(), static_cast<std::int32_t>(customers.size()));
        customers.push_back(customerRecordAt(query, 1));
    }
    if (query.lastError().isValid())
        return readError(query);
    return {};
}

// Through SQLite's own API rather than a QVariant per value: a million rows are most of what a large
// workspace takes to load. Rows come in storage order and are counted first, so the vector is
// allocated once.
Status readTransactions(const QSqlDatabase &db, const CustomerPositions &customers,
                        std::vector<TransactionRecord> &rows)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return sqliteReadError(handle);
    const auto prepare = [handle](const char *sql) { return prepareStatement(handle, sql); };
    const auto count = prepare("SELECT COUNT(*) FROM transactions");
    if (!count || sqlite3_step(count.get()) != SQLITE_ROW)
        return sqliteReadError(handle);
    rows.reserve(std::size_t(sqlite3_column_int64(count.get(), 0)));
    const auto select = prepare("SELECT customer_id, occurred_at, amount, discount, cost, quantity FROM transactions ORDER BY id");
    if (!select)
        return sqliteReadError(handle);
    sqlite3_stmt *row = select.get();
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(row)) == SQLITE_ROW) {
        TransactionRecord record;
        record.customer = customers.of(sqlite3_column_int64(row, 0));
        record.occurredAt = sqlite3_column_int64(row, 1);
        record.amount = sqlite3_column_double(row, 2);
        record.discount = sqlite3_column_double(row, 3); // NULL reads as 0: no discount
        record.cost = nullableReal(row, 4);
        record.quantity = nullableReal(row, 5);
        rows.push_back(record);
    }
    if (code != SQLITE_DONE)
        return sqliteReadError(handle);
    return {};
}

// A PostgreSQL workspace's rows through QtSql, which streams a forward-only query row by row.
Status readTransactionsThroughQt(const QSqlDatabase &db, const CustomerPositions &customers,
                                 std::vector<TransactionRecord> &rows)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT customer_id, occurred_at, amount, discount, cost, quantity FROM transactions ORDER BY id")))
        return readError(query);
    while (query.next()) {
        TransactionRecord record;
        record.customer = customers.of(query.value(0).toLongLong());
        record.occurredAt = query.value(1).toLongLong();
        record.amount = query.value(2).toDouble();
        record.discount = query.value(3).toDouble(); // NULL reads as 0: no discount
        record.cost = nullableReal(query.value(4));
        record.quantity = nullableReal(query.value(5));
        rows.push_back(record);
    }
    if (query.lastError().isValid())
        return readError(query);
    return {};
}

} // namespace

Result<Dataset> readDataset(const Store &store, DatasetScope scope, const SummaryOptions &prefetch)
{
    if (scope == DatasetScope::CustomerSummaries)
        return SqlTransactionAggregates::read(store, prefetch);
    QSqlDatabase db = store.database();
    const ReadSnapshot snapshot(db); // one snapshot for all four reads
    Dataset data;
    CustomerPositions positions;

    const bool postgres = dialectOf(db) == SqlDialect::Postgres;
    if (Status status = postgres ? readCustomersThroughQt(db, positions, data.customers)
                                 : readCustomers(db, positions, data.customers);
        !status)
        return status.error();
    positions.finish();
    if (Status status = postgres ? readTransactionsThroughQt(db, positions, data.transactions)
                                 : readTransactions(db, positions, data.transactions);
        !status)
        return status.error();
    sortByCustomerAndTime(data.transactions);
    if (Status status = readSpendAndResponses(db, data, [&positions](qint64 id) { return positions.of(id); }); !status)
        return status.error();
    return data;
}

CustomerRecord customerRecordAt(const QSqlQuery &query, int first)
{
    CustomerRecord record;
    record.externalId = query.value(first).toString();
    record.channel = query.value(first + 1).toString();
    record.region = query.value(first + 2).toString();
    record.plan = query.value(first + 3).toString();
    record.acquisitionCost = nullableReal(query.value(first + 4));
    record.hasSignup = !query.value(first + 5).isNull();
    record.signupAt = query.value(first + 5).toLongLong();
    return record;
}

Error workspaceReadError(const QSqlQuery &query)
{
    return queryError(QCoreApplication::translate("store", "Cannot read the workspace data."), query);
}

Status readSpendAndResponses(const QSqlDatabase &db, Dataset &data, const std::function<std::int32_t(qint64)> &positionOf)
{
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
    while (nps.next()) {
        const std::int32_t customer = positionOf(nps.value(0).toLongLong());
        if (customer >= 0)
            data.nps.push_back({customer, nps.value(1).toLongLong(), nps.value(2).toInt()});
    }
    return {};
}

} // namespace lodestar
