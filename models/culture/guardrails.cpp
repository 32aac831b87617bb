#include "guardrails.h"

#include "models/culture/rollingwindow.h"
#include "models/itemmodels/valueformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>

namespace lodestar {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(culture)
};

// Every figure in a warning is written in its metric's one format (format::metric).
QString percent(double share)
{
    return format::percent(share);
}

class GuardrailChecker
{
public:
    GuardrailChecker(const QuarterlyFacts &facts, const CultureSettings &settings)
        : m_facts(facts), m_settings(settings), m_last(facts.lastComplete()), m_window(std::max(settings.windowQuarters, 1))
    {
    }

    std::vector<double> series(const std::function<double(const QuarterFacts &)> &pick) const
    {
        return m_facts.series(pick, m_last);
    }

    void discountErosion(std::vector<GuardrailWarning> &out) const;
    void afterExpansion(std::vector<GuardrailWarning> &out) const;
    void buyingRevenue(const EngineSeries &engine, std::vector<GuardrailWarning> &out) const;
    void cohortRetention(std::vector<GuardrailWarning> &out) const;

private:
    const QuarterlyFacts &m_facts;
    const CultureSettings &m_settings;
    int m_last;
    int m_window;
};

void GuardrailChecker::discountErosion(std::vector<GuardrailWarning> &out) const
{
    const WindowValues discount = rollingMeans(series([](const QuarterFacts &f) { return f.discountRate; }), m_last, m_window);
    const WindowValues margin = rollingMeans(series([](const QuarterFacts &f) { return f.grossMargin; }), m_last, m_window);
    const double rise = discount.current - discount.previous;
    const double fall = margin.previous - margin.current;
    if (!(rise >= m_settings.minDiscountRise && fall >= m_settings.minMarginFall))
        return;
    out.push_back({QStringLiteral("discount-erosion"), {},
                   Text::tr("Average discount rose from %1 to %2 while gross margin fell from %3 to %4 (last %5 quarters against the %5 before).")
                       .arg(percent(discount.previous), percent(discount.current), percent(margin.previous), percent(margin.current))
                       .arg(m_window),
                   {{QStringLiteral("discount_before"), discount.previous}, {QStringLiteral("discount_now"), discount.current},
                    {QStringLiteral("margin_before"), margin.previous}, {QStringLiteral("margin_now"), margin.current}}});
}

// Expansions that are followed by churn or refunds were pushed, not earned.
void GuardrailChecker::afterExpansion(std::vector<GuardrailWarning> &out) const
{
    const auto churn = series([](const QuarterFacts &f) { return f.churnAfterExpansion; });
    const WindowValues after = rollingMeans(churn, m_last, m_window);
    if (after.lastIndex < 0)
        return;
    const int first = std::max(0, after.lastIndex - m_window + 1);
    int expanded = 0;
    for (int i = first; i <= after.lastIndex; ++i)
        expanded += m_facts.quarters[static_cast<std::size_t>(i)].expandedCustomers;
    if (expanded < m_settings.minExpandedCustomers)
        return;
    const double baseline = rollingMeans(series([](const QuarterFacts &f) { return f.churnBaseline; }), after.lastIndex, m_window).current;
    if (after.current >= m_settings.expansionSpikeRatio * baseline && after.current > baseline) {
        out.push_back({QStringLiteral("expansion-churn"), {},
                       Text::tr("%1 of the %2 customers who expanded stopped buying the next quarter, against %3 of other repeat customers.")
                           .arg(percent(after.current)).arg(expanded).arg(percent(baseline)),
                       {{QStringLiteral("expanded_customers"), double(expanded)}, {QStringLiteral("churn_after_expansion"), after.current},
                        {QStringLiteral("churn_baseline"), baseline}}});
    }
    const double refunds = rollingMeans(series([](const QuarterFacts &f) { return f.refundsAfterExpansion; }), after.lastIndex, m_window).current;
    const double refundBase = rollingMeans(series([](const QuarterFacts &f) { return f.refundsBaseline; }), after.lastIndex, m_window).current;
    if (refunds >= m_settings.expansionSpikeRatio * refundBase && refunds > refundBase && refunds > 0.0) {
        out.push_back({QStringLiteral("expansion-refunds"), {},
                       Text::tr("Customers who expanded refunded %1 of their next-quarter purchases, against %2 for other repeat customers.")
                           .arg(percent(refunds), percent(refundBase)),
                       {{QStringLiteral("expanded_customers"), double(expanded)}, {QStringLiteral("refunds_after_expansion"), refunds},
                        {QStringLiteral("refunds_baseline"), refundBase}}});
    }
}

void GuardrailChecker::buyingRevenue(const EngineSeries &engine, std::vector<GuardrailWarning> &out) const
{
    const double revenueGrowth = windowGrowth(series([](const QuarterFacts &f) { return f.revenue; }), m_last, m_window);
    std::vector<double> clv(engine.averageClv.begin(), engine.averageClv.begin() + std::min<std::ptrdiff_t>(m_last + 1, std::ssize(engine.averageClv)));
    const WindowValues clvWindow = rollingMeans(clv, m_last, m_window);
    if (clvWindow.currentCount < m_window || !(clvWindow.previous > 0.0))
        return;
    const double clvGrowth = clvWindow.current / clvWindow.previous - 1.0;
    if (revenueGrowth > 0.0 && clvGrowth < 0.0) {
        out.push_back({QStringLiteral("buying-revenue"), {},
                       Text::tr("Revenue grew %1 while average CLV fell %2: growth may be bought with customers worth less.")
                           .arg(percent(revenueGrowth), percent(-clvGrowth)),
                       {{QStringLiteral("revenue_growth"), revenueGrowth}, {QStringLiteral("clv_growth"), clvGrowth}}});
    }
}

void GuardrailChecker::cohortRetention(std::vector<GuardrailWarning> &out) const
{
    const int cohorts = std::max(m_settings.cohortsCompared, 1);
    const WindowValues retention = rollingMeans(series([](const QuarterFacts &f) { return f.cohortRetention; }), m_last, cohorts);
    const double drop = retention.previous - retention.current;
    if (!(drop >= m_settings.cohortRetentionDrop))
        return;
    out.push_back({QStringLiteral("cohort-retention"), {},
                   Text::tr("The newest %1 cohorts kept %2 of their customers into the next quarter, against %3 for the %1 cohorts before.")
                       .arg(cohorts).arg(percent(retention.current), percent(retention.previous)),
                   {{QStringLiteral("newest_cohorts"), retention.current}, {QStringLiteral("earlier_cohorts"), retention.previous}}});
}

void checkChannels(const std::vector<ChannelValue> &channels, const CultureSettings &settings, std::vector<GuardrailWarning> &out)
{
    for (const ChannelValue &channel : channels) {
        if (channel.ltvToCac < settings.minLtvToCac) {
            out.push_back({QStringLiteral("channel-ltv-cac"), channel.channel,
                           Text::tr("%1: customers are worth %2 on average but cost %3 to acquire (LTV:CAC %4, below %5).")
                               .arg(channel.channel, format::metric(MetricUnit::Money, channel.averageClv), format::metric(MetricUnit::Money, channel.cac),
                                    format::ratio(channel.ltvToCac), format::ratio(settings.minLtvToCac)),
                           {{QStringLiteral("ltv_to_cac"), channel.ltvToCac}, {QStringLiteral("cac"), channel.cac},
                            {QStringLiteral("average_clv"), channel.averageClv}, {QStringLiteral("customers"), double(channel.customers)}}});
        }
        if (channel.paybackMonths > settings.maxPaybackMonths) {
            out.push_back({QStringLiteral("channel-payback"), channel.channel,
                           Text::tr("%1: acquisition cost takes %2 months of margin to pay back (limit %3).")
                               .arg(channel.channel, format::months(channel.paybackMonths), format::months(settings.maxPaybackMonths)),
                           {{QStringLiteral("payback_months"), channel.paybackMonths}, {QStringLiteral("cac"), channel.cac}}});
        }
    }
}

} // namespace

std::vector<GuardrailWarning> evaluateGuardrails(const QuarterlyFacts &facts, const EngineSeries &engine,
                                                 const std::vector<ChannelValue> &channels, const CultureSettings &settings)
{
    std::vector<GuardrailWarning> warnings;
    const GuardrailChecker checker(facts, settings);
    checker.discountErosion(warnings);
    checker.afterExpansion(warnings);
    checker.buyingRevenue(engine, warnings);
    checker.cohortRetention(warnings);
    checkChannels(channels, settings, warnings);
    return warnings;
}

} // namespace lodestar
