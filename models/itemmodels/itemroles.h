#pragma once

#include <Qt>

namespace lodestar {

/// Roles every Lodestar item model answers besides Qt::DisplayRole.
enum ItemRole : int {
    /// The raw value (double, int or string) for sorting and CSV export; NaN stays NaN.
    RawValueRole = Qt::UserRole + 1,
    /// Index into Dataset::customers of a customer row.
    CustomerIndexRole,
    /// The value to sort by where it differs from RawValueRole (tiers sort High, Medium, Low).
    SortRole,
};

} // namespace lodestar
