#include "capability.h"

#include <QCoreApplication>

namespace lodestar {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("culture", text);
}

} // namespace

// The matrix text of issue 5, verbatim: teams recognise their own words in the assessment.
const std::array<CapabilityInfo, 6> &capabilities()
{
    static const std::array<CapabilityInfo, 6> table{{
        {Capability::ClvDefinition, "clv-definition", QT_TRANSLATE_NOOP("culture", "CLV Definition"),
         QT_TRANSLATE_NOOP("culture", "No CLV or multiple conflicting definitions"),
         QT_TRANSLATE_NOOP("culture", "Single, documented CLV definition with shared understanding"),
         QT_TRANSLATE_NOOP("culture", "Finance / RevOps"), QT_TRANSLATE_NOOP("culture", "CLV Definition Adoption"),
         KpiSource::DefinitionAdoption, "percent"},
        {Capability::DataModeling, "data-modeling", QT_TRANSLATE_NOOP("culture", "Data & Modeling"),
         QT_TRANSLATE_NOOP("culture", "One-off CLV analysis in spreadsheets"),
         QT_TRANSLATE_NOOP("culture", "Automated CLV calculation for all customers and key segments"),
         QT_TRANSLATE_NOOP("culture", "Data / Analytics"), QT_TRANSLATE_NOOP("culture", "% of Revenue with CLV Calculated"),
         KpiSource::RevenueWithClv, "percent"},
        {Capability::Dashboards, "dashboards", QT_TRANSLATE_NOOP("culture", "Dashboards & Visibility"),
         QT_TRANSLATE_NOOP("culture", "CLV visible only in finance reports"),
         QT_TRANSLATE_NOOP("culture", "CLV and related metrics in core revenue marketing dashboards"),
         QT_TRANSLATE_NOOP("culture", "RevOps / Marketing Ops"), QT_TRANSLATE_NOOP("culture", "Dashboard Usage with CLV Views"),
         KpiSource::Entered, "percent"},
        {Capability::GoalsIncentives, "goals-incentives", QT_TRANSLATE_NOOP("culture", "Goals & Incentives"),
         QT_TRANSLATE_NOOP("culture", "Comp based on volume and in-quarter close"),
         QT_TRANSLATE_NOOP("culture", "Goals and compensation partially tied to CLV and quality-of-revenue"),
         QT_TRANSLATE_NOOP("culture", "HR / Revenue Leadership"), QT_TRANSLATE_NOOP("culture", "% Plans with CLV-Linked Measures"),
         KpiSource::Entered, "percent"},
        {Capability::DecisionMaking, "decision-making", QT_TRANSLATE_NOOP("culture", "Decision-Making"),
         QT_TRANSLATE_NOOP("culture", "Decisions driven by short-term revenue"),
         QT_TRANSLATE_NOOP("culture", "Investment and prioritization decisions evaluated for CLV impact"),
         QT_TRANSLATE_NOOP("culture", "Executive Team"), QT_TRANSLATE_NOOP("culture", "CLV Growth vs. Revenue Growth"),
         KpiSource::ClvVsRevenueGrowth, "pp"},
        {Capability::CultureStorytelling, "culture-storytelling", QT_TRANSLATE_NOOP("culture", "Culture & Storytelling"),
         QT_TRANSLATE_NOOP("culture", "Wins celebrated for deal size only"),
         QT_TRANSLATE_NOOP("culture", "Wins and learnings framed in terms of lifetime value and relationship health"),
         QT_TRANSLATE_NOOP("culture", "Leadership / Communications"), QT_TRANSLATE_NOOP("culture", "CLV Mention Frequency in Reviews"),
         KpiSource::Entered, "number"},
    }};
    return table;
}

const CapabilityInfo &capabilityInfo(Capability capability)
{
    return capabilities()[static_cast<std::size_t>(capability)];
}

const CapabilityInfo *findCapability(const QString &keyOrName)
{
    const QString wanted = keyOrName.trimmed();
    for (const CapabilityInfo &info : capabilities()) {
        if (wanted.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0
            || wanted.compare(translated(info.name), Qt::CaseInsensitive) == 0)
            return &info;
    }
    return nullptr;
}

QString capabilityKey(Capability capability) { return QLatin1String(capabilityInfo(capability).key); }
QString capabilityName(Capability capability) { return translated(capabilityInfo(capability).name); }
QString capabilityFrom(Capability capability) { return translated(capabilityInfo(capability).from); }
QString capabilityTo(Capability capability) { return translated(capabilityInfo(capability).to); }
QString capabilityOwner(Capability capability) { return translated(capabilityInfo(capability).owner); }
QString capabilityKpi(Capability capability) { return translated(capabilityInfo(capability).kpi); }

} // namespace lodestar
