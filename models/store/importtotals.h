#pragma once

#include "models/result.h"

namespace lodestar {

class Store;

/// Rows kept and rejected over every import of a workspace, for the report's data-quality table.
struct ImportTotals
{
    qint64 imports = 0;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    qint64 rowsDuplicate = 0;
};

Result<ImportTotals> readImportTotals(const Store &store);

} // namespace lodestar
