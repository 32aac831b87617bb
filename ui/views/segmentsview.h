#pragma once

#include "view.h"

class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace lodestar {
class SegmentTableModel;
}

namespace lodestar::ui {

namespace charts {
class BarChart;
}

/// What a segment table groups customers by.
enum class SegmentDimension { Tier, Rfm, Channel, Region, Plan };

/// Segments by tier, RFM segment, channel, region or plan: a sortable table and the share of
/// CLV against the share of customers. Double-click drills into the segment's customers.
class SegmentsView : public View
{
    Q_OBJECT
public:
    explicit SegmentsView(QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("segments"); }
    QString title() const override { return tr("Segments"); }
    void showAnalysis(const AnalysisSnapshot &snapshot) override;
    const QAbstractItemModel *exportTable() const override;
    charts::ChartWidget *exportChart() const override;

    void setDimension(SegmentDimension dimension);
    SegmentDimension dimension() const;
    const SegmentTableModel *model() const { return m_model; }
    static QString dimensionName(SegmentDimension dimension);

signals:
    /// The user asked for the customers of one segment.
    void segmentActivated(lodestar::ui::SegmentDimension dimension, const QString &key);

private:
    void refresh();
    void activateRow(const QModelIndex &index);

    AnalysisSnapshot m_snapshot;
    QComboBox *m_dimension;
    SegmentTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    charts::BarChart *m_chart;
};

} // namespace lodestar::ui
