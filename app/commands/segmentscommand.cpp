#include "segmentscommand.h"

#include "enginecommon.h"

#include "models/engine/headline.h"
#include "models/engine/metricregistry.h"
#include "models/itemmodels/valueformat.h"

#include <QJsonArray>

namespace lodestar::cli {

namespace {

QJsonObject segmentJson(const SegmentSummary &s)
{
    return QJsonObject{{QStringLiteral("key"), s.key},
                       {QStringLiteral("customers"), s.customers},
                       {QStringLiteral("customer_share"), jsonNumber(s.customerShare)},
                       {QStringLiteral("revenue"), jsonNumber(s.revenue)},
                       {QStringLiteral("average_clv"), jsonNumber(s.averageClv)},
                       {QStringLiteral("total_clv"), jsonNumber(s.totalClv)},
                       {QStringLiteral("clv_share"), jsonNumber(s.clvShare)},
                       {QStringLiteral("average_p_alive"), jsonNumber(s.averageProbabilityAlive)},
                       {QStringLiteral("acquisition_cost"), jsonNumber(s.acquisitionCost)},
                       {QStringLiteral("cac"), jsonNumber(s.averageAcquisitionCost)},
                       {QStringLiteral("ltv_cac"), jsonNumber(s.ltvToCac)},
                       {QStringLiteral("payback_months"), jsonNumber(s.paybackMonths)}};
}

const std::vector<SegmentSummary> *segmentsBy(const Insights &insights, const QString &by)
{
    if (by == QLatin1String("tier"))
        return &insights.byTier;
    if (by == QLatin1String("rfm"))
        return &insights.byRfm;
    if (by == QLatin1String("channel"))
        return &insights.byChannel;
    if (by == QLatin1String("region"))
        return &insights.byRegion;
    if (by == QLatin1String("plan"))
        return &insights.byPlan;
    return nullptr;
}

} // namespace

int runSegments(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "CLV by tier, RFM segment, channel, region or plan."));
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("by"), QCoreApplication::translate("cli", "tier (default), rfm, channel, region or plan."), QStringLiteral("KEY")});
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    const QString by = parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by")) : QStringLiteral("tier");
    if (!segmentsBy(Insights{}, by))
        return fail(context, QCoreApplication::translate("cli", "--by must be tier, rfm, channel, region or plan"), UnusableInput);
    const auto w = loadValuation(parser, context, DatasetScope::CustomerSummaries);
    if (!w)
        return w.exitCode;
    w->presented(QStringLiteral("segments"));
    // Without the transactions at hand (a PostgreSQL workspace), the segments come from the valuation.
    const Insights insights = w->data.holdsTransactions() ? w->insights(AnalysisFilter{}) : buildSegmentInsights(w->data, w->valuation);
    const std::vector<SegmentSummary> &rows = *segmentsBy(insights, by);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SegmentSummary &s : rows)
            array.append(segmentJson(s));
        printJson(context, QJsonObject{{QStringLiteral("definition"), w->definitionText},
                                           {QStringLiteral("by"), by}, {QStringLiteral("segments"), array}});
        return Done;
    }
    context.out << w->definitionText << '\n';
    const QList<int> widths{20, 9, 14, 12, 14, 8, 8, 8, 8};
    context.out << textRow({by, QCoreApplication::translate("cli", "customers"),
                            QCoreApplication::translate("cli", "revenue"),
                            QCoreApplication::translate("cli", "avg CLV"),
                            QCoreApplication::translate("cli", "total CLV"),
                            QCoreApplication::translate("cli", "CLV %"),
                            QCoreApplication::translate("cli", "P(alive)"),
                            QCoreApplication::translate("cli", "LTV:CAC"),
                            QCoreApplication::translate("cli", "payback")}, widths) << '\n';
    // Figures in their metric's one format, as in the window and the report.
    const auto money = [](double value) { return format::metric(MetricUnit::Money, value); };
    for (const SegmentSummary &s : rows)
        context.out << textRow({s.key, QString::number(s.customers), money(s.revenue), money(s.averageClv), money(s.totalClv),
                                format::percent(s.clvShare), textNumber(s.averageProbabilityAlive, 3),
                                metric(u"ltv_cac").format(s.ltvToCac), metric(u"payback_months").format(s.paybackMonths)},
                               widths) << '\n';
    context.out.flush();
    return Done;
}

} // namespace lodestar::cli
