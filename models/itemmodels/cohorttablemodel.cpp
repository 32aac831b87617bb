#include "cohorttablemodel.h"

#include "itemroles.h"
#include "valueformat.h"

#include <algorithm>

namespace lodestar {

CohortTableModel::CohortTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CohortTableModel::setCohorts(const CohortTable &cohorts)
{
    beginResetModel();
    m_cohorts = cohorts;
    endResetModel();
}

void CohortTableModel::setMetric(Metric metric)
{
    beginResetModel();
    m_metric = metric;
    endResetModel();
}

const std::vector<std::vector<double>> &CohortTableModel::matrix() const
{
    switch (m_metric) {
    case Metric::RevenueRetention: return m_cohorts.revenueRetention;
    case Metric::CumulativeRevenuePerCustomer: return m_cohorts.cumulativeRevenuePerCustomer;
    case Metric::CustomerRetention: break;
    }
    return m_cohorts.customerRetention;
}

int CohortTableModel::periodCount() const
{
    std::size_t periods = 0;
    for (const auto &row : matrix())
        periods = std::max(periods, row.size());
    return static_cast<int>(periods);
}

bool CohortTableModel::isObserved(int cohort, int period) const
{
    if (cohort < 0 || cohort >= static_cast<int>(matrix().size()))
        return false;
    const auto &row = matrix()[static_cast<std::size_t>(cohort)];
    if (period < 0 || period >= static_cast<int>(row.size()))
        return false;
    if (cohort < static_cast<int>(m_cohorts.observedPeriods.size()))
        return period < m_cohorts.observedPeriods[static_cast<std::size_t>(cohort)];
    return true;
}

int CohortTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cohorts.cohorts.size());
}

int CohortTableModel::columnCount(const QModelIndex &parent) const
{
    // Column 0 is the cohort size, then one column per period since acquisition.
    return parent.isValid() ? 0 : 1 + periodCount();
}

QString CohortTableModel::formatValue(double value) const
{
    return m_metric == Metric::CumulativeRevenuePerCustomer ? format::money(value, 2) : format::percent(value);
}

QVariant CohortTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    if (index.column() == 0) {
        const int size = row < static_cast<int>(m_cohorts.sizes.size()) ? m_cohorts.sizes[static_cast<std::size_t>(row)] : 0;
        if (role == Qt::DisplayRole)
            return format::count(size);
        return role == RawValueRole ? QVariant(size) : QVariant();
    }
    const int period = index.column() - 1;
    if (!isObserved(row, period))
        return {};
    const double value = matrix()[static_cast<std::size_t>(row)][static_cast<std::size_t>(period)];
    switch (role) {
    case Qt::DisplayRole: return formatValue(value);
    case RawValueRole: return value;
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant CohortTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return m_cohorts.cohorts.value(section);
    if (section == 0)
        return tr("Customers");
    return m_cohorts.period == Period::Month ? tr("Month %1").arg(section - 1) : tr("Quarter %1").arg(section - 1);
}

QString CohortTableModel::metricName(Metric metric)
{
    switch (metric) {
    case Metric::RevenueRetention: return tr("Revenue retention");
    case Metric::CumulativeRevenuePerCustomer: return tr("Cumulative revenue per customer");
    case Metric::CustomerRetention: break;
    }
    return tr("Customer retention");
}

} // namespace lodestar
