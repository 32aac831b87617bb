#include "culturejson.h"

#include <QJsonArray>

#include <cmath>

namespace lodestar {

namespace {

// A number, or null when unknown (JSON has no NaN).
QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString key(const char *text)
{
    return QLatin1String(text);
}

QJsonObject rowToJson(const MatrixRow &row)
{
    QJsonArray trend;
    for (const MatrixTrendPoint &point : row.trend)
        trend.append(QJsonObject{{key("quarter"), point.quarter.toString()}, {key("level"), point.level}, {key("target"), point.target}});
    const QJsonValue none(QJsonValue::Null);
    return {
        {key("key"), capabilityKey(row.capability)},
        {key("name"), capabilityName(row.capability)},
        {key("from"), capabilityFrom(row.capability)},
        {key("to"), capabilityTo(row.capability)},
        {key("owner"), row.owner},
        {key("kpi"), capabilityKpi(row.capability)},
        {key("level"), row.assessed ? QJsonValue(row.level) : none},
        {key("target"), row.assessed ? QJsonValue(row.target) : none},
        {key("gap"), row.assessed ? QJsonValue(row.gap) : none},
        {key("assessed_in"), row.assessed ? QJsonValue(row.assessedIn.toString()) : none},
        {key("evidence"), row.evidence},
        {key("kpi_value"), jsonNumber(row.kpiValue)},
        {key("kpi_period"), row.kpiPeriod},
        {key("kpi_unit"), row.kpiUnit},
        {key("kpi_computed"), row.kpiComputed},
        {key("trend"), trend},
    };
}

QJsonArray historyToJson(const std::vector<double> &values)
{
    QJsonArray array;
    for (double value : values)
        array.append(jsonNumber(value));
    return array;
}

QJsonArray rowsToJson(const std::vector<ScorecardRow> &rows)
{
    QJsonArray array;
    for (const ScorecardRow &row : rows) {
        array.append(QJsonObject{
            {key("key"), row.key}, {key("name"), row.name}, {key("unit"), row.unit},
            {key("higher_is_better"), row.higherIsBetter}, {key("target"), jsonNumber(row.target)},
            {key("actual"), jsonNumber(row.actual)}, {key("previous"), jsonNumber(row.previous)},
            {key("trend"), row.trend}, {key("status"), verdictKey(row.verdict)}, {key("history"), historyToJson(row.history)},
            {key("metric"), row.metric},
        });
    }
    return array;
}

QJsonObject estimateToJson(const Estimate &estimate)
{
    return {{key("difference"), jsonNumber(estimate.difference)}, {key("low"), jsonNumber(estimate.low)},
            {key("high"), jsonNumber(estimate.high)}, {key("significant"), estimate.significant()}};
}

QJsonObject armToJson(const ArmSummary &arm)
{
    return {{key("customers"), arm.customers}, {key("average_clv"), jsonNumber(arm.averageClv)},
            {key("retention"), jsonNumber(arm.retention)}, {key("revenue_per_customer"), jsonNumber(arm.revenuePerCustomer)}};
}

} // namespace

QJsonObject matrixToJson(const MaturityMatrix &matrix)
{
    QJsonArray quarters;
    for (const Quarter &quarter : matrix.quarters)
        quarters.append(quarter.toString());
    QJsonArray rows;
    for (const MatrixRow &row : matrix.rows)
        rows.append(rowToJson(row));
    return {{key("quarter"), matrix.quarter.toString()}, {key("quarters"), quarters}, {key("capabilities"), rows},
            {key("average_level"), jsonNumber(matrix.averageLevel)}, {key("average_gap"), jsonNumber(matrix.averageGap)}};
}

QJsonObject scorecardToJson(const Scorecard &scorecard)
{
    return {{key("window"), scorecard.window}, {key("window_quarters"), scorecard.windowQuarters},
            {key("quarters"), QJsonArray::fromStringList(scorecard.quarters)},
            {key("financial"), rowsToJson(scorecard.financial)}, {key("customer"), rowsToJson(scorecard.customer)}};
}

QJsonObject goalsToJson(const std::vector<Team> &teams, const std::vector<GoalProgress> &goals)
{
    QJsonArray teamArray;
    for (const Team &team : teams) {
        QJsonArray goalArray;
        for (const GoalProgress &progress : goals) {
            if (progress.goal.teamId != team.id)
                continue;
            goalArray.append(QJsonObject{
                {key("name"), progress.goal.name}, {key("indicator"), indicatorKey(progress.goal.indicator)},
                {key("driver"), driverName(progress.driver)}, {key("quarter"), progress.goal.period.toString()},
                {key("target"), progress.goal.target}, {key("actual"), jsonNumber(progress.actual)},
                {key("computed"), progress.computed}, {key("progress"), jsonNumber(progress.progress)},
                {key("status"), verdictKey(progress.verdict)},
            });
        }
        teamArray.append(QJsonObject{{key("name"), team.name}, {key("goals"), goalArray}});
    }
    return {{key("teams"), teamArray}};
}

QJsonObject guardrailsToJson(const std::vector<GuardrailWarning> &warnings)
{
    QJsonArray array;
    for (const GuardrailWarning &warning : warnings) {
        QJsonObject values;
        for (const auto &[name, value] : warning.values)
            values.insert(name, jsonNumber(value));
        array.append(QJsonObject{{key("rule"), warning.rule}, {key("subject"), warning.subject},
                                 {key("message"), warning.message}, {key("values"), values}});
    }
    return {{key("warnings"), array}};
}

QJsonObject channelsToJson(const std::vector<ChannelValue> &channels)
{
    QJsonArray array;
    for (const ChannelValue &c : channels) {
        array.append(QJsonObject{
            {key("channel"), c.channel}, {key("customers"), c.customers}, {key("cac"), jsonNumber(c.cac)},
            {key("average_clv"), jsonNumber(c.averageClv)}, {key("ltv_to_cac"), jsonNumber(c.ltvToCac)},
            {key("ltv_cac"), jsonNumber(c.ltvToCac)}, // the key of `segments` and `kpis`
            {key("payback_months"), jsonNumber(c.paybackMonths)}, {key("total_clv"), jsonNumber(c.totalClv)},
            {key("spend"), jsonNumber(c.spend)}, {key("net_value"), jsonNumber(c.netValue)},
        });
    }
    return {{key("channels"), array}};
}

QJsonObject experimentsToJson(const std::vector<ExperimentResult> &experiments)
{
    QJsonArray array;
    for (const ExperimentResult &r : experiments) {
        array.append(QJsonObject{
            {key("name"), r.experiment.name}, {key("hypothesis"), r.experiment.hypothesis},
            {key("from"), r.experiment.start.toString(Qt::ISODate)}, {key("to"), r.experiment.end.toString(Qt::ISODate)},
            {key("treatment"), armToJson(r.treatment)}, {key("control"), armToJson(r.control)},
            {key("incremental_clv"), estimateToJson(r.incrementalClv)},
            {key("incremental_retention"), estimateToJson(r.incrementalRetention)},
            {key("incremental_revenue"), estimateToJson(r.incrementalRevenue)}, {key("warning"), r.warning},
        });
    }
    return {{key("experiments"), array}};
}

} // namespace lodestar
