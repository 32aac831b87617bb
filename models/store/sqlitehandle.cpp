#include "sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

namespace lodestar {

// QSqlDriver::handle() documents the SQLite driver's handle as a QVariant holding "sqlite3*".
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace lodestar
