#pragma once

#include "models/culture/assessment.h"
#include "models/result.h"

#include <vector>

namespace lodestar {

class Store;

/// Quarterly maturity self-assessments: one row per capability and quarter.
class AssessmentRepository
{
public:
    explicit AssessmentRepository(const Store &store);

    /// Every assessment, oldest quarter first, capabilities in matrix order within a quarter.
    Result<std::vector<Assessment>> list() const;
    /// Inserts or replaces the assessment of its capability and quarter.
    Status save(const Assessment &assessment) const;
    Status remove(Capability capability, const Quarter &quarter) const;

private:
    const Store &m_store;
};

} // namespace lodestar
