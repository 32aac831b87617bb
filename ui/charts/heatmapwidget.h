#pragma once

#include "chartwidget.h"

#include <QSet>
#include <QStringList>

#include <vector>

namespace lodestar::ui::charts {

/// A matrix of coloured cells (viridis) with row and column labels, exact values on hover and
/// in the cells when they fit; NaN cells are left blank. Clicking a row label toggles its selection.
class HeatmapWidget : public ChartWidget
{
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget *parent = nullptr);

    void setAxisTitles(const QString &rows, const QString &columns);
    /// A line per row added to its cells' tooltips, e.g. the cohort's size; set after setData().
    void setRowDetails(const QStringList &details);
    void setValueFormat(ValueFormat format);
    /// values[row][column]; shorter rows and NaN are empty cells.
    void setData(const QStringList &rowLabels, const QStringList &columnLabels,
                 const std::vector<std::vector<double>> &values);
    void setSelectedRows(const QSet<int> &rows);
    QSet<int> selectedRows() const { return m_selected; }
    /// The text the tooltip shows for a cell, or empty outside the cells.
    QString cellText(int row, int column) const;

    void paintChart(QPainter *painter, const QRectF &target) override;
    QSize sizeHint() const override;

signals:
    void rowToggled(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Layout
    {
        QRectF grid;
        double cellWidth = 0;
        double cellHeight = 0;
        double labelWidth = 0;
    };
    Layout layoutFor(const QRectF &target, const QFontMetricsF &metrics) const;
    std::pair<int, int> cellAt(const QPointF &position) const;
    void paintCells(QPainter *painter, const Layout &layout) const;
    void paintLabels(QPainter *painter, const Layout &layout, const QRectF &target) const;
    double value(int row, int column) const;

    QString m_rowTitle;
    QString m_columnTitle;
    ValueFormat m_format = ValueFormat::Percent;
    QStringList m_rows;
    QStringList m_rowDetails;
    QStringList m_columns;
    std::vector<std::vector<double>> m_values;
    double m_min = 0.0;
    double m_max = 1.0;
    QSet<int> m_selected;
};

} // namespace lodestar::ui::charts
