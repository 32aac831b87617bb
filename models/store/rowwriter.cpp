#include "rowwriter.h"

#include "importrepository.h"

namespace lodestar {

namespace {

constexpr std::string_view kInsertTransaction =
    "INSERT INTO transactions (customer_id, occurred_at, amount, order_id, quantity, discount, cost, currency, import_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view kFindOrder = "SELECT 1 FROM transactions WHERE order_id = ? AND import_id <> ? LIMIT 1";

std::string_view viewOf(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

} // namespace

RowWriter::RowWriter(QSqlDatabase db, qint64 importId)
    : m_db(std::move(db)), m_importId(importId), m_insertSpend(m_db), m_insertNps(m_db)
{
}

Status RowWriter::prepare()
{
    QSqlQuery probe(m_db);
    // Most stores have no order ids; then the per-row lookup is skipped altogether.
    if (!probe.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM transactions WHERE order_id IS NOT NULL)")) || !probe.next())
        return storeError(probe, QStringLiteral("read the transactions"));
    m_storeHasOrderIds = probe.value(0).toBool();
    probe.finish();
    if (Status status = m_insertTransaction.prepare(m_db, kInsertTransaction); !status)
        return status;
    if (Status status = m_findOrder.prepare(m_db, kFindOrder); !status)
        return status;
    const bool prepared =
        m_insertSpend.prepare(QStringLiteral("INSERT INTO marketing_spend (month, channel, amount, import_id) VALUES (?, ?, ?, ?)"))
        && m_insertNps.prepare(QStringLiteral("INSERT INTO nps_responses (customer_id, occurred_at, score, import_id) VALUES (?, ?, ?, ?)"));
    if (!prepared)
        return storeError(m_insertSpend, QStringLiteral("prepare the import statements"));
    return {};
}

Result<bool> RowWriter::orderAlreadyStored(const QByteArray &orderId)
{
    if (!m_storeHasOrderIds || orderId.isEmpty())
        return false;
    m_findOrder.bindText(0, viewOf(orderId));
    m_findOrder.bindInt(1, m_importId);
    return m_findOrder.exists("look up an order");
}

Status RowWriter::addTransaction(qint64 customerId, const TransactionRow &row)
{
    if (row.currency != m_currency) {
        m_currency = row.currency;
        m_currencyUtf8 = row.currency.toUtf8();
    }
    m_insertTransaction.bindInt(0, customerId);
    m_insertTransaction.bindInt(1, qint64(row.occurredAt));
    m_insertTransaction.bindReal(2, row.amount);
    m_insertTransaction.bindTextOrNull(3, viewOf(row.orderId));
    m_insertTransaction.bindRealOrNull(4, row.quantity);
    m_insertTransaction.bindRealOrNull(5, row.discount);
    m_insertTransaction.bindRealOrNull(6, row.cost);
    m_insertTransaction.bindTextOrNull(7, viewOf(m_currencyUtf8));
    m_insertTransaction.bindInt(8, m_importId);
    if (const auto inserted = m_insertTransaction.insert("add a transaction"); !inserted)
        return inserted.error();
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
