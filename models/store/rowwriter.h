#pragma once

#include "importrows.h"
#include "models/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <vector>

namespace lodestar {

/// Inserts the data rows of one import (transactions, spend, NPS) through statements prepared once.
/// Customer ids are resolved by the caller (CustomerDirectory).
class RowWriter
{
public:
    RowWriter(QSqlDatabase db, qint64 importId);

    Status prepare();
    /// Whether any stored transaction has an order id (otherwise no row can be a re-sent order).
    bool storeHasOrderIds() const { return m_storeHasOrderIds; }
    /// True when an earlier import already stored this order id (a re-sent export).
    Result<bool> orderAlreadyStored(const QByteArray &orderId);
    /// Buffers the row; rows reach the table in multi-row INSERTs (see flush()).
    Status addTransaction(qint64 customerId, const TransactionRow &row);
    /// Writes buffered transactions; call before anything reads the table or commits.
    Status flush();
    Status addSpend(const SpendRow &row);
    Status addNps(qint64 customerId, const NpsRow &row);

private:
    QSqlDatabase m_db;
    qint64 m_importId;
    bool m_storeHasOrderIds = false;
    Status insertBatch(QSqlQuery &query, int rows);

    QSqlQuery m_insertTransaction;
    QSqlQuery m_insertTransactionBatch;
    std::vector<std::pair<qint64, TransactionRow>> m_pending;
    std::size_t m_pendingCount = 0;
    QSqlQuery m_findOrder;
    QSqlQuery m_insertSpend;
    QSqlQuery m_insertNps;
};

} // namespace lodestar
