#pragma once

#include "models/culture/experiment.h"
#include "models/result.h"

#include <vector>

namespace lodestar {

class Store;

/// Experiments with their treatment and control sets (imported lists and/or attribute filters).
class ExperimentRepository
{
public:
    explicit ExperimentRepository(const Store &store);

    Result<std::vector<Experiment>> list() const;
    /// Inserts (id 0) or replaces an experiment and its member lists, in one transaction.
    Result<qint64> save(const Experiment &experiment) const;
    Status remove(qint64 id) const;

private:
    Status saveMembers(qint64 id, const Experiment &experiment) const;
    const Store &m_store;
};

} // namespace lodestar
