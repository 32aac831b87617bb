#include "importhistory.h"

#include "store.h"

#include <QSqlQuery>

namespace lodestar {

namespace {

const QString kSelectImports = QStringLiteral(
    "SELECT id, kind, file_name, imported_at, rows_read, rows_imported, rows_rejected, rows_duplicate FROM imports ");

ImportEntry entryOf(const QSqlQuery &query)
{
    ImportEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.kind = query.value(1).toString();
    entry.fileName = query.value(2).toString();
    entry.importedAt = query.value(3).toLongLong();
    entry.counts = {query.value(4).toLongLong(), query.value(5).toLongLong(), query.value(6).toLongLong(),
                    query.value(7).toLongLong()};
    return entry;
}

} // namespace

Result<QList<ImportEntry>> listImports(const Store &store)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(kSelectImports + QStringLiteral("ORDER BY id DESC")))
        return storeError(query, QT_TRANSLATE_NOOP("store", "list the imports"));
    QList<ImportEntry> entries;
    while (query.next())
        entries << entryOf(query);
    return entries;
}

Result<std::optional<ImportEntry>> findImport(const Store &store, qint64 importId)
{
    QSqlQuery query(store.database());
    query.prepare(kSelectImports + QStringLiteral("WHERE id = ?"));
    query.addBindValue(importId);
    if (!query.exec())
        return storeError(query, QT_TRANSLATE_NOOP("store", "read the import"));
    if (!query.next())
        return std::optional<ImportEntry>();
    return std::optional<ImportEntry>(entryOf(query));
}

Result<QList<RejectedRow>> rejectsOfImport(const Store &store, qint64 importId)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT line, column_name, raw_value, reason FROM import_rejects "
                                 "WHERE import_id = ? ORDER BY line, id"));
    query.addBindValue(importId);
    if (!query.exec())
        return storeError(query, QT_TRANSLATE_NOOP("store", "read the rejected rows"));
    QList<RejectedRow> rows;
    while (query.next())
        rows << RejectedRow{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString()};
    return rows;
}

} // namespace lodestar
