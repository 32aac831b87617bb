#include "workspacestatistics.h"

#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace lodestar {

Result<WorkspaceStatistics> readWorkspaceStatistics(const Store &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM customers), COUNT(*), MIN(occurred_at), MAX(occurred_at), "
            "COALESCE(SUM(amount), 0) FROM transactions"))
        || !query.next())
        return Error{QCoreApplication::translate("store", "Cannot read the workspace summary."), query.lastError().text()};
    WorkspaceStatistics statistics;
    statistics.customers = query.value(0).toLongLong();
    statistics.transactions = query.value(1).toLongLong();
    statistics.firstAt = query.value(2).toLongLong();
    statistics.lastAt = query.value(3).toLongLong();
    statistics.totalRevenue = query.value(4).toDouble();
    return statistics;
}

} // namespace lodestar
