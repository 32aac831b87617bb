#pragma once

#include "importrepository.h"
#include "importrows.h"
#include "models/engine/dataset.h"
#include "models/result.h"

#include <QList>

#include <optional>

namespace lodestar {

class Store;

/// One past import as listed to the user.
struct ImportEntry
{
    qint64 id = 0;
    QString kind;
    QString fileName;
    EpochSeconds importedAt = 0;
    ImportCounts counts;
};

/// Every import of the workspace, newest first.
Result<QList<ImportEntry>> listImports(const Store &store);
/// One import by id; nullopt when there is none.
Result<std::optional<ImportEntry>> findImport(const Store &store, qint64 importId);
/// The rejected rows of an import in file order.
Result<QList<RejectedRow>> rejectsOfImport(const Store &store, qint64 importId);

} // namespace lodestar
