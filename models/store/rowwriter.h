#pragma once

#include "importrows.h"
#include "postgrescopy.h"
#include "rowstatement.h"
#include "models/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

#include <string>
#include <vector>

namespace lodestar {

/// Inserts the data rows of one import (transactions, spend, NPS) through statements prepared once;
/// into a PostgreSQL workspace, transactions are streamed with COPY in blocks instead.
/// Customer ids are resolved by the caller (CustomerDirectory), order ids checked by OrderBook.
class RowWriter
{
public:
    RowWriter(QSqlDatabase db, qint64 importId);

    Status prepare();
    /// Buffers the row; rows reach the table in multi-row INSERTs (see flush()). line locates errors.
    Status addTransaction(qint64 customerId, const TransactionRow &row, qint64 line);
    /// Writes buffered transactions; call before anything reads the table or commits.
    Status flush();
    Status addSpend(const MarketingSpendRow &row);
    Status addNps(qint64 customerId, const NpsRow &row);

private:
    QSqlDatabase m_db;
    qint64 m_importId;

    // A transaction waiting for its batch; the strings keep their capacity from batch to batch.
    struct PendingTransaction
    {
        qint64 line = 0;
        qint64 customerId = 0;
        qint64 occurredAt = 0;
        double amount = 0.0;
        double quantity = 0.0;
        double discount = 0.0;
        double cost = 0.0;
        std::string orderId;
        std::string currency;
    };
    void bind(RowStatement &statement, int row, const PendingTransaction &pending);
    Status writeBatch();
    Status writeOneByOne();
    void copyTransaction(qint64 customerId, const TransactionRow &row, qint64 line);
    Status sendCopy();

    // Transactions go through the client library: a million rows of QVariant binding cost seconds.
    std::unique_ptr<RowStatement> m_insertTransaction;
    std::unique_ptr<RowStatement> m_insertTransactionBatch;
    std::unique_ptr<PostgresCopy> m_copy;
    qint64 m_copyFirstLine = 0;
    qint64 m_copyLastLine = 0;
    std::vector<PendingTransaction> m_pending;
    std::size_t m_pendingCount = 0;
    // The last currency seen and its UTF-8 form: a file names few currencies, row after row.
    QString m_currency;
    QByteArray m_currencyUtf8;
    QSqlQuery m_insertSpend;
    QSqlQuery m_insertNps;
};

} // namespace lodestar
