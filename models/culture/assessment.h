#pragma once

#include "models/culture/capability.h"
#include "models/culture/quarter.h"
#include "models/engine/dataset.h"

#include <QString>

namespace lodestar {

/// One quarterly self-assessment of one capability (level 1 = "From", 5 = "To").
struct Assessment
{
    Capability capability = Capability::ClvDefinition;
    Quarter quarter;
    int level = kMinLevel;
    int target = kMaxLevel;
    QString owner;
    QString evidence;
    double kpiValue = kUnknown; ///< entered KPI value; computed KPIs ignore it
    QString kpiPeriod;          ///< period the entered value is for, e.g. "2025Q4"

    bool operator==(const Assessment &) const = default;
};

} // namespace lodestar
