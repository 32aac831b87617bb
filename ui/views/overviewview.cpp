#include "overviewview.h"

#include "scorecard.h"
#include "tableviews.h"
#include "models/engine/segmentlabel.h"
#include "models/itemmodels/kpitablemodel.h"
#include "models/itemmodels/valueformat.h"
#include "ui/charts/barchart.h"
#include "ui/charts/linechart.h"
#include "ui/culture/culturecache.h"
#include "ui/culture/guardrailbanner.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QTableView>

namespace lodestar::ui {

namespace {

std::vector<QDate> periodStarts(const std::vector<KpiPeriod> &kpis)
{
    std::vector<QDate> dates;
    for (const KpiPeriod &period : kpis)
        dates.push_back(period.start);
    return dates;
}

template <typename Field>
std::vector<double> column(const std::vector<KpiPeriod> &kpis, Field field)
{
    std::vector<double> values;
    for (const KpiPeriod &period : kpis)
        values.push_back(period.*field);
    return values;
}

QString periodWord(const Insights &insights)
{
    return insights.filter.period == Period::Month ? OverviewView::tr("month") : OverviewView::tr("quarter");
}

} // namespace

OverviewView::OverviewView(CultureCache *culture, QWidget *parent)
    : View(parent)
    , m_trend(new charts::LineChart(charts::LineChart::XAxis::Dates, this))
    , m_growth(new charts::LineChart(charts::LineChart::XAxis::Dates, this))
    , m_mix(new charts::BarChart(this))
    , m_kpis(new KpiTableModel(this))
    , m_kpiTable(createTableView(this))
    , m_culture(culture)
    , m_guardrails(new GuardrailBanner(1, this))
{
    m_trend->setValueFormat(charts::ValueFormat::Money);
    m_growth->setValueFormat(charts::ValueFormat::Percent);
    m_mix->setValueFormat(charts::ValueFormat::Percent);
    m_mix->setTitle(tr("Segment mix: share of customers vs share of CLV"));
    m_mix->setValueAxisTitle(tr("Share (%)"));
    m_kpiTable->setModel(m_kpis);
    m_kpiTable->setAccessibleName(tr("KPIs per period"));

    auto *charts = new QGridLayout;
    charts->addWidget(m_trend, 0, 0);
    charts->addWidget(m_growth, 0, 1);
    charts->addWidget(m_mix, 1, 0);
    charts->addWidget(m_kpiTable, 1, 1);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_guardrails);
    layout->addWidget(createScorecards());
    layout->addLayout(charts, 1);
    // A changed threshold or goal shows here at once, not at the next analysis.
    if (m_culture)
        connect(m_culture, &CultureCache::changed, this, &OverviewView::showGuardrails);
}

QWidget *OverviewView::createScorecards()
{
    using charts::ValueFormat;
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString &title, ValueFormat format, bool higherIsBetter) {
        auto *card = new Scorecard(title, format, higherIsBetter, row);
        layout->addWidget(card);
        m_scorecards.push_back(card);
    };
    add(tr("Average CLV"), ValueFormat::Money, true);
    add(tr("Total CLV"), ValueFormat::Money, true);
    add(tr("Revenue"), ValueFormat::Money, true);
    add(tr("Active customers"), ValueFormat::Count, true);
    add(tr("Retention"), ValueFormat::Percent, true);
    add(tr("LTV:CAC"), ValueFormat::Number, true);
    add(tr("At-risk revenue"), ValueFormat::Money, false);
    return row;
}

void OverviewView::showAnalysis(const AnalysisSnapshot &snapshot)
{
    const Insights empty;
    const Insights &insights = snapshot.insights ? *snapshot.insights : empty;
    showScorecards(insights);
    showTrend(insights);
    showGrowth(insights);
    showMix(insights);
    m_kpis->setPeriods(insights.kpis);
    m_kpiTable->resizeColumnsToContents();
    m_analysis = snapshot;
    showGuardrails();
}

void OverviewView::showGuardrails()
{
    const auto culture = m_culture ? m_culture->snapshot(m_analysis) : nullptr;
    m_guardrails->setWarnings(culture ? culture->warnings : std::vector<GuardrailWarning>{});
}

void OverviewView::showScorecards(const Insights &insights)
{
    const Headline &headline = insights.headline;
    const Figure *figures[] = {&headline.averageClv, &headline.totalClv, &headline.revenue, &headline.activeCustomers,
                               &headline.retention, &headline.ltvToCac, &headline.atRiskRevenue};
    for (std::size_t i = 0; i < m_scorecards.size(); ++i)
        m_scorecards[i]->setFigure(*figures[i], headline.period);
}

void OverviewView::showTrend(const Insights &insights)
{
    // A period that could not be valued at its end is a gap, said in the title rather than drawn as a value.
    QStringList unvalued;
    for (const KpiPeriod &k : insights.kpis)
        if (!k.clvKnown)
            unvalued << k.label;
    QString title = tr("Average CLV by %1").arg(periodWord(insights));
    if (!unvalued.isEmpty())
        title += QLatin1Char(' ') + tr("(no value for %1: too little data to fit at the period end)").arg(unvalued.join(QStringLiteral(", ")));
    m_trend->setTitle(title);
    m_trend->setAxisTitles(tr("Period start"), tr("Average CLV (%1)").arg(format::currencySymbol()));
    m_trend->setSeries({charts::LineSeries::fromDates(tr("Average CLV"), periodStarts(insights.kpis),
                                                      column(insights.kpis, &KpiPeriod::averageClv))});
}

void OverviewView::showGrowth(const Insights &insights)
{
    m_growth->setTitle(tr("CLV growth vs revenue growth, per %1").arg(periodWord(insights)));
    m_growth->setAxisTitles(tr("Period start"), tr("Growth vs previous period (%)"));
    const auto dates = periodStarts(insights.kpis);
    auto clv = charts::LineSeries::fromDates(tr("CLV growth"), dates, column(insights.kpis, &KpiPeriod::clvGrowth));
    auto revenue = charts::LineSeries::fromDates(tr("Revenue growth"), dates, column(insights.kpis, &KpiPeriod::revenueGrowth));
    clv.markers = revenue.markers = insights.kpis.size() <= 16;
    m_growth->setSeries({clv, revenue});
}

void OverviewView::showMix(const Insights &insights)
{
    QStringList tiers;
    charts::BarSet customers{tr("Share of customers"), {}};
    charts::BarSet clv{tr("Share of CLV"), {}};
    for (const SegmentSummary &segment : insights.byTier) {
        tiers << segmentLabel(segment.key);
        customers.values.push_back(segment.customerShare);
        clv.values.push_back(segment.clvShare);
    }
    m_mix->setData(tiers, {customers, clv});
}

const QAbstractItemModel *OverviewView::exportTable() const
{
    return m_kpis;
}

charts::ChartWidget *OverviewView::exportChart() const
{
    return m_trend;
}

} // namespace lodestar::ui
