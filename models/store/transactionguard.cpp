#include "transactionguard.h"

#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace lodestar {

TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock now, waiting out another writer (the busy timeout). A deferred
    // BEGIN would read first and then fail at its first write with SQLITE_BUSY, without waiting,
    // whenever another process had committed in between (two imports into one new workspace).
    // PostgreSQL locks row by row as it writes, so a plain BEGIN is the same there.
    m_nested = inTransaction(m_db);
    const QString begin = dialectOf(m_db) == SqlDialect::Postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    QSqlQuery statement(m_db);
    m_active = statement.exec(m_nested ? QStringLiteral("SAVEPOINT lodestar_nested") : begin);
    if (!m_active)
        m_beginError = statement.lastError().text();
}

TransactionGuard::~TransactionGuard()
{
    if (!m_active)
        return;
    if (!m_nested) {
        m_db.rollback();
        return;
    }
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK TO lodestar_nested"));
    rollback.exec(QStringLiteral("RELEASE lodestar_nested"));
}

Status TransactionGuard::commit()
{
    if (!m_active)
        return Error{QCoreApplication::translate("store", "No transaction is open."), m_beginError};
    if (m_nested) {
        // Nothing reaches the disk before the outer transaction commits; that one reports failures.
        QSqlQuery release(m_db);
        if (!release.exec(QStringLiteral("RELEASE lodestar_nested")))
            return Error{QCoreApplication::translate("store", "The workspace could not save the changes."), release.lastError().text()};
        m_active = false;
        return {};
    }
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        const QString detail = error.text();
        m_db.rollback();
        m_active = false;
        // SQLITE_FULL: the one commit failure a user can fix, so name it. Qt's SQLite driver drops
        // the error code of a failed COMMIT, so SQLite's fixed message for that code is matched.
        if (error.nativeErrorCode() == QLatin1String("13") || error.databaseText().contains(QLatin1String("disk is full")))
            return Error{QCoreApplication::translate("store", "The disk holding the workspace is full; nothing was changed."), detail,
                         ErrorCause::DiskFull};
        return Error{QCoreApplication::translate("store", "The workspace could not save the changes."), detail};
    }
    m_active = false;
    return {};
}

} // namespace lodestar
