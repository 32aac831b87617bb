#include "rowwriter.h"

#include "importrepository.h"

#include <cmath>

namespace lodestar {

namespace {

QVariant realOrNull(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}

// One statement per 64 rows: Qt's per-exec overhead, not SQLite, dominated single-row inserts.
constexpr int kBatchRows = 64;
constexpr int kTransactionColumns = 9;

QString insertTransactionsSql(int rows)
{
    QString sql = QStringLiteral("INSERT INTO transactions (customer_id, occurred_at, amount, order_id, quantity, discount, "
                                 "cost, currency, import_id) VALUES ");
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return sql;
}

} // namespace

RowWriter::RowWriter(QSqlDatabase db, qint64 importId)
    : m_db(std::move(db)), m_importId(importId), m_insertTransaction(m_db), m_insertTransactionBatch(m_db), m_findOrder(m_db),
      m_insertSpend(m_db), m_insertNps(m_db)
{
}

Status RowWriter::prepare()
{
    QSqlQuery probe(m_db);
    // Most stores have no order ids; then the per-row lookup is skipped altogether.
    if (!probe.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM transactions WHERE order_id IS NOT NULL)")) || !probe.next())
        return storeError(probe, QStringLiteral("read the transactions"));
    m_storeHasOrderIds = probe.value(0).toBool();
    const bool prepared =
        m_insertTransaction.prepare(insertTransactionsSql(1))
        && m_insertTransactionBatch.prepare(insertTransactionsSql(kBatchRows))
        && m_findOrder.prepare(QStringLiteral("SELECT 1 FROM transactions WHERE order_id = ? AND import_id <> ? LIMIT 1"))
        && m_insertSpend.prepare(QStringLiteral("INSERT INTO marketing_spend (month, channel, amount, import_id) VALUES (?, ?, ?, ?)"))
        && m_insertNps.prepare(QStringLiteral("INSERT INTO nps_responses (customer_id, occurred_at, score, import_id) VALUES (?, ?, ?, ?)"));
    if (!prepared)
        return storeError(m_insertTransaction, QStringLiteral("prepare the import statements"));
    m_pending.resize(kBatchRows);
    return {};
}

Result<bool> RowWriter::orderAlreadyStored(const QByteArray &orderId)
{
    if (!m_storeHasOrderIds || orderId.isEmpty())
        return false;
    m_findOrder.bindValue(0, QString::fromUtf8(orderId));
    m_findOrder.bindValue(1, m_importId);
    if (!m_findOrder.exec())
        return storeError(m_findOrder, QStringLiteral("look up an order"));
    const bool found = m_findOrder.next();
    m_findOrder.finish();
    return found;
}

Status RowWriter::addTransaction(qint64 customerId, const TransactionRow &row)
{
    m_pending[m_pendingCount].first = customerId;
    m_pending[m_pendingCount].second = row;
    if (++m_pendingCount < m_pending.size())
        return {};
    return insertBatch(m_insertTransactionBatch, kBatchRows);
}

Status RowWriter::flush()
{
    const int rows = int(m_pendingCount);
    for (int i = 0; i < rows; ++i) {
        std::swap(m_pending[0], m_pending[std::size_t(i)]);
        if (Status status = insertBatch(m_insertTransaction, 1); !status)
            return status;
    }
    m_pendingCount = 0;
    return {};
}

Status RowWriter::insertBatch(QSqlQuery &query, int rows)
{
    for (int i = 0; i < rows; ++i) {
        const auto &[customerId, row] = m_pending[std::size_t(i)];
        const int base = i * kTransactionColumns;
        query.bindValue(base, customerId);
        query.bindValue(base + 1, qint64(row.occurredAt));
        query.bindValue(base + 2, row.amount);
        query.bindValue(base + 3, row.orderId.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(row.orderId)));
        query.bindValue(base + 4, realOrNull(row.quantity));
        query.bindValue(base + 5, realOrNull(row.discount));
        query.bindValue(base + 6, realOrNull(row.cost));
        query.bindValue(base + 7, row.currency.isEmpty() ? QVariant() : QVariant(row.currency));
        query.bindValue(base + 8, m_importId);
    }
    m_pendingCount = 0;
    if (!query.exec())
        return storeError(query, QStringLiteral("add transactions"));
    return {};
}

Status RowWriter::addSpend(const SpendRow &row)
{
    m_insertSpend.bindValue(0, row.month);
    m_insertSpend.bindValue(1, row.channel);
    m_insertSpend.bindValue(2, row.amount);
    m_insertSpend.bindValue(3, m_importId);
    if (!m_insertSpend.exec())
        return storeError(m_insertSpend, QStringLiteral("add marketing spend"));
    return {};
}

Status RowWriter::addNps(qint64 customerId, const NpsRow &row)
{
    m_insertNps.bindValue(0, customerId);
    m_insertNps.bindValue(1, qint64(row.occurredAt));
    m_insertNps.bindValue(2, row.score);
    m_insertNps.bindValue(3, m_importId);
    if (!m_insertNps.exec())
        return storeError(m_insertNps, QStringLiteral("add an NPS response"));
    return {};
}

} // namespace lodestar
