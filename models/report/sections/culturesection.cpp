#include "sections.h"

#include "models/culture/capability.h"
#include "models/itemmodels/valueformat.h"

#include <algorithm>

namespace lodestar::report {

namespace {

using detail::tr;

const Assessment *latestFor(const std::vector<Assessment> &assessments, Capability capability, const Quarter &upTo,
                            const Assessment *before = nullptr)
{
    const Assessment *latest = nullptr;
    for (const auto &assessment : assessments) {
        if (assessment.capability != capability || upTo < assessment.quarter)
            continue;
        if (before && !(assessment.quarter < before->quarter))
            continue;
        if (!latest || latest->quarter < assessment.quarter)
            latest = &assessment;
    }
    return latest;
}

QString trendText(const Assessment *current, const Assessment *previous)
{
    if (!current || !previous)
        return format::unknown();
    if (current->level > previous->level)
        return tr("▲ up from %1").arg(previous->level);
    if (current->level < previous->level)
        return tr("▼ down from %1").arg(previous->level);
    return tr("◆ unchanged");
}

Table maturityTable(const std::vector<Assessment> &assessments, const Quarter &quarter)
{
    Table table;
    table.headers = QStringList{tr("Capability"), tr("Level"), tr("Trend"), tr("Target"), tr("Gap"), tr("Owner")};
    table.numeric = {false, true, false, true, true, false};
    for (const auto &info : capabilities()) {
        const Assessment *current = latestFor(assessments, info.capability, quarter);
        const Assessment *previous = current ? latestFor(assessments, info.capability, quarter, current) : nullptr;
        if (!current) {
            table.rows.push_back({capabilityName(info.capability), format::unknown(), format::unknown(), format::unknown(),
                                  format::unknown(), capabilityOwner(info.capability)});
            continue;
        }
        table.rows.push_back({capabilityName(info.capability), QString::number(current->level), trendText(current, previous),
                              QString::number(current->target), QString::number(std::max(0, current->target - current->level)),
                              current->owner.isEmpty() ? capabilityOwner(info.capability) : current->owner});
    }
    return table;
}

QString teamName(const std::vector<Team> &teams, qint64 id)
{
    for (const auto &team : teams)
        if (team.id == id)
            return team.name;
    return format::unknown();
}

Table goalTable(const ReportContext &context, const Quarter &quarter)
{
    Table table;
    table.headers = QStringList{tr("Team"), tr("Goal"), tr("Indicator"), tr("Drives"), tr("Target")};
    table.numeric = {false, false, false, false, true};
    for (const auto &goal : context.culture.goals) {
        if (goal.period != quarter)
            continue;
        const QString target = isPercentIndicator(goal.indicator) ? format::percent(goal.target) : format::number(goal.target, 2);
        table.rows.push_back({teamName(context.culture.teams, goal.teamId), goal.name, indicatorName(goal.indicator),
                              driverName(driverOf(goal.indicator)), target});
    }
    return table;
}

Quarter reportQuarter(const ReportContext &context)
{
    if (const auto parsed = Quarter::parse(context.insights.headline.period))
        return *parsed;
    return Quarter::containing(context.valuation.dataEnd.isValid() ? context.valuation.dataEnd : context.generatedOn);
}

} // namespace

Section buildCultureSection(const ReportContext &context)
{
    Section section = detail::startSection(SectionId::Culture);
    const Quarter quarter = reportQuarter(context);

    section.blocks.emplace_back(Heading{tr("Balanced scorecard")});
    section.blocks.emplace_back(detail::note(tr("No balanced scorecard has been set up in this workspace yet.")));

    section.blocks.emplace_back(Heading{tr("CLV maturity matrix")});
    if (context.culture.assessments.empty())
        section.blocks.emplace_back(detail::note(tr("No maturity self-assessment has been recorded yet.")));
    else
        section.blocks.emplace_back(maturityTable(context.culture.assessments, quarter));

    section.blocks.emplace_back(Heading{tr("Team goals")});
    Table goals = goalTable(context, quarter);
    if (goals.rows.empty())
        section.blocks.emplace_back(detail::note(tr("No team goals are set for %1.").arg(quarter.toString())));
    else
        section.blocks.emplace_back(std::move(goals));

    section.blocks.emplace_back(Heading{tr("Guardrail warnings")});
    section.blocks.emplace_back(detail::note(tr("No guardrails are defined in this workspace yet.")));
    return section;
}

} // namespace lodestar::report
