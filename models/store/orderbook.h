#pragma once

#include "importrows.h"
#include "orderledger.h"
#include "rowstatement.h"
#include "models/result.h"

#include <QSqlDatabase>

#include <memory>

namespace lodestar {

/// Decides what a transaction with an order id is, with one rule for rows of earlier imports and
/// earlier rows of the same file: an order belongs to one customer on one day. A row that repeats
/// a line of its order (same customer, time and amount) is a duplicate; a row that gives the order
/// to another customer or day is a conflict, reported where it is, never dropped silently. Within
/// one file an order may have several lines (amounts); a later file may only repeat them.
class OrderBook
{
public:
    enum class Verdict { New, Duplicate, Conflict };

    OrderBook(QSqlDatabase db, qint64 importId);
    Status prepare();
    /// Whether any stored transaction has an order id (otherwise no row can repeat a stored one).
    bool storeHasOrderIds() const { return m_storeHasOrderIds; }
    /// The verdict on row (at line of the file); a New row with an order id is remembered.
    /// For a Conflict, reason says which order the row contradicts.
    Result<Verdict> check(const TransactionRow &row, qint64 line, QString &reason);

private:
    Result<Verdict> checkStored(const TransactionRow &row, QString &reason);
    Verdict checkThisFile(const TransactionRow &row, QString &reason);
    Result<Verdict> checkSpilled(const TransactionRow &row, QString &reason);
    Status spill();

    QSqlDatabase m_db;
    qint64 m_importId;
    bool m_storeHasOrderIds = false;
    std::unique_ptr<RowStatement> m_findOrder;
    // This file's orders: the latest in memory, the rest spilled to a temporary table once the
    // ledger holds kLedgerCapacity lines, so a file of any length imports in bounded memory.
    OrderLedger m_ledger;
    bool m_spilled = false;
    std::unique_ptr<RowStatement> m_spillLine;
    std::unique_ptr<RowStatement> m_findSpilled;
};

} // namespace lodestar
