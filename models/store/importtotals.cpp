#include "importtotals.h"

#include "store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lodestar {

Result<ImportTotals> readImportTotals(const Store &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*), TOTAL(rows_read), TOTAL(rows_imported), TOTAL(rows_rejected), "
                                   "TOTAL(rows_duplicate) FROM imports"))
        || !query.next())
        return Error{QStringLiteral("Cannot read the import history."), query.lastError().text()};
    ImportTotals totals;
    totals.imports = query.value(0).toLongLong();
    totals.rowsRead = static_cast<qint64>(query.value(1).toDouble());
    totals.rowsImported = static_cast<qint64>(query.value(2).toDouble());
    totals.rowsRejected = static_cast<qint64>(query.value(3).toDouble());
    totals.rowsDuplicate = static_cast<qint64>(query.value(4).toDouble());
    return totals;
}

} // namespace lodestar
