#include "orderbook.h"

#include "storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

namespace lodestar {

namespace {

constexpr std::string_view kFindOrder =
    "SELECT c.external_id, t.occurred_at, t.amount FROM transactions t JOIN customers c ON c.id = t.customer_id "
    "WHERE t.order_id = ? AND t.import_id <> ?";

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
    : m_db(std::move(db)), m_importId(importId)
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
    return m_findOrder.prepare(m_db, kFindOrder);
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
    const Verdict verdict = checkThisFile(row, reason);
    if (verdict == Verdict::New)
        m_ledger.add(viewOf(row.orderId), viewOf(row.customer), row.occurredAt, row.amount, line);
    return verdict;
}

Result<OrderBook::Verdict> OrderBook::checkStored(const TransactionRow &row, QString &reason)
{
    m_findOrder.bindText(0, viewOf(row.orderId));
    m_findOrder.bindInt(1, m_importId);
    bool found = false;
    for (;;) {
        const auto next = m_findOrder.nextRow(QT_TRANSLATE_NOOP("store", "look up an order"));
        if (!next)
            return next.error();
        if (!*next)
            break;
        const std::string_view customer = m_findOrder.columnText(0);
        const EpochSeconds at = m_findOrder.columnInt(1);
        if (!sameOwner(row, customer, at)) {
            reason = belongsElsewhere(row.orderId, customer, at);
            m_findOrder.reset();
            return Verdict::Conflict;
        }
        if (at == row.occurredAt && m_findOrder.columnReal(2) == row.amount) {
            m_findOrder.reset();
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
