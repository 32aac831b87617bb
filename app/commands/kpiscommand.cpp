#include "kpiscommand.h"

#include "enginecommon.h"

#include "models/engine/headline.h"

#include <QJsonArray>

namespace lodestar::cli {

namespace {

QJsonObject periodJson(const KpiPeriod &k)
{
    return QJsonObject{{QStringLiteral("label"), k.label},
                       {QStringLiteral("start"), k.start.toString(Qt::ISODate)},
                       {QStringLiteral("end"), k.end.toString(Qt::ISODate)},
                       {QStringLiteral("complete"), k.complete},
                       {QStringLiteral("revenue"), jsonNumber(k.revenue)},
                       {QStringLiteral("revenue_growth"), jsonNumber(k.revenueGrowth)},
                       {QStringLiteral("active_customers"), k.activeCustomers},
                       {QStringLiteral("new_customers"), k.newCustomers},
                       {QStringLiteral("average_clv"), jsonNumber(k.averageClv)},
                       {QStringLiteral("total_clv"), jsonNumber(k.totalClv)},
                       {QStringLiteral("clv_growth"), jsonNumber(k.clvGrowth)},
                       {QStringLiteral("repeat_purchase_rate"), jsonNumber(k.repeatPurchaseRate)},
                       {QStringLiteral("first_period_churn"), jsonNumber(k.firstPeriodChurn)},
                       {QStringLiteral("retention"), jsonNumber(k.retention)},
                       {QStringLiteral("average_order_value"), jsonNumber(k.averageOrderValue)},
                       {QStringLiteral("gross_margin"), jsonNumber(k.grossMargin)},
                       {QStringLiteral("clv_coverage"), jsonNumber(k.clvCoverage)},
                       {QStringLiteral("at_risk_customers"), k.atRiskCustomers},
                       {QStringLiteral("at_risk_revenue"), jsonNumber(k.atRiskRevenue)},
                       {QStringLiteral("ltv_cac"), jsonNumber(k.ltvToCac)},
                       // The CLV figures are as of the period end; null with a note when it could not be valued.
                       {QStringLiteral("clv_known"), k.clvKnown},
                       {QStringLiteral("clv_note"), k.clvNote}};
}

void printText(const CommandContext &context, const Insights &insights)
{
    const Headline &h = insights.headline;
    context.out << QCoreApplication::translate("cli", "Headline, %1 vs the period before:").arg(h.period) << '\n';
    for (const auto &[key, figure] : headlineFigures(h))
        context.out << "  " << key.leftJustified(18) << textNumber(figure->value).rightJustified(16)
                    << textNumber(figure->previous).rightJustified(16)
                    << (std::isfinite(figure->change()) ? QStringLiteral("  %1%").arg(100.0 * figure->change(), 0, 'f', 1) : QString())
                    << '\n';
    const QList<int> widths{9, 14, 8, 7, 6, 12, 14, 9, 14};
    context.out << '\n' << textRow({QCoreApplication::translate("cli", "period"),
                                    QCoreApplication::translate("cli", "revenue"),
                                    QCoreApplication::translate("cli", "growth"),
                                    QCoreApplication::translate("cli", "active"),
                                    QCoreApplication::translate("cli", "new"),
                                    QCoreApplication::translate("cli", "avg CLV"),
                                    QCoreApplication::translate("cli", "total CLV"),
                                    QCoreApplication::translate("cli", "retention"),
                                    QCoreApplication::translate("cli", "at-risk revenue")}, widths) << '\n';
    for (const KpiPeriod &k : insights.kpis)
        context.out << textRow({k.label + (k.complete ? QString() : QStringLiteral("*")), textNumber(k.revenue),
                                textNumber(100.0 * k.revenueGrowth, 1), QString::number(k.activeCustomers),
                                QString::number(k.newCustomers), textNumber(k.averageClv), textNumber(k.totalClv),
                                textNumber(k.retention, 3), textNumber(k.atRiskRevenue)}, widths) << '\n';
    context.out.flush();
}

} // namespace

int runKpis(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "KPIs by month or quarter, with the headline figures."));
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("period"), QCoreApplication::translate("cli", "quarter (default) or month."), QStringLiteral("PERIOD")});
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    AnalysisFilter filter;
    if (!readPeriod(parser, context, filter.period))
        return UnusableInput;
    const auto w = loadValuation(parser, context);
    if (!w)
        return w.exitCode;
    w->presented(QStringLiteral("kpis"));
    const Insights insights = w->insights(filter);
    if (!parser.isSet(QStringLiteral("json"))) {
        context.out << w->definitionText << '\n';
        printText(context, insights);
        return Done;
    }
    QJsonArray periods;
    for (const KpiPeriod &k : insights.kpis)
        periods.append(periodJson(k));
    printJson(context, QJsonObject{{QStringLiteral("period"), insights.headline.period},
                                       {QStringLiteral("definition"), w->definitionText},
                                       {QStringLiteral("headline"), headlineToJson(insights.headline)},
                                       {QStringLiteral("periods"), periods}});
    return Done;
}

} // namespace lodestar::cli
