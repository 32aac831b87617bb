#include "customertablemodel.h"

#include "itemroles.h"
#include "valueformat.h"
#include "models/engine/segmentlabel.h"

namespace lodestar {

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomerTableModel::setSnapshot(const AnalysisSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot.isComplete() ? snapshot : AnalysisSnapshot{};
    endResetModel();
}

int CustomerTableModel::customerAt(int row) const
{
    if (!m_snapshot.insights || row < 0 || row >= rowCount())
        return -1;
    return m_snapshot.insights->customers[static_cast<std::size_t>(row)];
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot.insights ? 0 : static_cast<int>(m_snapshot.insights->customers.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::rawValue(int customer, int column) const
{
    const CustomerRecord &record = m_snapshot.data->customers[static_cast<std::size_t>(customer)];
    const CustomerValue &value = m_snapshot.valuation->customers[static_cast<std::size_t>(customer)];
    switch (column) {
    case Id: return record.externalId;
    case Clv: return value.clv;
    case Score: return value.score;
    case TierColumn: return tierName(value.tier);
    case RfmSegment: return value.rfmSegment;
    case ProbabilityAlive: return value.probabilityAlive;
    case ExpectedPurchases: return value.expectedPurchases;
    case Revenue: return value.revenue;
    case Channel: return record.channel;
    case Region: return record.region;
    case Plan: return record.plan;
    default: return {};
    }
}

QString CustomerTableModel::displayText(int customer, int column) const
{
    const CustomerValue &value = m_snapshot.valuation->customers[static_cast<std::size_t>(customer)];
    switch (column) {
    case Clv: return format::money(value.clv, 2);
    case Score: return format::count(value.score);
    case TierColumn: return segmentLabel(tierName(value.tier));
    case RfmSegment: return segmentLabel(value.rfmSegment);
    case ProbabilityAlive: return format::percent(value.probabilityAlive);
    case ExpectedPurchases: return format::number(value.expectedPurchases, 2);
    case Revenue: return format::money(value.revenue, 2);
    default: return rawValue(customer, column).toString();
    }
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    const int customer = customerAt(index.row());
    if (!index.isValid() || customer < 0)
        return {};
    switch (role) {
    case Qt::DisplayRole: return displayText(customer, index.column());
    case RawValueRole: return rawValue(customer, index.column());
    case SortRole:
        return index.column() == TierColumn
                   ? QVariant(static_cast<int>(m_snapshot.valuation->customers[static_cast<std::size_t>(customer)].tier))
                   : rawValue(customer, index.column());
    case CustomerIndexRole: return customer;
    case Qt::TextAlignmentRole: {
        const bool numeric = index.column() >= Clv && index.column() <= Revenue && index.column() != TierColumn
                             && index.column() != RfmSegment;
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    default: return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("Customer");
    case Clv: return tr("CLV");
    case Score: return tr("Score");
    case TierColumn: return tr("Tier");
    case RfmSegment: return tr("RFM segment");
    case ProbabilityAlive: return tr("P(alive)");
    case ExpectedPurchases: return tr("Expected purchases");
    case Revenue: return tr("Revenue");
    case Channel: return tr("Channel");
    case Region: return tr("Region");
    case Plan: return tr("Plan");
    default: return {};
    }
}

} // namespace lodestar
