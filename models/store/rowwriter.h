#pragma once

#include "importrows.h"
#include "sqlitebulkinserter.h"
#include "models/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

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
    Status addTransaction(qint64 customerId, const TransactionRow &row);
    Status addSpend(const SpendRow &row);
    Status addNps(qint64 customerId, const NpsRow &row);

private:
    QSqlDatabase m_db;
    qint64 m_importId;
    bool m_storeHasOrderIds = false;

    // Transactions go through the SQLite C API: a million rows of QVariant binding cost seconds.
    SqliteBulkInserter m_insertTransaction;
    SqliteBulkInserter m_findOrder;
    // The last currency seen and its UTF-8 form: a file names few currencies, row after row.
    QString m_currency;
    QByteArray m_currencyUtf8;
    QSqlQuery m_insertSpend;
    QSqlQuery m_insertNps;
};

} // namespace lodestar
