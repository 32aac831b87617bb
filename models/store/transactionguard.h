#pragma once

#include "models/result.h"

#include <QSqlDatabase>

namespace lodestar {

/// Begins a transaction; rolls it back on destruction unless commit() succeeded,
/// so an early return or a failure mid-import leaves the store as it was. Inside a transaction
/// already open on the connection it is a savepoint, so several imports can be all or nothing.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();

    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    const QString &beginError() const { return m_beginError; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_nested = false;
    QString m_beginError;
};

} // namespace lodestar
