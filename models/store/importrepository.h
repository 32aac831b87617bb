#pragma once

#include "importrows.h"
#include "storeerror.h"
#include "models/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace lodestar {

/// The counts an import ends with, stored on its imports row.
struct ImportCounts
{
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;
};

/// An earlier import of the same content, found by its hash.
struct PriorImport
{
    qint64 id = 0;
    QString fileName;
    ImportCounts counts;
};

/// Writes the bookkeeping of one import: its imports row and its rejected rows. Statements are
/// prepared once and reused; the caller owns the surrounding transaction.
class ImportRepository
{
public:
    explicit ImportRepository(QSqlDatabase db);

    Result<std::optional<PriorImport>> findByHash(const QString &kind, const QString &contentHash);
    /// Inserts the imports row; its id is then importId().
    Status begin(const QString &kind, const QString &fileName, const QString &contentHash, const QString &mappingJson);
    qint64 importId() const { return m_importId; }
    Status addReject(const RejectedRow &reject);
    Status finish(const ImportCounts &counts);

private:
    QSqlDatabase m_db;
    QSqlQuery m_insertReject;
    qint64 m_importId = 0;
};

} // namespace lodestar
