#pragma once

#include "models/import/importreport.h"
#include "models/result.h"

#include <QList>

namespace lodestar {
class Store;
}

namespace lodestar::demo {

/// Builds the demo company into an empty store by writing its four CSV files to a temporary
/// folder and importing them with the ordinary importer, so the demo exercises the real path.
Result<QList<ImportReport>> buildDemoWorkspace(Store &store);

} // namespace lodestar::demo
