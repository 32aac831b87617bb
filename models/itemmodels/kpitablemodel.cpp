#include "kpitablemodel.h"

#include "itemroles.h"
#include "valueformat.h"

namespace lodestar {

KpiTableModel::KpiTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KpiTableModel::setPeriods(std::vector<KpiPeriod> periods)
{
    beginResetModel();
    m_periods = std::move(periods);
    endResetModel();
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_periods.size());
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::rawValue(const KpiPeriod &period, int column) const
{
    switch (column) {
    case PeriodLabel: return period.label;
    case Revenue: return period.revenue;
    case RevenueGrowth: return period.revenueGrowth;
    case ActiveCustomers: return period.activeCustomers;
    case NewCustomers: return period.newCustomers;
    case AverageClv: return period.averageClv;
    case TotalClv: return period.totalClv;
    case ClvGrowth: return period.clvGrowth;
    case Retention: return period.retention;
    case AverageOrderValue: return period.averageOrderValue;
    case AtRiskCustomers: return period.atRiskCustomers;
    case AtRiskRevenue: return period.atRiskRevenue;
    default: return {};
    }
}

QString KpiTableModel::displayText(const KpiPeriod &period, int column) const
{
    switch (column) {
    case PeriodLabel: return period.label;
    case Revenue: case AverageClv: case TotalClv: case AverageOrderValue: case AtRiskRevenue:
        return format::money(rawValue(period, column).toDouble());
    case RevenueGrowth: case ClvGrowth: return format::change(rawValue(period, column).toDouble());
    case Retention: return format::percent(period.retention);
    default: return format::count(rawValue(period, column).toLongLong());
    }
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const KpiPeriod &period = m_periods[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return displayText(period, index.column());
    case RawValueRole: return rawValue(period, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == PeriodLabel ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodLabel: return tr("Period");
    case Revenue: return tr("Revenue");
    case RevenueGrowth: return tr("Revenue growth");
    case ActiveCustomers: return tr("Active customers");
    case NewCustomers: return tr("New customers");
    case AverageClv: return tr("Average CLV");
    case TotalClv: return tr("Total CLV");
    case ClvGrowth: return tr("CLV growth");
    case Retention: return tr("Retention");
    case AverageOrderValue: return tr("Average order value");
    case AtRiskCustomers: return tr("At-risk customers");
    case AtRiskRevenue: return tr("At-risk revenue");
    default: return {};
    }
}

} // namespace lodestar
