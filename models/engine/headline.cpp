#include "headline.h"

#include <functional>

namespace lodestar {

namespace {

Figure figure(const std::vector<KpiPeriod> &kpis, int latest, const std::function<double(const KpiPeriod &)> &get)
{
    Figure f;
    for (int i = 0; i <= latest; ++i)
        f.history.push_back(get(kpis[i]));
    if (latest >= 0)
        f.value = get(kpis[latest]);
    if (latest >= 1)
        f.previous = get(kpis[latest - 1]);
    return f;
}

} // namespace

Headline computeHeadline(const std::vector<KpiPeriod> &kpis)
{
    int latest = static_cast<int>(kpis.size()) - 1;
    while (latest >= 0 && !kpis[latest].complete)
        --latest;
    Headline h;
    if (latest >= 0)
        h.period = kpis[latest].label;
    h.averageClv = figure(kpis, latest, [](const KpiPeriod &k) { return k.averageClv; });
    h.totalClv = figure(kpis, latest, [](const KpiPeriod &k) { return k.totalClv; });
    h.revenue = figure(kpis, latest, [](const KpiPeriod &k) { return k.revenue; });
    h.activeCustomers = figure(kpis, latest, [](const KpiPeriod &k) { return static_cast<double>(k.activeCustomers); });
    h.retention = figure(kpis, latest, [](const KpiPeriod &k) { return k.retention; });
    h.ltvToCac = figure(kpis, latest, [](const KpiPeriod &k) { return k.ltvToCac; });
    h.atRiskRevenue = figure(kpis, latest, [](const KpiPeriod &k) { return k.atRiskRevenue; });
    return h;
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QList<std::pair<QString, const Figure *>> headlineFigures(const Headline &headline)
{
    return {{QStringLiteral("average_clv"), &headline.averageClv},
            {QStringLiteral("total_clv"), &headline.totalClv},
            {QStringLiteral("revenue"), &headline.revenue},
            {QStringLiteral("active_customers"), &headline.activeCustomers},
            {QStringLiteral("retention"), &headline.retention},
            {QStringLiteral("ltv_cac"), &headline.ltvToCac},
            {QStringLiteral("at_risk_revenue"), &headline.atRiskRevenue}};
}

QJsonObject headlineToJson(const Headline &headline)
{
    QJsonObject json{{QStringLiteral("period"), headline.period}};
    for (const auto &[key, f] : headlineFigures(headline))
        json.insert(key, QJsonObject{{QStringLiteral("value"), jsonNumber(f->value)},
                                     {QStringLiteral("previous"), jsonNumber(f->previous)},
                                     {QStringLiteral("change"), jsonNumber(f->change())}});
    return json;
}

} // namespace lodestar
