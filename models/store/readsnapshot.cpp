#include "readsnapshot.h"

#include "sqldialect.h"

#include <QSqlQuery>

namespace lodestar {

ReadSnapshot::ReadSnapshot(QSqlDatabase db) : m_db(std::move(db)), m_open(m_db.transaction())
{
    if (m_open && dialectOf(m_db) == SqlDialect::Postgres)
        QSqlQuery(m_db).exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        m_db.rollback();
}

} // namespace lodestar
