#include "overviewview.h"

#include "scorecard.h"
#include "scorecardrow.h"
#include "tableviews.h"
#include "models/engine/headline.h"
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

QStringList periodLabels(const std::vector<KpiPeriod> &kpis)
{
    QStringList labels;
    for (const KpiPeriod &period : kpis)
        labels << period.label;
    return labels;
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
    , m_trend(new charts::LineChart(charts::LineChart::XAxis::Periods, this))
    , m_growth(new charts::LineChart(charts::LineChart::XAxis::Periods, this))
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
    auto *row = new ScorecardRow(this);
    // The headline's figures (headlineFigures) in their order; each tile is the registry's metric of that key.
    const Headline none;
    for (const auto &[key, figure] : headlineFigures(none)) {
        Q_UNUSED(figure);
        auto *card = new Scorecard(lodestar::metric(key), row);  // qualified: QPaintDevice::metric hides it here
        row->addTile(card);
        m_scorecards.push_back(card);
    }
    m_scorecardRow = row;
    return row;
}

void OverviewView::showAnalysis(const AnalysisSnapshot &snapshot)
{
    const Insights empty;
    const Insights &insights = snapshot.insights ? *snapshot.insights : empty;
    m_analysis = snapshot;
    showScorecards(insights);
    showTrend(insights);
    showGrowth(insights);
    showMix(insights);
    m_kpis->setPeriods(insights.kpis);
    m_kpiTable->resizeColumnsToContents();
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
    const auto figures = headlineFigures(headline);
    for (std::size_t i = 0; i < m_scorecards.size() && i < static_cast<std::size_t>(figures.size()); ++i) {
        m_scorecards[i]->setFigure(*figures[static_cast<qsizetype>(i)].second, headline.period);
        // LTV:CAC needs what acquisition cost: say what would unlock it rather than "no previous period".
        if (figures[static_cast<qsizetype>(i)].first == QLatin1String("ltv_cac") && !format::known(headline.ltvToCac.value)
            && m_analysis.data && m_analysis.data->spend.empty())
            m_scorecards[i]->setMissingReason(tr("Import marketing spend to see it"));
    }
    m_scorecardRow->refit();
}

void OverviewView::showTrend(const Insights &insights)
{
    // A period that could not be valued at its end is a gap, said in the title rather than drawn as a
    // value. The usual gaps are the first periods (too little history yet): "none before 2023Q4" keeps
    // the title short enough to read whole, however many periods that is.
    QStringList unvalued;
    for (const KpiPeriod &k : insights.kpis)
        if (!k.clvKnown)
            unvalued << k.label;
    std::size_t leading = 0;
    while (leading < insights.kpis.size() && !insights.kpis[leading].clvKnown)
        ++leading;
    QString title = tr("Average CLV by %1").arg(periodWord(insights));
    if (!unvalued.isEmpty() && leading == static_cast<std::size_t>(unvalued.size()) && leading < insights.kpis.size())
        title += QLatin1Char(' ') + tr("(none before %1: too little data to fit)").arg(insights.kpis.at(leading).label);
    else if (!unvalued.isEmpty())
        title += QLatin1Char(' ') + tr("(no value for %1: too little data to fit at the period end)").arg(unvalued.join(QStringLiteral(", ")));
    m_trend->setTitle(title);
    m_trend->setAxisTitles(tr("Period"), tr("Average CLV (%1)").arg(format::currencySymbol()));
    m_trend->setPeriods(periodLabels(insights.kpis));
    auto clv = charts::LineSeries::fromPeriods(tr("Average CLV"), column(insights.kpis, &KpiPeriod::averageClv));
    clv.markers = insights.kpis.size() <= 16;
    m_trend->setSeries({clv});
}

void OverviewView::showGrowth(const Insights &insights)
{
    m_growth->setTitle(tr("CLV growth vs revenue growth, per %1").arg(periodWord(insights)));
    m_growth->setAxisTitles(tr("Period"), tr("Growth (%)"));
    m_growth->setPeriods(periodLabels(insights.kpis));
    auto clv = charts::LineSeries::fromPeriods(tr("CLV growth"), column(insights.kpis, &KpiPeriod::clvGrowth));
    auto revenue = charts::LineSeries::fromPeriods(tr("Revenue growth"), column(insights.kpis, &KpiPeriod::revenueGrowth));
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
