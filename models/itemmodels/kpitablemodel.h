#pragma once

#include "models/engine/analysis.h"

#include <QAbstractTableModel>

#include <vector>

namespace lodestar {

/// KPIs per month or quarter, one row per period, oldest first.
class KpiTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PeriodLabel, Revenue, RevenueGrowth, ActiveCustomers, NewCustomers, AverageClv, TotalClv,
                  ClvGrowth, Retention, AverageOrderValue, AtRiskCustomers, AtRiskRevenue, ColumnCount };

    explicit KpiTableModel(QObject *parent = nullptr);

    void setPeriods(std::vector<KpiPeriod> periods);
    const std::vector<KpiPeriod> &periods() const { return m_periods; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const KpiPeriod &period, int column) const;
    QString displayText(const KpiPeriod &period, int column) const;

    std::vector<KpiPeriod> m_periods;
};

} // namespace lodestar
