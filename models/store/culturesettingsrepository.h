#pragma once

#include "models/culture/culturesettings.h"
#include "models/result.h"

namespace lodestar {

class Store;

/// Guardrail thresholds and scorecard targets in the settings table, as "culture.<key>";
/// a setting never saved keeps its default.
class CultureSettingsRepository
{
public:
    explicit CultureSettingsRepository(const Store &store);

    Result<CultureSettings> load() const;
    /// Sets one setting by its key (see CultureSettings::fields); fails on an unknown key or a non-number.
    Status set(const QString &key, const QString &value) const;

private:
    const Store &m_store;
};

} // namespace lodestar
