#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlError>

namespace lodestar {

TransactionGuard::TransactionGuard(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_beginError = m_db.lastError().text();
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        m_db.rollback();
}

Status TransactionGuard::commit()
{
    if (!m_active)
        return Error{QCoreApplication::translate("store", "No transaction is open."), m_beginError};
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        const QString detail = error.text();
        m_db.rollback();
        m_active = false;
        // SQLITE_FULL: the one commit failure a user can fix, so name it.
        if (error.nativeErrorCode() == QLatin1String("13"))
            return Error{QCoreApplication::translate("store", "The disk holding the workspace is full; nothing was changed."), detail};
        return Error{QCoreApplication::translate("store", "The workspace could not save the changes."), detail};
    }
    m_active = false;
    return {};
}

} // namespace lodestar
