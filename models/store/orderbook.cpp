#include "orderbook.h"

#include "sqldialect.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

namespace lodestar {

namespace {

constexpr std::string_view kFindOrder =
    "SELECT c.external_id, t.occurred_at, t.amount FROM transactions t JOIN customers c ON c.id = t.customer_id "
    "WHERE t.order_id = ? AND t.import_id <> ?";

// About 25 MiB of order lines in memory; beyond, lookups go to the temporary table.
constexpr std::size_t kLedgerCapacity = 1 << 18;

constexpr std::string_view kSpillLine =
    "INSERT INTO import_order_lines (order_id, customer, occurred_at, amount, line) VALUES (?, ?, ?, ?, ?)";
constexpr std::string_view kFindSpilled =
    "SELECT customer, occurred_at, amount, line FROM import_order_lines WHERE order_id = ? ORDER BY seq";

std::string_view viewOf(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

QString dayText(EpochSeconds at)
{
    return QDate(1970, 1, 1).addDays(epochDay(at)).toString(Qt::ISODate);
}

QString textOf(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QString belongsElsewhere(const QByteArray &orderId, std::string_view customer, EpochSeconds at)
{
    return QCoreApplication::translate("import", "order id %1 already belongs to customer %2 on %3")
        .arg(QString::fromUtf8(orderId), textOf(customer), dayText(at));
}

bool sameOwner(const TransactionRow &row, std::string_view customer, EpochSeconds at)
{
    return viewOf(row.customer) == customer && epochDay(row.occurredAt) == epochDay(at);
}

} // namespace

OrderBook::OrderBook(QSqlDatabase db, qint64 importId)
    : m_db(std::move(db)), m_importId(importId), m_findOrder(RowStatement::create(m_db)), m_spillLine(RowStatement::create(m_db)),
      m_findSpilled(RowStatement::create(m_db))
{
}

Status OrderBook::prepare()
{
    QSqlQuery probe(m_db);
    // Most stores have no order ids; then the per-row lookup is skipped altogether.
    if (!probe.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM transactions WHERE order_id IS NOT NULL)")) || !probe.next())
        return storeError(probe, QT_TRANSLATE_NOOP("store", "read the transactions"));
    m_storeHasOrderIds = probe.value(0).toBool();
    probe.finish();
    return m_findOrder->prepare(m_db, kFindOrder);
}

Result<OrderBook::Verdict> OrderBook::check(const TransactionRow &row, qint64 line, QString &reason)
{
    if (row.orderId.isEmpty())
        return Verdict::New;
    if (m_storeHasOrderIds) {
        const auto stored = checkStored(row, reason);
        if (!stored || *stored != Verdict::New)
            return stored;
    }
    Verdict verdict = checkThisFile(row, reason);
    if (verdict == Verdict::New && m_spilled) {
        const auto spilled = checkSpilled(row, reason);
        if (!spilled)
            return spilled.error();
        verdict = *spilled;
    }
    if (verdict != Verdict::New)
        return verdict;
    m_ledger.add(viewOf(row.orderId), viewOf(row.customer), row.occurredAt, row.amount, line);
    if (m_ledger.size() >= kLedgerCapacity) {
        if (Status spilled = spill(); !spilled)
            return spilled.error();
    }
    return verdict;
}

Status OrderBook::spill()
{
    if (!m_spilled) {
        // A temporary table lives in SQLite's temp file with its own small cache (in PostgreSQL's
        // session), and goes with the connection (or the import's rollback). Unqualified names find
        // the temporary table first in both; seq keeps the file's order.
        const QString table = QStringLiteral("CREATE TEMP TABLE import_order_lines (seq INTEGER PRIMARY KEY, order_id TEXT NOT NULL, "
                                             "customer TEXT NOT NULL, occurred_at INTEGER NOT NULL, amount REAL NOT NULL, line INTEGER NOT NULL)");
        QSqlQuery create(m_db);
        if (!create.exec(QStringLiteral("DROP TABLE IF EXISTS import_order_lines"))
            || !create.exec(dialectOf(m_db) == SqlDialect::Postgres ? postgresStatement(table) : table)
            || !create.exec(QStringLiteral("CREATE INDEX import_order_lines_by_order ON import_order_lines (order_id)")))
            return storeError(create, QT_TRANSLATE_NOOP("store", "set aside the file's order ids"));
        if (Status prepared = m_spillLine->prepare(m_db, kSpillLine); !prepared)
            return prepared;
        if (Status prepared = m_findSpilled->prepare(m_db, kFindSpilled); !prepared)
            return prepared;
        m_spilled = true;
    }
    Status status;
    m_ledger.forEachLine([&](std::string_view orderId, const OrderLedger::Line &line) {
        if (!status)
            return;
        m_spillLine->bindText(0, orderId);
        m_spillLine->bindText(1, line.customer);
        m_spillLine->bindInt(2, line.occurredAt);
        m_spillLine->bindReal(3, line.amount);
        m_spillLine->bindInt(4, line.fileLine);
        if (const auto inserted = m_spillLine->insert(QT_TRANSLATE_NOOP("store", "set aside the file's order ids")); !inserted)
            status = inserted.error();
    });
    if (status)
        m_ledger.clear();
    return status;
}

Result<OrderBook::Verdict> OrderBook::checkSpilled(const TransactionRow &row, QString &reason)
{
    m_findSpilled->bindText(0, viewOf(row.orderId));
    for (;;) {
        const auto next = m_findSpilled->nextRow(QT_TRANSLATE_NOOP("store", "look up an order"));
        if (!next)
            return next.error();
        if (!*next)
            return Verdict::New;
        const std::string_view customer = m_findSpilled->columnText(0);
        const EpochSeconds at = m_findSpilled->columnInt(1);
        if (!sameOwner(row, customer, at)) {
            reason = belongsElsewhere(row.orderId, customer, at)
                     + QCoreApplication::translate("import", " (line %1)").arg(m_findSpilled->columnInt(3));
            m_findSpilled->reset();
            return Verdict::Conflict;
        }
        if (at == row.occurredAt && m_findSpilled->columnReal(2) == row.amount) {
            m_findSpilled->reset();
            return Verdict::Duplicate;
        }
    }
}

Result<OrderBook::Verdict> OrderBook::checkStored(const TransactionRow &row, QString &reason)
{
    m_findOrder->bindText(0, viewOf(row.orderId));
    m_findOrder->bindInt(1, m_importId);
    bool found = false;
    for (;;) {
        const auto next = m_findOrder->nextRow(QT_TRANSLATE_NOOP("store", "look up an order"));
        if (!next)
            return next.error();
        if (!*next)
            break;
        const std::string_view customer = m_findOrder->columnText(0);
        const EpochSeconds at = m_findOrder->columnInt(1);
        if (!sameOwner(row, customer, at)) {
            reason = belongsElsewhere(row.orderId, customer, at);
            m_findOrder->reset();
            return Verdict::Conflict;
        }
        if (at == row.occurredAt && m_findOrder->columnReal(2) == row.amount) {
            m_findOrder->reset();
            return Verdict::Duplicate;
        }
        found = true;
    }
    if (!found)
        return Verdict::New;
    reason = QCoreApplication::translate("import", "order id %1 was imported before without a line of this amount and time")
                 .arg(QString::fromUtf8(row.orderId));
    return Verdict::Conflict;
}

OrderBook::Verdict OrderBook::checkThisFile(const TransactionRow &row, QString &reason)
{
    for (const OrderLedger::Line *line = m_ledger.find(viewOf(row.orderId)); line; line = m_ledger.next()) {
        if (!sameOwner(row, line->customer, line->occurredAt)) {
            reason = belongsElsewhere(row.orderId, line->customer, line->occurredAt)
                     + QCoreApplication::translate("import", " (line %1)").arg(line->fileLine);
            return Verdict::Conflict;
        }
        if (line->occurredAt == row.occurredAt && line->amount == row.amount)
            return Verdict::Duplicate;
    }
    return Verdict::New;
}

} // namespace lodestar
