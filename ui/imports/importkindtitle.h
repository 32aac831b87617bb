#pragma once

#include "models/import/importkind.h"

#include <array>

namespace lodestar::ui {

/// The order a multi-file import runs in: customers first, so the transactions of the same run
/// attach to the customers file's rows (as `lodestar import` does).
inline constexpr std::array<ImportKind, 4> kImportOrder{ImportKind::Customers, ImportKind::Transactions,
                                                        ImportKind::Spend, ImportKind::Nps};

/// The translated name of a kind of file, for labels ("Marketing spend"); kindName() is the stable id.
QString kindTitle(ImportKind kind);

} // namespace lodestar::ui
