#include "importrepository.h"

#include "sqldialect.h"

#include <QDateTime>
#include <QSqlError>

namespace lodestar {

ImportRepository::ImportRepository(QSqlDatabase db)
    : m_db(std::move(db)), m_insertReject(m_db)
{
}

Result<std::optional<PriorImport>> ImportRepository::findByHash(const QString &kind, const QString &contentHash)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, file_name, rows_read, rows_imported, rows_rejected, rows_duplicate "
                                 "FROM imports WHERE kind = ? AND content_hash = ?"));
    query.addBindValue(kind);
    query.addBindValue(contentHash);
    if (!query.exec())
        return storeError(query, QT_TRANSLATE_NOOP("store", "look up earlier imports"));
    if (!query.next())
        return std::optional<PriorImport>();
    PriorImport prior;
    prior.id = query.value(0).toLongLong();
    prior.fileName = query.value(1).toString();
    prior.counts = {query.value(2).toLongLong(), query.value(3).toLongLong(), query.value(4).toLongLong(),
                    query.value(5).toLongLong()};
    return std::optional<PriorImport>(prior);
}

Status ImportRepository::begin(const QString &kind, const QString &fileName, const QString &contentHash,
                               const QString &mappingJson)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO imports (kind, file_name, content_hash, imported_at, mapping) "
                                 "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(kind);
    query.addBindValue(fileName);
    query.addBindValue(contentHash);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(mappingJson);
    if (!query.exec())
        return storeError(query, QT_TRANSLATE_NOOP("store", "record the import"));
    m_importId = returnedId(query);
    if (!m_insertReject.prepare(QStringLiteral("INSERT INTO import_rejects (import_id, line, column_name, raw_value, reason) "
                                               "VALUES (?, ?, ?, ?, ?)")))
        return storeError(m_insertReject, QT_TRANSLATE_NOOP("store", "record rejected rows"));
    return {};
}

Status ImportRepository::addReject(const RejectedRow &reject)
{
    m_insertReject.bindValue(0, m_importId);
    m_insertReject.bindValue(1, reject.line);
    // The columns are NOT NULL with '' for "none"; a null QString would bind as NULL.
    m_insertReject.bindValue(2, reject.column.isEmpty() ? QStringLiteral("") : reject.column);
    m_insertReject.bindValue(3, reject.value.isEmpty() ? QStringLiteral("") : reject.value);
    m_insertReject.bindValue(4, reject.reason);
    if (!m_insertReject.exec())
        return storeError(m_insertReject, QT_TRANSLATE_NOOP("store", "record a rejected row"));
    return {};
}

Status ImportRepository::finish(const ImportCounts &counts)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE imports SET rows_read = ?, rows_imported = ?, rows_rejected = ?, "
                                 "rows_duplicate = ? WHERE id = ?"));
    query.addBindValue(counts.rowsRead);
    query.addBindValue(counts.imported);
    query.addBindValue(counts.rejected);
    query.addBindValue(counts.duplicates);
    query.addBindValue(m_importId);
    if (!query.exec())
        return storeError(query, QT_TRANSLATE_NOOP("store", "record the import"));
    return {};
}

} // namespace lodestar
