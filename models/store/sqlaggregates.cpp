#include "sqlaggregates.h"

#include "datasetreader.h"
#include "readsnapshot.h"
#include "sqldialect.h"
#include "store.h"
#include "storeerror.h"

#include "models/engine/churn.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace lodestar {

namespace {

// The epoch day of occurred_at (seconds), rounded down for instants before 1970 as epochDay() does:
// integer division truncates towards zero in SQL as in C++, so the remainder is made non-negative.
constexpr char kDay[] = "(occurred_at - ((occurred_at % 86400) + 86400) % 86400) / 86400";

QString number(qint64 value)
{
    return QString::number(value);
}

/// The summary's SQL for one set of options. The dates are the engine's own integers, never user
/// text, so they are written into the statement. One pass: the transactions are grouped into
/// customer-days, and the customer-days into customers with conditional aggregates; the only window
/// function finds each customer's first calibration day, whose spend is not a repeat purchase's.
class SummaryQuery
{
public:
    /// lastPurchaseDay: the last purchase day in scope (lastPurchaseSql()), the calibration end
    /// when the options give none; known beforehand, so the customer-days are read once, in order.
    SummaryQuery(const SqlTransactionAggregates::Snapshot &snapshot, const SummaryOptions &options,
                 std::int32_t lastPurchaseDay = std::numeric_limits<std::int32_t>::min())
        : m_snapshot(snapshot), m_options(options), m_lastPurchaseDay(lastPurchaseDay)
    {
    }

    /// The transactions the snapshot covers: its committed imports, up to its cut day.
    QString scope() const
    {
        QString where = QStringLiteral("import_id IN (%1)").arg(m_snapshot.imports);
        if (m_snapshot.lastDay)
            where += QStringLiteral(" AND occurred_at < %1").arg(number((qint64(*m_snapshot.lastDay) + 1) * 86400));
        return where;
    }

    /// The epoch second of the last purchase in scope (NULL when none).
    QString lastPurchaseSql() const
    {
        return QStringLiteral("SELECT MAX(occurred_at) FROM transactions WHERE amount >= 0 AND %1").arg(scope());
    }

    /// Each customer's days with a transaction in scope: net revenue, purchase spend (the day's
    /// non-negative amounts: same-day purchases are one purchase day) and counts.
    QString customerDays() const
    {
        const QString where = scope();
        return QStringLiteral("WITH days AS (SELECT customer_id, %1 AS day, COUNT(*) AS transactions, SUM(amount) AS net, "
                              "SUM(CASE WHEN amount >= 0 THEN amount ELSE 0 END) AS spend, "
                              "SUM(CASE WHEN amount >= 0 THEN 1 ELSE 0 END) AS purchases "
                              "FROM transactions WHERE %2 GROUP BY customer_id, %1)")
            .arg(QLatin1String(kDay), where);
    }

    /// The calibration end day: the option, or the last purchase day in scope.
    QString calibrationEnd() const
    {
        return number(m_options.calibrationEnd.isValid() ? epochDayOf(m_options.calibrationEnd) : m_lastPurchaseDay);
    }

    QString inCalibration() const
    {
        QString condition = QStringLiteral("day <= %1").arg(calibrationEnd());
        if (m_options.calibrationStart.isValid())
            condition += QStringLiteral(" AND day >= %1").arg(number(epochDayOf(m_options.calibrationStart)));
        return condition;
    }

    /// One row per customer: with withAttributes every customer of the snapshot with their record
    /// (the first read), else only those with a transaction in scope.
    QString sql(bool withAttributes) const
    {
        // Holdout purchase days; the client keeps them only for customers in the calibration window.
        const QString holdout = m_options.holdoutEnd.isValid()
            ? QStringLiteral("purchases > 0 AND day > %1 AND day <= %2").arg(calibrationEnd(), number(epochDayOf(m_options.holdoutEnd)))
            : QStringLiteral("1 = 0");
        const QString marked = QStringLiteral(
            ", marked AS (SELECT customer_id, day, transactions, net, spend, purchases, "
            "CASE WHEN %1 THEN 1 ELSE 0 END AS calibration, CASE WHEN %2 THEN 1 ELSE 0 END AS holdout FROM days)"
            ", ranked AS (SELECT marked.*, MIN(CASE WHEN purchases > 0 AND calibration = 1 THEN day END) "
            "OVER (PARTITION BY customer_id) AS calibration_first FROM marked)"
            ", summary AS (SELECT customer_id, SUM(transactions) AS transactions, SUM(net) AS revenue, "
            "SUM(CASE WHEN calibration = 1 THEN net ELSE 0 END) AS calibration_revenue, "
            "MIN(CASE WHEN purchases > 0 THEN day END) AS first_day, MAX(CASE WHEN purchases > 0 THEN day END) AS last_day, "
            "SUM(CASE WHEN purchases > 0 THEN 1 ELSE 0 END) AS purchase_days, "
            "MIN(calibration_first) AS calibration_first, "
            "MAX(CASE WHEN purchases > 0 AND calibration = 1 THEN day END) AS calibration_last, "
            "SUM(CASE WHEN purchases > 0 AND calibration = 1 THEN 1 ELSE 0 END) AS calibration_days, "
            "SUM(CASE WHEN purchases > 0 AND calibration = 1 AND day > calibration_first THEN spend ELSE 0 END) AS repeat_spend, "
            "SUM(holdout) AS holdout_days, SUM(CASE WHEN holdout = 1 THEN spend ELSE 0 END) AS holdout_spend "
            "FROM ranked GROUP BY customer_id)")
            .arg(inCalibration(), holdout);
        const QString columns = QStringLiteral(
            "c.id, s.transactions, s.revenue, s.calibration_revenue, s.first_day, s.last_day, s.purchase_days, "
            "s.calibration_first, s.calibration_last, s.calibration_days, s.repeat_spend, s.holdout_days, s.holdout_spend");
        if (!withAttributes)
            return customerDays() + marked + QStringLiteral(" SELECT %1 FROM summary s JOIN customers c ON c.id = s.customer_id ORDER BY c.id")
                                                 .arg(columns);
        return customerDays() + marked
            + QStringLiteral(" SELECT %1, c.external_id, c.channel, c.region, c.plan, c.acquisition_cost, c.signup_at "
                             "FROM customers c LEFT JOIN summary s ON s.customer_id = c.id WHERE c.id <= %2 ORDER BY c.id")
                  .arg(columns, number(m_snapshot.customerIds->back()));
    }

    /// Of the customers who bought in (end − 730, end − 365], how many, and how many of them did not
    /// buy in (end − 365, end].
    /// With a holdout: the calibration customers' purchase days after the calibration end, counted
    /// per day (a few hundred rows), for SummaryTable::holdoutPurchasesByPeriod.
    QString holdoutDaysSql() const
    {
        return customerDays()
            + QStringLiteral(", calibrated AS (SELECT customer_id FROM days WHERE purchases > 0 AND %1 GROUP BY customer_id) "
                             "SELECT d.day, COUNT(*) FROM days d JOIN calibrated c ON c.customer_id = d.customer_id "
                             "WHERE d.purchases > 0 AND d.day > %2 AND d.day <= %3 GROUP BY d.day")
                  .arg(inCalibration(), calibrationEnd(), number(epochDayOf(m_options.holdoutEnd)));
    }

    QString annualChurnSql(std::int32_t endDay) const
    {
        return customerDays()
            + QStringLiteral(" SELECT COUNT(*), COALESCE(SUM(CASE WHEN last_year = 0 THEN 1 ELSE 0 END), 0) FROM ("
                             "SELECT customer_id, SUM(CASE WHEN day > %1 AND day <= %2 THEN 1 ELSE 0 END) AS last_year "
                             "FROM days WHERE purchases > 0 GROUP BY customer_id "
                             "HAVING SUM(CASE WHEN day > %3 AND day <= %1 THEN 1 ELSE 0 END) > 0) AS active")
                  .arg(number(endDay - 365), number(endDay), number(endDay - 730));
    }

private:
    const SqlTransactionAggregates::Snapshot &m_snapshot;
    const SummaryOptions &m_options;
    std::int32_t m_lastPurchaseDay;
};

/// The last purchase day in the snapshot's scope; the lowest day when there is no purchase (every
/// customer is then outside the calibration window, and the summary refuses as it should).
Result<std::int32_t> lastPurchaseDay(const QSqlDatabase &db, const SummaryQuery &query)
{
    QSqlQuery last(db);
    if (!last.exec(query.lastPurchaseSql()) || !last.next())
        return workspaceReadError(last);
    return last.value(0).isNull() ? std::numeric_limits<std::int32_t>::min() : epochDay(last.value(0).toLongLong());
}

constexpr int kAttributeColumn = 13; // the first column after the summary's

/// One customer's row as summarizeCustomers() would have made it, with the calibration end known.
struct SummaryRow
{
    qint64 transactions = 0;
    CustomerSummary summary;
    std::int32_t calibrationFirst = 0;
    std::int32_t calibrationLast = 0;
    qint64 calibrationDays = 0;
    double repeatSpend = 0.0;

    explicit SummaryRow(const QSqlQuery &query)
    {
        transactions = query.value(1).toLongLong();
        summary.revenue = query.value(2).toDouble();
        summary.calibrationRevenue = query.value(3).toDouble();
        summary.purchaseDays = query.value(6).toInt();
        summary.hasPurchases = summary.purchaseDays > 0;
        summary.firstDay = query.value(4).toInt();
        summary.lastDay = query.value(5).toInt();
        calibrationFirst = query.value(7).toInt();
        calibrationLast = query.value(8).toInt();
        calibrationDays = query.value(9).toLongLong();
        repeatSpend = query.value(10).toDouble();
        summary.holdoutFrequency = query.value(11).toDouble();
        summary.holdoutRevenue = query.value(12).toDouble();
    }

    /// The unit-dependent fields, once the calibration end is resolved.
    CustomerSummary finish(std::int32_t calibrationEnd, double unitDays) const
    {
        CustomerSummary s = summary;
        if (calibrationDays == 0) {
            s.holdoutFrequency = 0.0; // the holdout counts customers of the calibration window only
            s.holdoutRevenue = 0.0;
        }
        if (calibrationDays > 0) {
            s.inCalibration = true;
            s.frequency = double(calibrationDays - 1);
            s.recency = (calibrationLast - calibrationFirst) / unitDays;
            s.age = (calibrationEnd - calibrationFirst) / unitDays;
            if (calibrationDays > 1)
                s.meanRepeatValue = repeatSpend / double(calibrationDays - 1);
        }
        return s;
    }
};

// Settings for the one statement of an analysis, ended with its transaction (SET LOCAL). PostgreSQL's
// default work_mem (4 MB) sends the grouping of a million customer-days to disk in batches. And a
// hash grouping of the customer-days comes out unordered, so the customers' window and grouping sort
// them again; grouping by sorting sorts once (1.6M transactions: 2.2 s instead of 4.1 s).
void tuneForCustomerDays(const QSqlDatabase &db)
{
    if (dialectOf(db) != SqlDialect::Postgres)
        return;
    QSqlQuery(db).exec(QStringLiteral("SET LOCAL work_mem = '256MB'"));
    QSqlQuery(db).exec(QStringLiteral("SET LOCAL enable_hashagg = off"));
}

/// Runs the summary and hands each row to take; the purchase span of the rows comes back.
template<typename Take>
Result<std::pair<std::int32_t, std::int32_t>> runSummary(QSqlQuery &query, const QString &sql, Take take)
{
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return workspaceReadError(query);
    std::int32_t first = std::numeric_limits<std::int32_t>::max();
    std::int32_t last = std::numeric_limits<std::int32_t>::min();
    while (query.next()) {
        SummaryRow row(query);
        if (row.summary.hasPurchases) {
            first = std::min(first, row.summary.firstDay);
            last = std::max(last, row.summary.lastDay);
        }
        take(query, std::move(row));
    }
    if (query.lastError().isValid())
        return workspaceReadError(query);
    return std::make_pair(first, last);
}

/// Fills the table's holdout purchases per period, when it has a holdout.
Status countHoldoutPurchases(const QSqlDatabase &db, const SummaryQuery &summary, SummaryTable &table)
{
    if (table.holdoutPurchasesByPeriod.empty())
        return {};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(summary.holdoutDaysSql()))
        return workspaceReadError(query);
    while (query.next())
        table.holdoutPurchasesByPeriod[table.holdoutPeriodOf(query.value(0).toInt())] += query.value(1).toDouble();
    if (query.lastError().isValid())
        return workspaceReadError(query);
    return {};
}

/// The frame for the rows' span, then every row finished in it.
Result<SummaryTable> tableOf(std::pair<std::int32_t, std::int32_t> span, const SummaryOptions &options,
                             const std::vector<std::pair<std::size_t, SummaryRow>> &rows, std::size_t customers)
{
    auto frame = summaryFrame(span.first, span.second, options);
    if (!frame)
        return frame;
    SummaryTable table = std::move(frame).value();
    const std::int32_t end = epochDayOf(table.calibrationEnd);
    table.customers.resize(customers);
    for (const auto &[index, row] : rows) {
        table.customers[index] = row.finish(end, table.unitDays);
        table.calibrationCustomers += table.customers[index].inCalibration ? 1 : 0;
    }
    return table;
}

} // namespace

SqlTransactionAggregates::SqlTransactionAggregates(Snapshot snapshot, std::int64_t transactions)
    : m_snapshot(std::move(snapshot)), m_transactions(transactions)
{
}

Result<Dataset> SqlTransactionAggregates::read(const Store &store, const SummaryOptions &prefetch)
{
    QSqlDatabase db = store.database();
    const ReadSnapshot snapshot(db);
    tuneForCustomerDays(db);
    Snapshot bounds;
    bounds.workspace = store.path();

    QSqlQuery imports(db);
    imports.setForwardOnly(true);
    if (!imports.exec(QStringLiteral("SELECT id FROM imports WHERE kind = 'transactions' ORDER BY id")))
        return workspaceReadError(imports);
    QStringList ids;
    while (imports.next())
        ids << imports.value(0).toString();
    bounds.imports = ids.isEmpty() ? QStringLiteral("NULL") : ids.join(QLatin1Char(','));

    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM customers")) || !last.next())
        return workspaceReadError(last);
    auto customerIds = std::make_shared<std::vector<qint64>>();
    customerIds->push_back(last.value(0).toLongLong()); // the bound of the first read; replaced below
    bounds.customerIds = customerIds;

    Dataset data;
    std::vector<qint64> idsRead;
    std::vector<std::pair<std::size_t, SummaryRow>> rows;
    std::int64_t transactions = 0;
    QSqlQuery query(db);
    const auto lastPurchase = lastPurchaseDay(db, SummaryQuery(bounds, prefetch));
    if (!lastPurchase)
        return lastPurchase.error();
    const auto span = runSummary(query, SummaryQuery(bounds, prefetch, *lastPurchase).sql(true), [&](const QSqlQuery &q, SummaryRow row) {
        CustomerRecord record = customerRecordAt(q, kAttributeColumn);
        idsRead.push_back(q.value(0).toLongLong());
        transactions += row.transactions;
        if (row.transactions > 0)
            rows.emplace_back(data.customers.size(), std::move(row));
        data.customers.push_back(std::move(record));
    });
    if (!span)
        return span.error();
    *customerIds = std::move(idsRead);

    const Status small = readSpendAndResponses(db, data, [&customerIds](qint64 id) {
        const auto at = std::lower_bound(customerIds->begin(), customerIds->end(), id);
        return at != customerIds->end() && *at == id ? std::int32_t(at - customerIds->begin()) : -1;
    });
    if (!small)
        return small.error();

    // A workspace whose purchases do not fit the options is told so by summarize(), as it would be.
    auto table = tableOf(*span, prefetch, rows, data.customers.size());
    if (table) {
        if (Status counted = countHoldoutPurchases(db, SummaryQuery(bounds, prefetch, *lastPurchase), *table); !counted)
            return counted.error();
    }
    auto aggregates = std::make_shared<SqlTransactionAggregates>(std::move(bounds), transactions);
    if (table)
        aggregates->m_prefetched.emplace(prefetch, std::move(table).value());
    data.aggregates = std::move(aggregates);
    return data;
}

Result<SummaryTable> SqlTransactionAggregates::summarize(const SummaryOptions &options) const
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_prefetched && m_prefetched->first == options) {
            SummaryTable table = std::move(m_prefetched->second);
            m_prefetched.reset();
            return table;
        }
    }
    auto store = Store::open(m_snapshot.workspace, Store::Mode::ReadOnly);
    if (!store)
        return store.error();
    const std::vector<qint64> &ids = *m_snapshot.customerIds;
    std::vector<std::pair<std::size_t, SummaryRow>> rows;
    const ReadSnapshot transaction((*store)->database());
    tuneForCustomerDays((*store)->database());
    QSqlQuery query((*store)->database());
    const auto last = lastPurchaseDay((*store)->database(), SummaryQuery(m_snapshot, options));
    if (!last)
        return last.error();
    const auto span = runSummary(query, SummaryQuery(m_snapshot, options, *last).sql(false), [&](const QSqlQuery &q, SummaryRow row) {
        // A customer added since the first read has transactions only from later imports: none here.
        const auto at = std::lower_bound(ids.begin(), ids.end(), q.value(0).toLongLong());
        if (at != ids.end() && *at == q.value(0).toLongLong())
            rows.emplace_back(std::size_t(at - ids.begin()), std::move(row));
    });
    if (!span)
        return span.error();
    auto table = tableOf(*span, options, rows, ids.size());
    if (table) {
        if (Status counted = countHoldoutPurchases((*store)->database(), SummaryQuery(m_snapshot, options, *last), *table); !counted)
            return counted.error();
    }
    return table;
}

AnnualChurn SqlTransactionAggregates::annualChurn(std::int32_t endDay) const
{
    AnnualChurn result;
    auto store = Store::open(m_snapshot.workspace, Store::Mode::ReadOnly);
    if (!store)
        return result;
    const SummaryOptions none;
    const QString sql = SummaryQuery(m_snapshot, none).annualChurnSql(endDay);
    const ReadSnapshot transaction((*store)->database());
    tuneForCustomerDays((*store)->database());
    QSqlQuery query((*store)->database());
    if (!query.exec(sql) || !query.next())
        return result;
    result.activeInFirstYear = query.value(0).toInt();
    result.lapsed = query.value(1).toInt();
    if (result.activeInFirstYear > 0)
        result.churn = static_cast<double>(result.lapsed) / result.activeInFirstYear;
    return result;
}

std::shared_ptr<const TransactionAggregates> SqlTransactionAggregates::through(std::int32_t lastDay) const
{
    Snapshot cut = m_snapshot;
    cut.lastDay = m_snapshot.lastDay ? std::min(*m_snapshot.lastDay, lastDay) : lastDay;
    return std::make_shared<SqlTransactionAggregates>(std::move(cut), m_transactions);
}

} // namespace lodestar
