#include "customersview.h"

#include "customerdetailpanel.h"
#include "customerfilterproxy.h"
#include "tableviews.h"
#include "models/itemmodels/customertablemodel.h"
#include "models/itemmodels/itemroles.h"
#include "models/itemmodels/valueformat.h"
#include "ui/charts/linechart.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace lodestar::ui {

namespace {

QString orNone(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("(none)") : value;
}

// Matches the engine's segment keys (analysis insights) for one customer.
CustomerFilterProxy::Predicate segmentPredicate(const AnalysisSnapshot &snapshot, SegmentDimension dimension,
                                                const QString &key)
{
    return [data = snapshot.data, valuation = snapshot.valuation, dimension, key](int customer) {
        const CustomerRecord &record = data->customers[static_cast<std::size_t>(customer)];
        const CustomerValue &value = valuation->customers[static_cast<std::size_t>(customer)];
        switch (dimension) {
        case SegmentDimension::Tier: return value.hasClv ? tierName(value.tier) == key : key == QLatin1String("Not valued");
        case SegmentDimension::Rfm: return value.rfmSegment == key;
        case SegmentDimension::Channel: return orNone(record.channel) == key;
        case SegmentDimension::Region: return orNone(record.region) == key;
        case SegmentDimension::Plan: return orNone(record.plan) == key;
        }
        return true;
    };
}

} // namespace

CustomersView::CustomersView(QWidget *parent)
    : View(parent)
    , m_model(new CustomerTableModel(this))
    , m_proxy(new CustomerFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_segmentLabel(new QLabel(this))
    , m_clearSegment(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_table(createTableView(this))
    , m_detail(new CustomerDetailPanel(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerTableModel::Clv, Qt::DescendingOrder);
    m_table->setAccessibleName(tr("Customers"));
    m_search->setPlaceholderText(tr("Search customer id, tier, segment, channel, region or plan"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search customers"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    m_clearSegment->setText(tr("Show all segments"));
    m_clearSegment->setVisible(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_segmentLabel);
    filters->addWidget(m_clearSegment);
    filters->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setSizes({820, 480});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { setSearchText(m_search->text()); });
    connect(m_clearSegment, &QToolButton::clicked, this, &CustomersView::clearSegment);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomersView::selectionChanged);
}

void CustomersView::showAnalysis(const AnalysisSnapshot &snapshot)
{
    const bool newValuation = snapshot.valuation != m_snapshot.valuation;
    const int selected = m_detail->customer();
    m_snapshot = snapshot;
    m_showingAnalysis = true; // the model still holds the old rows: no following them
    if (newValuation)
        clearSegment();
    m_showingAnalysis = false;
    m_model->setSnapshot(snapshot);
    m_count->setText(tr("%1 customers").arg(format::count(visibleCustomers())));
    m_detail->showCustomer(snapshot, newValuation ? -1 : selected);
    // Start with the most valuable customer, so the detail panel is never an empty frame.
    if (m_detail->customer() < 0 && visibleCustomers() > 0)
        selectRow(0);
}

void CustomersView::showSegment(SegmentDimension dimension, const QString &key)
{
    if (key.isEmpty() || !m_snapshot.isComplete())
        return clearSegment();
    m_proxy->setSegmentPredicate(segmentPredicate(m_snapshot, dimension, key));
    m_segmentLabel->setText(tr("%1: %2").arg(SegmentsView::dimensionName(dimension), key));
    m_segmentLabel->setVisible(true);
    m_clearSegment->setVisible(true);
    m_count->setText(tr("%1 customers").arg(format::count(visibleCustomers())));
    followVisibleRows();
}

void CustomersView::clearSegment()
{
    m_proxy->setSegmentPredicate({});
    m_segmentLabel->clear();
    m_segmentLabel->setVisible(false);
    m_clearSegment->setVisible(false);
    m_count->setText(tr("%1 customers").arg(format::count(visibleCustomers())));
    followVisibleRows();
}

void CustomersView::setSearchText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_proxy->setSearchText(text);
    m_count->setText(tr("%1 customers").arg(format::count(visibleCustomers())));
    followVisibleRows();
}

// After a search or a segment narrows the list, the panel shows a customer the list shows:
// the selected one if it is still there, else the first match, else nobody.
void CustomersView::followVisibleRows()
{
    if (m_showingAnalysis)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int shown = current.isValid() ? current.data(CustomerIndexRole).toInt() : -1;
    if (shown >= 0 && shown == m_detail->customer())
        return;
    if (visibleCustomers() > 0)
        selectRow(0);
    else
        m_detail->showCustomer(m_snapshot, -1);
}

int CustomersView::visibleCustomers() const
{
    return m_proxy->rowCount();
}

void CustomersView::selectRow(int row)
{
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_proxy->index(row, 0));
}

void CustomersView::selectionChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_detail->showCustomer(m_snapshot, current.isValid() ? current.data(CustomerIndexRole).toInt() : -1);
}

const QAbstractItemModel *CustomersView::exportTable() const
{
    return m_proxy;
}

charts::ChartWidget *CustomersView::exportChart() const
{
    if (m_detail->customer() < 0)
        return nullptr;
    return m_detail->purchaseChart();
}

} // namespace lodestar::ui
