#pragma once

#include "models/engine/fitcache.h"
#include "models/result.h"

#include <vector>

namespace lodestar {

class Store;

/// The workspace's stored model fits (table model_fits), read into and written from a FitCache.
class FitCacheRepository
{
public:
    explicit FitCacheRepository(const Store &store);

    /// Every stored fit; an older workspace without the table has none.
    Result<std::vector<FitCacheEntry>> load() const;
    /// Adds the fits, then keeps only the newest kKeep so a long-lived workspace does not grow without bound.
    Status save(const std::vector<FitCacheEntry> &entries) const;

    static constexpr int kKeep = 400;

private:
    const Store &m_store;
};

} // namespace lodestar
