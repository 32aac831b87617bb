#pragma once

#include "models/culture/quarter.h"
#include "models/result.h"

#include <QHash>
#include <QString>

namespace lodestar {

class Store;

/// Which views and reports showed figures under the CLV definition, per quarter: the data
/// behind the "CLV Definition Adoption" KPI. Views and the report call recordUse() when they render.
class DefinitionUsageRepository
{
public:
    explicit DefinitionUsageRepository(const Store &store);

    /// True when a definition has been saved (not just the defaults in use).
    Result<bool> isDefinitionSet() const;
    /// Counts one use of the definition by a surface ("matrix", "report", "overview", …) in a quarter.
    Status recordUse(const QString &surface, const Quarter &quarter) const;
    /// Distinct surfaces per quarter label.
    Result<QHash<QString, int>> surfacesByQuarter() const;

private:
    const Store &m_store;
};

} // namespace lodestar
