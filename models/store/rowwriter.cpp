#include "rowwriter.h"

#include "importrepository.h"
#include "sqldialect.h"

namespace lodestar {

namespace {

// One statement per 128 rows: each statement run reopens the table cursor, seeks the last rowid and
// halts, which cost as much as the row itself (128 rather than 64: a million-row import 0.1-0.15 s
// quicker in 8 interleaved runs; 1,152 parameters, far below SQLite's limit of 32,766).
constexpr int kBatchRows = 128;
constexpr int kTransactionColumns = 9;
// One COPY per 16,384 rows (about a megabyte): a round trip per block rather than per row or batch.
constexpr std::size_t kCopyRows = 16384;

std::string insertTransactionsSql(int rows)
{
    std::string sql = "INSERT INTO transactions (customer_id, occurred_at, amount, order_id, quantity, discount, cost, "
                      "currency, import_id) VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

std::string_view viewOf(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

} // namespace

RowWriter::RowWriter(QSqlDatabase db, qint64 importId)
    : m_db(std::move(db)), m_importId(importId), m_insertTransaction(RowStatement::create(m_db)),
      m_insertTransactionBatch(RowStatement::create(m_db)), m_insertSpend(m_db), m_insertNps(m_db)
{
}

Status RowWriter::prepare()
{
    if (dialectOf(m_db) == SqlDialect::Postgres)
        m_copy = std::make_unique<PostgresCopy>(m_db, "transactions",
                                                "(customer_id, occurred_at, amount, order_id, quantity, discount, cost, currency, import_id)");
    if (Status status = m_insertTransaction->prepare(m_db, insertTransactionsSql(1)); !status)
        return status;
    if (Status status = m_insertTransactionBatch->prepare(m_db, insertTransactionsSql(kBatchRows)); !status)
        return status;
    const bool prepared =
        m_insertSpend.prepare(QStringLiteral("INSERT INTO marketing_spend (month, channel, amount, import_id) VALUES (?, ?, ?, ?)"))
        && m_insertNps.prepare(QStringLiteral("INSERT INTO nps_responses (customer_id, occurred_at, score, import_id) VALUES (?, ?, ?, ?)"));
    if (!prepared)
        return storeError(m_insertSpend, QT_TRANSLATE_NOOP("store", "prepare the import statements"));
    m_pending.resize(kBatchRows);
    return {};
}

void RowWriter::bind(RowStatement &statement, int row, const PendingTransaction &pending)
{
    const int base = row * kTransactionColumns;
    statement.bindInt(base, pending.customerId);
    statement.bindInt(base + 1, pending.occurredAt);
    statement.bindReal(base + 2, pending.amount);
    statement.bindTextOrNull(base + 3, pending.orderId);
    statement.bindRealOrNull(base + 4, pending.quantity);
    statement.bindRealOrNull(base + 5, pending.discount);
    statement.bindRealOrNull(base + 6, pending.cost);
    statement.bindTextOrNull(base + 7, pending.currency);
    statement.bindInt(base + 8, m_importId);
}


Status RowWriter::addTransaction(qint64 customerId, const TransactionRow &row, qint64 line)
{
    if (row.currency != m_currency) {
        m_currency = row.currency;
        m_currencyUtf8 = row.currency.toUtf8();
    }
    if (m_copy) {
        copyTransaction(customerId, row, line);
        return m_copy->rows() < kCopyRows ? Status() : sendCopy();
    }
    PendingTransaction &pending = m_pending[m_pendingCount];
    pending.line = line;
    pending.customerId = customerId;
    pending.occurredAt = qint64(row.occurredAt);
    pending.amount = row.amount;
    pending.quantity = row.quantity;
    pending.discount = row.discount;
    pending.cost = row.cost;
    pending.orderId.assign(viewOf(row.orderId));
    pending.currency.assign(viewOf(m_currencyUtf8));
    if (++m_pendingCount < m_pending.size())
        return {};
    return writeBatch();
}

Status RowWriter::writeBatch()
{
    for (int i = 0; i < kBatchRows; ++i)
        bind(*m_insertTransactionBatch, i, m_pending[std::size_t(i)]);
    const auto inserted = m_insertTransactionBatch->insert(QT_TRANSLATE_NOOP("store", "add transactions"));
    if (inserted) {
        m_pendingCount = 0;
        return {};
    }
    // A broken constraint is a property of one row: SQLite undid the whole statement, so row by row
    // finds its line. Anything else (a full disk, an I/O error) fails the import as it is, and
    // nothing more is written: SQLite may have rolled the transaction back already.
    if (!m_insertTransactionBatch->lastFailureWasConstraint() || !m_insertTransactionBatch->inTransaction())
        return Error{inserted.errorString(), QStringLiteral("lines %1 to %2 of the file: %3")
                                                 .arg(m_pending.front().line).arg(m_pending.back().line).arg(inserted.errorDetail()),
                     inserted.error().cause};
    return writeOneByOne();
}

Status RowWriter::writeOneByOne()
{
    for (std::size_t i = 0; i < m_pendingCount; ++i) {
        bind(*m_insertTransaction, 0, m_pending[i]);
        if (const auto inserted = m_insertTransaction->insert(QT_TRANSLATE_NOOP("store", "add a transaction")); !inserted)
            return atLine(inserted.error(), m_pending[i].line);
    }
    m_pendingCount = 0;
    return {};
}

Status RowWriter::flush()
{
    return m_copy ? sendCopy() : writeOneByOne();
}

void RowWriter::copyTransaction(qint64 customerId, const TransactionRow &row, qint64 line)
{
    if (m_copy->rows() == 0)
        m_copyFirstLine = line;
    m_copyLastLine = line;
    m_copy->addInt(customerId);
    m_copy->addInt(qint64(row.occurredAt));
    m_copy->addRealOrNull(row.amount);
    m_copy->addTextOrNull(viewOf(row.orderId));
    m_copy->addRealOrNull(row.quantity);
    m_copy->addRealOrNull(row.discount);
    m_copy->addRealOrNull(row.cost);
    m_copy->addTextOrNull(viewOf(m_currencyUtf8));
    m_copy->addInt(m_importId);
    m_copy->endRow();
}

// PostgreSQL aborts the whole transaction at a failed row, so the error names the block's lines.
Status RowWriter::sendCopy()
{
    if (Status sent = m_copy->send(QT_TRANSLATE_NOOP("store", "add transactions")); !sent)
        return Error{sent.errorString(), QStringLiteral("lines %1 to %2 of the file: %3").arg(m_copyFirstLine).arg(m_copyLastLine).arg(sent.errorDetail()),
                     sent.error().cause};
    return {};
}

Status RowWriter::addSpend(const MarketingSpendRow &row)
{
    m_insertSpend.bindValue(0, row.month);
    m_insertSpend.bindValue(1, row.channel);
    m_insertSpend.bindValue(2, row.amount);
    m_insertSpend.bindValue(3, m_importId);
    if (!m_insertSpend.exec())
        return storeError(m_insertSpend, QT_TRANSLATE_NOOP("store", "add marketing spend"));
    return {};
}

Status RowWriter::addNps(qint64 customerId, const NpsRow &row)
{
    m_insertNps.bindValue(0, customerId);
    m_insertNps.bindValue(1, qint64(row.occurredAt));
    m_insertNps.bindValue(2, row.score);
    m_insertNps.bindValue(3, m_importId);
    if (!m_insertNps.exec())
        return storeError(m_insertNps, QT_TRANSLATE_NOOP("store", "add an NPS response"));
    return {};
}

} // namespace lodestar
