#pragma once

#include "models/engine/analysis.h"

#include <QAbstractTableModel>

namespace lodestar {

/// One cohort matrix (cohorts × periods since acquisition) as a table, for the heatmap and export.
class CohortTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Metric { CustomerRetention, RevenueRetention, CumulativeRevenuePerCustomer };

    explicit CohortTableModel(QObject *parent = nullptr);

    void setCohorts(const CohortTable &cohorts);
    void setMetric(Metric metric);
    Metric metric() const { return m_metric; }
    const CohortTable &cohorts() const { return m_cohorts; }
    /// The chosen matrix; cells past a cohort's observed periods are not shown.
    const std::vector<std::vector<double>> &matrix() const;
    bool isObserved(int cohort, int period) const;
    int periodCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString metricName(Metric metric);

private:
    QString formatValue(double value) const;

    CohortTable m_cohorts;
    Metric m_metric = Metric::CustomerRetention;
};

} // namespace lodestar
