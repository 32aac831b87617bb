#pragma once

#include "models/engine/analysis.h"

#include <QAbstractTableModel>

#include <vector>

namespace lodestar {

/// Segments (tiers, RFM segments, channels …) as rows with size, revenue and CLV columns.
class SegmentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Segment, Customers, CustomerShare, Revenue, AverageClv, TotalClv, ClvShare,
                  AverageProbabilityAlive, LtvToCac, PaybackMonths, ColumnCount };

    explicit SegmentTableModel(QObject *parent = nullptr);

    void setSegments(std::vector<SegmentSummary> segments);
    const std::vector<SegmentSummary> &segments() const { return m_segments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const SegmentSummary &segment, int column) const;
    QString displayText(const SegmentSummary &segment, int column) const;

    std::vector<SegmentSummary> m_segments;
};

} // namespace lodestar
