#include "scorecard.h"

#include "models/culture/rollingwindow.h"
#include "models/engine/metricregistry.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace lodestar {

namespace {

class ScorecardBuilder
{
public:
    ScorecardBuilder(const QuarterlyFacts &facts, const CultureSettings &settings)
        : m_facts(facts), m_settings(settings), m_last(facts.lastComplete()), m_window(std::max(settings.windowQuarters, 1))
    {
    }

    std::vector<double> series(const std::function<double(const QuarterFacts &)> &pick) const
    {
        return m_facts.series(pick, m_last);
    }

    std::vector<double> head(const std::vector<double> &values) const
    {
        return {values.begin(), values.begin() + std::min<std::ptrdiff_t>(m_last + 1, static_cast<std::ptrdiff_t>(values.size()))};
    }

    ScorecardRow meanRow(const char *key, const std::vector<double> &values, double target) const
    {
        const WindowValues window = rollingMeans(values, m_last, m_window);
        return finish(row(key, key, target, window.current, window.previous, values));
    }

    // A stock measured at a quarter's end (LTV:CAC of the customers acquired by then): the last
    // complete quarter's value, against the value one window earlier.
    ScorecardRow pointRow(const char *key, const char *metricId, const std::vector<double> &values, double target) const
    {
        const auto at = [&](int i) { return i >= 0 && i < static_cast<int>(values.size()) ? values[static_cast<std::size_t>(i)] : kUnknown; };
        return finish(row(key, metricId, target, at(m_last), at(m_last - m_window), head(values)));
    }

    // Name, unit and direction come from the metric registry, so the scorecard cannot name or format a metric its own way.
    static ScorecardRow row(const char *key, const char *metricId, double target, double actual, double previous,
                            std::vector<double> history)
    {
        const MetricDefinition &definition = metric(QString::fromLatin1(metricId));
        return {QLatin1String(key), definition.displayName(), metricUnitKey(definition.unit), definition.higherIsBetter, target,
                actual, previous, {}, Verdict::NoData, std::move(history), definition.key()};
    }

    // Growth of a window's total (or mean) over the window before; its trend compares with the growth one window earlier.
    ScorecardRow growthRow(const char *key, const std::vector<double> &values, double target, bool mean) const
    {
        auto growth = [&](int upTo) {
            if (!mean)
                return windowGrowth(values, upTo, m_window);
            const WindowValues w = rollingMeans(values, upTo, m_window);
            return (w.currentCount == m_window && w.previous > 0.0) ? w.current / w.previous - 1.0 : kUnknown;
        };
        std::vector<double> history(values.size(), kUnknown);
        for (std::size_t i = 1; i < values.size(); ++i) {
            if (values[i - 1] > 0.0 && !std::isnan(values[i]))
                history[i] = values[i] / values[i - 1] - 1.0;
        }
        return finish(row(key, key, target, growth(m_last), growth(m_last - m_window), history));
    }

    ScorecardRow finish(ScorecardRow row) const
    {
        row.trend = trendKey(row.actual, row.previous);
        row.verdict = judge(row.actual, row.target, row.higherIsBetter, m_settings.watchTolerance);
        return row;
    }

    Scorecard start() const
    {
        Scorecard card;
        card.windowQuarters = m_window;
        for (int i = 0; i <= m_last; ++i)
            card.quarters << m_facts.quarters[static_cast<std::size_t>(i)].quarter.toString();
        if (m_last >= 0) {
            const int first = std::max(0, m_last - m_window + 1);
            card.window = card.quarters.at(first) + (first == m_last ? QString() : QStringLiteral("–") + card.quarters.at(m_last));
        }
        return card;
    }

private:
    const QuarterlyFacts &m_facts;
    const CultureSettings &m_settings;
    int m_last;
    int m_window;
};

} // namespace

Scorecard computeScorecard(const QuarterlyFacts &facts, const EngineSeries &engine, const CultureSettings &settings)
{
    const ScorecardBuilder b(facts, settings);
    Scorecard card = b.start();
    const auto clv = b.head(engine.averageClv);
    ScorecardRow averageClv = b.meanRow("average-clv", clv, kUnknown);
    averageClv.target = averageClv.previous; // at least hold the value customers had
    averageClv = b.finish(averageClv);
    card.financial = {
        b.growthRow("revenue-growth", b.series([](const QuarterFacts &f) { return f.revenue; }), settings.targetRevenueGrowth, false),
        b.meanRow("gross-margin", b.series([](const QuarterFacts &f) { return f.grossMargin; }), settings.targetGrossMargin),
        averageClv,
        b.growthRow("clv-growth", clv, settings.targetClvGrowth, true),
        b.meanRow("expansion-rate", b.series([](const QuarterFacts &f) { return f.expansionRate; }), settings.targetExpansionRate),
        b.pointRow("ltv-to-cac", "ltv_cac", engine.ltvToCac, settings.targetLtvToCac),
    };
    const auto cohort = b.series([](const QuarterFacts &f) { return f.cohortRetention; });
    std::vector<double> churn = b.head(engine.firstPeriodChurn);
    // Without the engine's figure, first-period churn is the cohort that never came back next quarter.
    if (std::all_of(churn.begin(), churn.end(), [](double v) { return std::isnan(v); })) {
        churn = cohort;
        for (double &value : churn)
            value = 1.0 - value;
    }
    card.customer = {
        b.meanRow("cohort-retention", cohort, settings.targetCohortRetention),
        b.meanRow("first-period-churn", churn, settings.targetFirstPeriodChurn),
        b.meanRow("second-purchase-rate", b.series([](const QuarterFacts &f) { return f.secondPurchaseRate; }), settings.targetSecondPurchaseRate),
        b.meanRow("days-to-second-purchase", b.series([](const QuarterFacts &f) { return f.medianDaysToSecondPurchase; }), settings.targetDaysToSecondPurchase),
        b.meanRow("nps", b.series([](const QuarterFacts &f) { return f.nps; }), settings.targetNps),
        b.meanRow("satisfaction", b.series([](const QuarterFacts &f) { return f.satisfaction; }), settings.targetSatisfaction),
    };
    return card;
}

} // namespace lodestar
