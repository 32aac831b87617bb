#include "cohortscommand.h"

#include "enginecommon.h"

#include "models/engine/headline.h"

#include <QJsonArray>

namespace lodestar::cli {

namespace {

QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(jsonNumber(v));
    return array;
}

QJsonArray flags(const std::vector<bool> &values)
{
    QJsonArray array;
    for (bool v : values)
        array.append(v);
    return array;
}

QJsonObject cohortJson(const CohortTable &t, std::size_t r)
{
    return QJsonObject{{QStringLiteral("cohort"), t.cohorts.at(static_cast<qsizetype>(r))},
                       {QStringLiteral("size"), t.sizes[r]},
                       {QStringLiteral("observed_periods"), t.observedPeriods[r]},
                       {QStringLiteral("retention"), numbers(t.customerRetention[r])},
                       {QStringLiteral("retention_on_or_after"), numbers(t.retentionOnOrAfter[r])},
                       {QStringLiteral("revenue_retention"), numbers(t.revenueRetention[r])},
                       {QStringLiteral("cumulative_revenue_per_customer"), numbers(t.cumulativeRevenuePerCustomer[r])},
                       {QStringLiteral("projected_cumulative_revenue_per_customer"),
                        numbers(t.projectedCumulativeRevenuePerCustomer[r])},
                       {QStringLiteral("incomplete"), flags(t.incomplete[r])}};
}

void printText(const CommandContext &context, const CohortTable &t)
{
    context.out << QCoreApplication::translate("cli", "Share of each cohort purchasing k periods after acquisition (* = period not over)") << '\n';
    for (std::size_t r = 0; r < t.sizes.size(); ++r) {
        QString line = t.cohorts.at(static_cast<qsizetype>(r)).leftJustified(9) + QString::number(t.sizes[r]).rightJustified(7);
        for (int k = 0; k < t.observedPeriods[r]; ++k)
            line += QString::number(100.0 * t.customerRetention[r][k], 'f', 1).rightJustified(7)
                  + (t.incomplete[r][k] ? QLatin1Char('*') : QLatin1Char(' '));
        context.out << line << '\n';
    }
    context.out.flush();
}

} // namespace

int runCohorts(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Acquisition cohorts: retention and revenue per customer."));
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("period"), QCoreApplication::translate("cli", "month (default) or quarter."), QStringLiteral("PERIOD")});
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    AnalysisFilter filter;
    filter.period = Period::Month;
    if (!readPeriod(parser, context, filter.period))
        return UnusableInput;
    const auto w = loadValuation(parser, context);
    if (!w)
        return w.exitCode;
    w->presented(QStringLiteral("cohorts"));
    const CohortTable table = w->insights(filter).cohorts;
    if (!parser.isSet(QStringLiteral("json"))) {
        context.out << w->definitionText << '\n';
        printText(context, table);
        return Done;
    }
    QJsonArray cohorts;
    for (std::size_t r = 0; r < table.sizes.size(); ++r)
        cohorts.append(cohortJson(table, r));
    printJson(context, QJsonObject{{QStringLiteral("period"), filter.period == Period::Month ? QStringLiteral("month") : QStringLiteral("quarter")},
                                       {QStringLiteral("definition"), w->definitionText},
                                       {QStringLiteral("cohorts"), cohorts}});
    return Done;
}

} // namespace lodestar::cli
