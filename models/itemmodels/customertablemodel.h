#pragma once

#include "models/itemmodels/analysissnapshot.h"

#include <QAbstractTableModel>

namespace lodestar {

/// Every customer passing the filter, one row each; values are read lazily from the snapshot,
/// so 100,000 rows cost no more than the rows on screen.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Clv, Score, TierColumn, RfmSegment, ProbabilityAlive, ExpectedPurchases, Revenue,
                  Channel, Region, Plan, ColumnCount };

    explicit CustomerTableModel(QObject *parent = nullptr);

    void setSnapshot(const AnalysisSnapshot &snapshot);
    /// Index into Dataset::customers of a row, or -1.
    int customerAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int customer, int column) const;
    QString displayText(int customer, int column) const;

    AnalysisSnapshot m_snapshot;
};

} // namespace lodestar
