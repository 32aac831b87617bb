#include "segmenttablemodel.h"

#include "itemroles.h"
#include "valueformat.h"
#include "models/engine/segmentlabel.h"

namespace lodestar {

SegmentTableModel::SegmentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SegmentTableModel::setSegments(std::vector<SegmentSummary> segments)
{
    beginResetModel();
    m_segments = std::move(segments);
    endResetModel();
}

int SegmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_segments.size());
}

int SegmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentTableModel::rawValue(const SegmentSummary &segment, int column) const
{
    switch (column) {
    case Segment: return segment.key;
    case Customers: return segment.customers;
    case CustomerShare: return segment.customerShare;
    case Revenue: return segment.revenue;
    case AverageClv: return segment.averageClv;
    case TotalClv: return segment.totalClv;
    case ClvShare: return segment.clvShare;
    case AverageProbabilityAlive: return segment.averageProbabilityAlive;
    case LtvToCac: return segment.ltvToCac;
    case PaybackMonths: return segment.paybackMonths;
    default: return {};
    }
}

QString SegmentTableModel::displayText(const SegmentSummary &segment, int column) const
{
    switch (column) {
    case Segment: return segmentLabel(segment.key);
    case Customers: return format::count(segment.customers);
    case CustomerShare: return format::percent(segment.customerShare);
    case Revenue: return format::metric(MetricUnit::Money, segment.revenue);
    case AverageClv: return format::metric(MetricUnit::Money, segment.averageClv);
    case TotalClv: return format::metric(MetricUnit::Money, segment.totalClv);
    case ClvShare: return format::percent(segment.clvShare);
    case AverageProbabilityAlive: return format::percent(segment.averageProbabilityAlive);
    case LtvToCac: return metric(u"ltv_cac").format(segment.ltvToCac);
    case PaybackMonths: return metric(u"payback_months").format(segment.paybackMonths);
    default: return {};
    }
}

QVariant SegmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SegmentSummary &segment = m_segments[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return displayText(segment, index.column());
    case RawValueRole: return rawValue(segment, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Segment ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant SegmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The unit economics columns explain themselves in the registry's words.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && (section == LtvToCac || section == PaybackMonths))
        return metric(section == LtvToCac ? u"ltv_cac" : u"payback_months").tooltip();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Segment: return tr("Segment");
    case Customers: return tr("Customers");
    case CustomerShare: return tr("Share of customers");
    case Revenue: return tr("Revenue");
    case AverageClv: return tr("Average CLV");
    case TotalClv: return tr("Total CLV");
    case ClvShare: return tr("Share of CLV");
    case AverageProbabilityAlive: return tr("Avg. P(alive)");
    case LtvToCac: return tr("LTV:CAC");
    case PaybackMonths: return tr("Payback (months)");
    default: return {};
    }
}

} // namespace lodestar
