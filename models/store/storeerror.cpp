#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace lodestar {

namespace {

QString failedQuery(const QSqlQuery &query)
{
    return query.lastError().text() + QStringLiteral(" in: ") + query.lastQuery();
}

} // namespace

QString storeFailureMessage(const char *what, bool diskFull)
{
    const QString action = QCoreApplication::translate("store", what);
    return diskFull ? QCoreApplication::translate("store", "The disk holding the workspace is full; the workspace could not %1.").arg(action)
                    : QCoreApplication::translate("store", "The workspace could not %1.").arg(action);
}

Error storeError(const QSqlQuery &query, const char *what)
{
    if (query.lastError().nativeErrorCode() == QLatin1String("13")) // SQLITE_FULL
        return Error{storeFailureMessage(what, true), failedQuery(query), ErrorCause::DiskFull};
    return Error{storeFailureMessage(what, false), failedQuery(query)};
}

bool isDamagedWorkspaceError(const Error &error)
{
    return error.detail.contains(QLatin1String("database disk image is malformed"))
        || error.detail.contains(QLatin1String("file is not a database"));
}

Error queryError(const QString &message, const QSqlQuery &query)
{
    return Error{message, failedQuery(query)};
}

Error atLine(const Error &error, qint64 line)
{
    return Error{error.message, QStringLiteral("line %1 of the file: %2").arg(line).arg(error.detail), error.cause};
}

} // namespace lodestar
