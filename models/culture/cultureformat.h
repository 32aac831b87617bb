#pragma once

#include <QString>

namespace lodestar {

/// A culture figure as text for its unit: "percent", "pp" (percentage points), "money",
/// "ratio", "days", "points" (NPS), "score" or "number"; a dash when unknown.
QString formatCultureValue(double value, const QString &unit);

/// A level on the 1-5 maturity scale, "–" when not assessed.
QString formatLevel(int level);

} // namespace lodestar
