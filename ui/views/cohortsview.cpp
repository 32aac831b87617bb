#include "cohortsview.h"

#include "models/itemmodels/cohorttablemodel.h"
#include "models/itemmodels/valueformat.h"
#include "ui/charts/heatmapwidget.h"
#include "ui/charts/linechart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>

#include <cmath>

namespace lodestar::ui {

namespace {

using Metric = CohortTableModel::Metric;

charts::ValueFormat formatOf(Metric metric)
{
    return metric == Metric::CumulativeRevenuePerCustomer ? charts::ValueFormat::Money : charts::ValueFormat::Percent;
}

QString periodPattern(Period period)
{
    return period == Period::Month ? CohortsView::tr("Month %1") : CohortsView::tr("Quarter %1");
}

} // namespace

CohortsView::CohortsView(QWidget *parent)
    : View(parent)
    , m_metric(new QComboBox(this))
    , m_model(new CohortTableModel(this))
    , m_heatmap(new charts::HeatmapWidget(this))
    , m_curves(new charts::LineChart(charts::LineChart::XAxis::Numbers, this))
{
    for (const Metric metric : {Metric::CustomerRetention, Metric::RevenueRetention, Metric::CumulativeRevenuePerCustomer})
        m_metric->addItem(CohortTableModel::metricName(metric), static_cast<int>(metric));
    // No widget tooltip: it would replace the cell's own (value and cohort size) with instructions,
    // which the line above the heatmap already gives.
    m_heatmap->setAccessibleDescription(tr("Click a cohort to add it to or remove it from the curves below"));
    auto *selector = new QHBoxLayout;
    auto *label = new QLabel(tr("&Measure:"), this);
    label->setBuddy(m_metric);
    selector->addWidget(label);
    selector->addWidget(m_metric);
    selector->addWidget(new QLabel(tr("Click cohorts in the heatmap to compare their curves."), this));
    selector->addStretch();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_heatmap);
    splitter->addWidget(m_curves);
    splitter->setSizes({420, 380});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(selector);
    layout->addWidget(splitter, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setMetric(static_cast<Metric>(m_metric->currentData().toInt()));
        const QSet<int> selected = m_heatmap->selectedRows();
        showHeatmap();
        m_heatmap->setSelectedRows(selected);
        showCurves();
    });
    connect(m_heatmap, &charts::HeatmapWidget::rowToggled, this, &CohortsView::showCurves);
}

void CohortsView::setMetric(int metric)
{
    m_metric->setCurrentIndex(m_metric->findData(metric));
}

void CohortsView::showAnalysis(const AnalysisSnapshot &snapshot)
{
    m_model->setCohorts(snapshot.insights ? snapshot.insights->cohorts : CohortTable{});
    showHeatmap();
    // Start with the four most recent cohorts that have at least two observed periods.
    QSet<int> selected;
    for (int row = m_model->rowCount() - 1; row >= 0 && selected.size() < 4; --row) {
        if (m_model->isObserved(row, 1))
            selected.insert(row);
    }
    m_heatmap->setSelectedRows(selected);
    showCurves();
}

void CohortsView::showHeatmap()
{
    const Metric metric = m_model->metric();
    const CohortTable &cohorts = m_model->cohorts();
    QStringList columns;
    for (int period = 0; period < m_model->periodCount(); ++period)
        columns << QString::number(period);
    std::vector<std::vector<double>> values;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        std::vector<double> cells;
        for (int period = 0; period < m_model->periodCount(); ++period)
            cells.push_back(m_model->isObserved(row, period) ? m_model->matrix()[row][period] : std::nan(""));
        values.push_back(std::move(cells));
    }
    m_heatmap->setTitle(tr("%1 by acquisition cohort").arg(CohortTableModel::metricName(metric)));
    m_heatmap->setAxisTitles(tr("Cohort"), cohorts.period == Period::Month ? tr("Months since acquisition")
                                                                           : tr("Quarters since acquisition"));
    m_heatmap->setValueFormat(formatOf(metric));
    m_heatmap->setData(cohorts.cohorts, columns, values);
    QStringList sizes;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int size = row < static_cast<int>(cohorts.sizes.size()) ? cohorts.sizes[static_cast<std::size_t>(row)] : 0;
        sizes << tr("%n customer(s) acquired", nullptr, size);
    }
    m_heatmap->setRowDetails(sizes);
}

void CohortsView::showCurves()
{
    const Metric metric = m_model->metric();
    const CohortTable &cohorts = m_model->cohorts();
    std::vector<charts::LineSeries> series;
    QList<int> rows = m_heatmap->selectedRows().values();
    std::sort(rows.begin(), rows.end());
    for (const int row : rows) {
        charts::LineSeries observed{cohorts.cohorts.value(row), {}, false, static_cast<int>(series.size()), true};
        for (int period = 0; period < m_model->periodCount() && m_model->isObserved(row, period); ++period)
            observed.points.emplace_back(period, m_model->matrix()[row][period]);
        const int colour = observed.colourIndex;
        series.push_back(std::move(observed));
        // The model's continuation exists for cumulative revenue: dashed, in the cohort's colour.
        if (metric != Metric::CumulativeRevenuePerCustomer || row >= static_cast<int>(cohorts.projectedCumulativeRevenuePerCustomer.size()))
            continue;
        charts::LineSeries projected{tr("%1 (projected)").arg(cohorts.cohorts.value(row)), {}, true, colour, false};
        const auto &projection = cohorts.projectedCumulativeRevenuePerCustomer[static_cast<std::size_t>(row)];
        const int observedPeriods = row < static_cast<int>(cohorts.observedPeriods.size()) ? cohorts.observedPeriods[row] : 0;
        for (int period = std::max(0, observedPeriods - 1); period < static_cast<int>(projection.size()); ++period) {
            if (std::isfinite(projection[static_cast<std::size_t>(period)]))
                projected.points.emplace_back(period, projection[static_cast<std::size_t>(period)]);
        }
        if (projected.points.size() > 1)
            series.push_back(std::move(projected));
    }
    m_curves->setTitle(tr("%1: selected cohorts").arg(CohortTableModel::metricName(metric)));
    m_curves->setValueFormat(formatOf(metric));
    m_curves->setNumberLabel(periodPattern(cohorts.period));
    const QString yTitle = metric == Metric::CumulativeRevenuePerCustomer
                               ? tr("Per customer (%1)").arg(format::currencySymbol())
                               : tr("Share (%)");
    m_curves->setAxisTitles(cohorts.period == Period::Month ? tr("Months since acquisition") : tr("Quarters since acquisition"),
                            yTitle);
    m_curves->setSeries(series);
}

const QAbstractItemModel *CohortsView::exportTable() const
{
    return m_model;
}

charts::ChartWidget *CohortsView::exportChart() const
{
    return m_heatmap;
}

} // namespace lodestar::ui
