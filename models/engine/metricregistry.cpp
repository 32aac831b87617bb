#include "metricregistry.h"

#include "models/itemmodels/valueformat.h"

#include <QCoreApplication>

namespace lodestar {

namespace {

constexpr const char *kLatestPeriod = QT_TRANSLATE_NOOP("metrics", "The latest complete period.");
constexpr const char *kScorecardWindow = QT_TRANSLATE_NOOP("metrics", "Mean over the scorecard's trailing window of complete quarters.");
constexpr const char *kDataEnd = QT_TRANSLATE_NOOP("metrics", "Customers acquired up to the data end.");

// The order is that of the overview tiles, then the balanced scorecard, then the channel table.
const std::vector<MetricDefinition> kMetrics = {
    {"average_clv", QT_TRANSLATE_NOOP("metrics", "Average CLV"),
     QT_TRANSLATE_NOOP("metrics", "Total CLV of the customers acquired by the period's end ÷ those of them with a CLV."),
     MetricUnit::Money, kLatestPeriod, true},
    {"total_clv", QT_TRANSLATE_NOOP("metrics", "Total CLV"),
     QT_TRANSLATE_NOOP("metrics", "Sum of the CLV of every customer acquired by the period's end, under the CLV definition."),
     MetricUnit::Money, kLatestPeriod, true},
    {"revenue", QT_TRANSLATE_NOOP("metrics", "Revenue"),
     QT_TRANSLATE_NOOP("metrics", "Net revenue of the period's transactions; refunds subtract."), MetricUnit::Money, kLatestPeriod, true},
    {"active_customers", QT_TRANSLATE_NOOP("metrics", "Active customers"),
     QT_TRANSLATE_NOOP("metrics", "Customers with at least one purchase in the period."), MetricUnit::Count, kLatestPeriod, true},
    {"retention", QT_TRANSLATE_NOOP("metrics", "Retention"),
     QT_TRANSLATE_NOOP("metrics", "Share of the previous period's active customers who are active again in the period."),
     MetricUnit::Percent, kLatestPeriod, true},
    {"ltv_cac", QT_TRANSLATE_NOOP("metrics", "LTV:CAC"),
     QT_TRANSLATE_NOOP("metrics", "Average CLV ÷ average acquisition cost (CAC) of the customers who have both a CLV and a known "
                                  "acquisition cost, acquired by the period's end (channel tables: by the data end)."),
     MetricUnit::Ratio, kLatestPeriod, true},
    {"at_risk_revenue", QT_TRANSLATE_NOOP("metrics", "At-risk revenue"),
     QT_TRANSLATE_NOOP("metrics", "Revenue of the 12 months to the period's end from customers whose probability of being "
                                  "alive is now below the threshold."),
     MetricUnit::Money, kLatestPeriod, false},
    {"revenue-growth", QT_TRANSLATE_NOOP("metrics", "Revenue growth"),
     QT_TRANSLATE_NOOP("metrics", "Net revenue of the trailing window ÷ net revenue of the window before, minus one."),
     MetricUnit::Percent, kScorecardWindow, true},
    {"gross-margin", QT_TRANSLATE_NOOP("metrics", "Gross margin"),
     QT_TRANSLATE_NOOP("metrics", "(Sales − cost) ÷ sales over the transactions with a known cost."), MetricUnit::Percent,
     kScorecardWindow, true},
    {"average-clv", QT_TRANSLATE_NOOP("metrics", "Average CLV"),
     QT_TRANSLATE_NOOP("metrics", "The quarterly average CLV (as on the overview) averaged over the quarters of the window; "
                                  "the target is to hold the window before."),
     MetricUnit::Money, kScorecardWindow, true},
    {"clv-growth", QT_TRANSLATE_NOOP("metrics", "Average CLV growth"),
     QT_TRANSLATE_NOOP("metrics", "Mean average CLV of the trailing window ÷ that of the window before, minus one."),
     MetricUnit::Percent, kScorecardWindow, true},
    {"expansion-rate", QT_TRANSLATE_NOOP("metrics", "Upsell / expansion rate"),
     QT_TRANSLATE_NOOP("metrics", "Of the customers active in a quarter and the one before, the share who spent more by the "
                                  "expansion threshold."),
     MetricUnit::Percent, kScorecardWindow, true},
    {"cohort-retention", QT_TRANSLATE_NOOP("metrics", "Retention of newest cohorts"),
     QT_TRANSLATE_NOOP("metrics", "Share of a quarter's new customers who buy again in the next quarter."), MetricUnit::Percent,
     kScorecardWindow, true},
    {"first-period-churn", QT_TRANSLATE_NOOP("metrics", "First-period churn"),
     QT_TRANSLATE_NOOP("metrics", "Share of a quarter's new customers who do not buy in the next quarter."), MetricUnit::Percent,
     kScorecardWindow, false},
    {"second-purchase-rate", QT_TRANSLATE_NOOP("metrics", "Activation (second purchase in 90 days)"),
     QT_TRANSLATE_NOOP("metrics", "Share of a quarter's new customers who buy again within 90 days of their first purchase."),
     MetricUnit::Percent, kScorecardWindow, true},
    {"days-to-second-purchase", QT_TRANSLATE_NOOP("metrics", "Days to second purchase (median)"),
     QT_TRANSLATE_NOOP("metrics", "Median days from a new customer's first purchase to their second."), MetricUnit::Days,
     kScorecardWindow, false},
    {"nps", QT_TRANSLATE_NOOP("metrics", "NPS"),
     QT_TRANSLATE_NOOP("metrics", "Percentage of promoters (9–10) minus percentage of detractors (0–6) among survey answers."),
     MetricUnit::Points, kScorecardWindow, true},
    {"satisfaction", QT_TRANSLATE_NOOP("metrics", "Satisfaction (mean score)"),
     QT_TRANSLATE_NOOP("metrics", "Mean satisfaction score (0–10) of the survey answers."), MetricUnit::Score, kScorecardWindow,
     true},
    {"cac", QT_TRANSLATE_NOOP("metrics", "CAC"),
     QT_TRANSLATE_NOOP("metrics", "Average acquisition cost of the customers who have both a CLV and a known acquisition cost "
                                  "(the import's cost, else the channel's spend ÷ its customers)."),
     MetricUnit::Money, kDataEnd, false},
    {"payback_months", QT_TRANSLATE_NOOP("metrics", "Payback (months)"),
     QT_TRANSLATE_NOOP("metrics", "Months of gross margin it takes to earn the acquisition cost back: average CAC ÷ the gross "
                                  "margin earned per customer-month since first purchase, over the same customers as LTV:CAC."),
     MetricUnit::Months, kDataEnd, false},
};

struct UnitKey
{
    MetricUnit unit;
    QLatin1StringView key;
};

constexpr UnitKey kUnitKeys[] = {
    {MetricUnit::Money, QLatin1StringView("money")},   {MetricUnit::Ratio, QLatin1StringView("ratio")},
    {MetricUnit::Months, QLatin1StringView("months")}, {MetricUnit::Percent, QLatin1StringView("percent")},
    {MetricUnit::PercentagePoints, QLatin1StringView("pp")}, {MetricUnit::Count, QLatin1StringView("count")},
    {MetricUnit::Days, QLatin1StringView("days")},     {MetricUnit::Points, QLatin1StringView("points")},
    {MetricUnit::Score, QLatin1StringView("score")},   {MetricUnit::Number, QLatin1StringView("number")},
};

} // namespace

MetricUnit metricUnitFromKey(QStringView key)
{
    for (const UnitKey &entry : kUnitKeys)
        if (key == entry.key)
            return entry.unit;
    return MetricUnit::Number;
}

QString metricUnitKey(MetricUnit unit)
{
    for (const UnitKey &entry : kUnitKeys)
        if (entry.unit == unit)
            return entry.key.toString();
    return QStringLiteral("number");
}

QString MetricDefinition::displayName() const
{
    return QCoreApplication::translate("metrics", name);
}

QString MetricDefinition::formulaText() const
{
    return QCoreApplication::translate("metrics", formula);
}

QString MetricDefinition::windowText() const
{
    return QCoreApplication::translate("metrics", window);
}

QString MetricDefinition::format(double value) const
{
    return format::metric(unit, value);
}

QString MetricDefinition::tooltip() const
{
    return QCoreApplication::translate("metrics", "%1: %2 %3", "metric tooltip: name, formula, window")
        .arg(displayName(), formulaText(), windowText());
}

const std::vector<MetricDefinition> &metricRegistry()
{
    return kMetrics;
}

const MetricDefinition *findMetric(QStringView id)
{
    for (const MetricDefinition &definition : kMetrics)
        if (id == QLatin1StringView(definition.id))
            return &definition;
    return nullptr;
}

const MetricDefinition &metric(QStringView id)
{
    const MetricDefinition *definition = findMetric(id);
    Q_ASSERT_X(definition, "metric", "unknown metric id");
    return definition ? *definition : kMetrics.front();
}

} // namespace lodestar
