#include "sections.h"

#include "models/culture/capability.h"
#include "models/culture/cultureformat.h"
#include "models/itemmodels/valueformat.h"

#include <QCoreApplication>

namespace lodestar::report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(report)
};

void addScorecardRows(Table &table, const QString &perspective, const std::vector<ScorecardRow> &rows)
{
    for (const auto &row : rows)
        table.rows.push_back({perspective, row.name, formatCultureValue(row.target, row.unit), formatCultureValue(row.actual, row.unit),
                              formatCultureValue(row.previous, row.unit), format::trend(row.trend), verdictName(row.verdict)});
}

void addScorecard(Section &section, const CultureSnapshot &culture)
{
    section.blocks.emplace_back(Heading{Text::tr("Balanced scorecard")});
    const lodestar::Scorecard &scorecard = culture.scorecard;
    if (scorecard.financial.empty() && scorecard.customer.empty()) {
        section.blocks.emplace_back(detail::note(Text::tr("Not enough complete quarters for a balanced scorecard yet.")));
        return;
    }
    section.blocks.emplace_back(Paragraph{Text::tr("Financial results next to the customer indicators that lead them, over the "
                                             "trailing window %1.").arg(scorecard.window)});
    Table table;
    table.headers = QStringList{Text::tr("Perspective"), Text::tr("Indicator"), Text::tr("Target"), Text::tr("Actual"), Text::tr("Previous"), Text::tr("Trend"), Text::tr("Status")};
    table.numeric = {false, false, true, true, true, false, false};
    addScorecardRows(table, Text::tr("Financial"), scorecard.financial);
    addScorecardRows(table, Text::tr("Customer"), scorecard.customer);
    section.blocks.emplace_back(std::move(table));
}

QString levelTrend(const MatrixRow &row)
{
    QStringList levels;
    for (const auto &point : row.trend)
        levels << formatLevel(point.level);
    return levels.isEmpty() ? format::unknown() : levels.join(QStringLiteral(" → "));
}

void addMatrix(Section &section, const CultureSnapshot &culture)
{
    section.blocks.emplace_back(Heading{Text::tr("CLV maturity matrix")});
    const MaturityMatrix &matrix = culture.matrix;
    bool assessed = false;
    for (const auto &row : matrix.rows)
        assessed = assessed || row.assessed;
    if (!assessed) {
        section.blocks.emplace_back(detail::note(Text::tr("No maturity self-assessment has been recorded yet.")));
        return;
    }
    Table table;
    table.headers = QStringList{Text::tr("Capability"), Text::tr("Level"), Text::tr("Trend"), Text::tr("Target"), Text::tr("Gap"), Text::tr("Owner"), Text::tr("KPI")};
    table.numeric = {false, true, false, true, true, false, true};
    for (const auto &row : matrix.rows)
        table.rows.push_back({capabilityName(row.capability), formatLevel(row.level), levelTrend(row),
                              row.assessed ? formatLevel(row.target) : format::unknown(),
                              row.assessed ? QString::number(row.gap) : format::unknown(), row.owner,
                              formatCultureValue(row.kpiValue, row.kpiUnit)});
    section.blocks.emplace_back(Paragraph{Text::tr("Levels 1 (transactional) to 5 (CLV-centric culture) as assessed for %1; "
                                             "average level %2, average gap to target %3.")
                                              .arg(matrix.quarter.toString(), format::number(matrix.averageLevel, 1),
                                                   format::number(matrix.averageGap, 1))});
    section.blocks.emplace_back(std::move(table));
}

void addGoals(Section &section, const CultureSnapshot &culture, const QString &quarter)
{
    section.blocks.emplace_back(Heading{Text::tr("Team goals")});
    Table table;
    table.headers = QStringList{Text::tr("Team"), Text::tr("Goal"), Text::tr("Drives"), Text::tr("Target"), Text::tr("Actual"), Text::tr("Progress"), Text::tr("Status")};
    table.numeric = {false, false, false, true, true, true, false};
    for (const auto &progress : culture.goals) {
        if (progress.goal.period.toString() != quarter)
            continue;
        const QString unit = isPercentIndicator(progress.goal.indicator) ? QStringLiteral("percent") : QStringLiteral("number");
        table.rows.push_back({progress.team, progress.goal.name, driverName(progress.driver),
                              formatCultureValue(progress.goal.target, unit), formatCultureValue(progress.actual, unit),
                              format::percent(progress.progress, 0), verdictName(progress.verdict)});
    }
    if (table.rows.empty())
        section.blocks.emplace_back(detail::note(Text::tr("No team goals are set for %1.").arg(quarter)));
    else
        section.blocks.emplace_back(std::move(table));
}

void addGuardrails(Section &section, const CultureSnapshot &culture)
{
    section.blocks.emplace_back(Heading{Text::tr("Guardrail warnings")});
    if (culture.warnings.empty()) {
        section.blocks.emplace_back(detail::note(Text::tr("No guardrail was crossed: growth is not being bought at the expense "
                                                    "of lifetime value.")));
        return;
    }
    for (const auto &warning : culture.warnings)
        section.blocks.emplace_back(Paragraph{QStringLiteral("⚠ ") + warning.message, Paragraph::Style::Warning});
}

} // namespace

Section buildCultureSection(const ReportContext &context)
{
    Section section = detail::startSection(SectionId::Culture);
    if (!context.culture) {
        section.blocks.emplace_back(detail::note(Text::tr("The balanced scorecard, maturity matrix, team goals and guardrails "
                                                    "were not computed for this report.")));
        return section;
    }
    addScorecard(section, *context.culture);
    addMatrix(section, *context.culture);
    addGoals(section, *context.culture, context.insights.headline.period);
    addGuardrails(section, *context.culture);
    for (const QString &problem : context.culture->problems)
        section.blocks.emplace_back(detail::note(problem));
    return section;
}

} // namespace lodestar::report
