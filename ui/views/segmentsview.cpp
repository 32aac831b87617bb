#include "segmentsview.h"

#include "tableviews.h"
#include "models/engine/segmentlabel.h"
#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/segmenttablemodel.h"
#include "ui/charts/barchart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>

namespace lodestar::ui {

namespace {

// Whole sentences per dimension: word order and capitalisation differ between languages ("by tier",
// "nach Wertstufe"), so lower-casing the combo box text does not work.
QString chartTitle(SegmentDimension dimension)
{
    switch (dimension) {
    case SegmentDimension::Rfm: return SegmentsView::tr("Share of CLV vs share of customers by RFM segment");
    case SegmentDimension::Channel: return SegmentsView::tr("Share of CLV vs share of customers by channel");
    case SegmentDimension::Region: return SegmentsView::tr("Share of CLV vs share of customers by region");
    case SegmentDimension::Plan: return SegmentsView::tr("Share of CLV vs share of customers by plan");
    case SegmentDimension::Tier: break;
    }
    return SegmentsView::tr("Share of CLV vs share of customers by tier");
}

} // namespace

SegmentsView::SegmentsView(QWidget *parent)
    : View(parent)
    , m_dimension(new QComboBox(this))
    , m_model(new SegmentTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(createTableView(this))
    , m_chart(new charts::BarChart(this))
{
    for (const SegmentDimension dimension : {SegmentDimension::Tier, SegmentDimension::Rfm, SegmentDimension::Channel,
                                             SegmentDimension::Region, SegmentDimension::Plan})
        m_dimension->addItem(dimensionName(dimension), static_cast<int>(dimension));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(RawValueRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SegmentTableModel::TotalClv, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(SegmentTableModel::Segment, QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Double-click a segment to see its customers"));
    m_table->setAccessibleName(tr("Segments"));
    m_chart->setValueFormat(charts::ValueFormat::Percent);
    m_chart->setValueAxisTitle(tr("Share (%)"));

    auto *selector = new QHBoxLayout;
    auto *label = new QLabel(tr("&Group customers by:"), this);
    label->setBuddy(m_dimension);
    selector->addWidget(label);
    selector->addWidget(m_dimension);
    selector->addStretch();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setSizes({260, 440});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(selector);
    layout->addWidget(splitter, 1);

    connect(m_dimension, &QComboBox::currentIndexChanged, this, &SegmentsView::refresh);
    connect(m_table, &QTableView::activated, this, &SegmentsView::activateRow);
}

QString SegmentsView::dimensionName(SegmentDimension dimension)
{
    switch (dimension) {
    case SegmentDimension::Rfm: return tr("RFM segment");
    case SegmentDimension::Channel: return tr("Channel");
    case SegmentDimension::Region: return tr("Region");
    case SegmentDimension::Plan: return tr("Plan");
    case SegmentDimension::Tier: break;
    }
    return tr("Tier");
}

void SegmentsView::setDimension(SegmentDimension dimension)
{
    m_dimension->setCurrentIndex(m_dimension->findData(static_cast<int>(dimension)));
}

SegmentDimension SegmentsView::dimension() const
{
    return static_cast<SegmentDimension>(m_dimension->currentData().toInt());
}

void SegmentsView::showAnalysis(const AnalysisSnapshot &snapshot)
{
    m_snapshot = snapshot;
    refresh();
}

void SegmentsView::refresh()
{
    std::vector<SegmentSummary> segments;
    if (const auto &insights = m_snapshot.insights) {
        switch (dimension()) {
        case SegmentDimension::Tier: segments = insights->byTier; break;
        case SegmentDimension::Rfm: segments = insights->byRfm; break;
        case SegmentDimension::Channel: segments = insights->byChannel; break;
        case SegmentDimension::Region: segments = insights->byRegion; break;
        case SegmentDimension::Plan: segments = insights->byPlan; break;
        }
    }
    QStringList keys;
    charts::BarSet customers{tr("Share of customers"), {}};
    charts::BarSet clv{tr("Share of CLV"), {}};
    for (const SegmentSummary &segment : segments) {
        keys << segmentLabel(segment.key);
        customers.values.push_back(segment.customerShare);
        clv.values.push_back(segment.clvShare);
    }
    m_model->setSegments(std::move(segments));
    m_chart->setTitle(chartTitle(dimension()));
    m_chart->setHorizontal(keys.size() > 6);
    m_chart->setData(keys, {customers, clv});
    m_table->resizeColumnsToContents();
}

void SegmentsView::activateRow(const QModelIndex &index)
{
    const QString key = m_sorted->index(index.row(), SegmentTableModel::Segment).data(RawValueRole).toString();
    if (!key.isEmpty())
        emit segmentActivated(dimension(), key);
}

const QAbstractItemModel *SegmentsView::exportTable() const
{
    return m_sorted;
}

charts::ChartWidget *SegmentsView::exportChart() const
{
    return m_chart;
}

} // namespace lodestar::ui
