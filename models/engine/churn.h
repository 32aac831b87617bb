#pragma once

#include "models/engine/dataset.h"

#include <cstdint>

namespace lodestar {

/// Annual churn as the simple CLV formula uses it: of the customers who bought in the year
/// before last (days (end − 730, end − 365]), the share who did not buy in the last year
/// (days (end − 365, end]). Not measured (NaN) when nobody bought in the year before last.
struct AnnualChurn
{
    double churn = kUnknown;
    int activeInFirstYear = 0;
    int lapsed = 0;
};

AnnualChurn measureAnnualChurn(const Dataset &data, std::int32_t endDay);

} // namespace lodestar
