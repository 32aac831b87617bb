#pragma once

#include <QString>

#include <array>

namespace lodestar {

/// The six capabilities of the CLV maturity matrix, in the order the matrix lists them.
enum class Capability { ClvDefinition, DataModeling, Dashboards, GoalsIncentives, DecisionMaking, CultureStorytelling };

/// Where a capability's primary KPI comes from: computed from the data, or entered with its period.
enum class KpiSource { DefinitionAdoption, RevenueWithClv, ClvVsRevenueGrowth, Entered };

/// The fixed text of one capability; the strings are translation sources (context "culture").
struct CapabilityInfo
{
    Capability capability;
    const char *key;   ///< stable key stored in the workspace, e.g. "clv-definition"
    const char *name;
    const char *from;  ///< the transactional starting point (level 1)
    const char *to;    ///< the CLV-centric culture (level 5)
    const char *owner;
    const char *kpi;
    KpiSource source;
    const char *unit;  ///< how the KPI reads: "percent", "pp" (percentage points) or "number"
};

inline constexpr int kMinLevel = 1;
inline constexpr int kMaxLevel = 5;

const std::array<CapabilityInfo, 6> &capabilities();
const CapabilityInfo &capabilityInfo(Capability capability);
/// Finds a capability by key or by (English or translated) name, case-insensitively.
const CapabilityInfo *findCapability(const QString &keyOrName);

QString capabilityKey(Capability capability);
/// Translated texts.
QString capabilityName(Capability capability);
QString capabilityFrom(Capability capability);
QString capabilityTo(Capability capability);
QString capabilityOwner(Capability capability);
QString capabilityKpi(Capability capability);

} // namespace lodestar
