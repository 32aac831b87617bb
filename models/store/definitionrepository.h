#pragma once

#include "models/clv/clvdefinition.h"
#include "models/result.h"

namespace lodestar {

class Store;

/// The workspace's CLV definition, kept as one JSON document in clv_definition (row id 1).
class DefinitionRepository
{
public:
    explicit DefinitionRepository(const Store &store);

    /// The stored definition, or the defaults when none has been saved yet.
    Result<ClvDefinition> load() const;
    /// Replaces the stored definition.
    Status save(const ClvDefinition &definition) const;

private:
    const Store &m_store;
};

} // namespace lodestar
