#include "heatmapwidget.h"

#include "chartpalette.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lodestar::ui::charts {

namespace {

constexpr double kTitleHeightFactor = 1.8;

} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : ChartWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(240, 160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapWidget::setAxisTitles(const QString &rows, const QString &columns)
{
    m_rowTitle = rows;
    m_columnTitle = columns;
}

void HeatmapWidget::setValueFormat(ValueFormat format)
{
    m_format = format;
    update();
}

void HeatmapWidget::setData(const QStringList &rowLabels, const QStringList &columnLabels,
                            const std::vector<std::vector<double>> &values)
{
    m_rows = rowLabels;
    m_rowDetails.clear();
    m_columns = columnLabels;
    m_values = values;
    m_min = std::numeric_limits<double>::max();
    m_max = std::numeric_limits<double>::lowest();
    for (const auto &row : m_values) {
        for (const double v : row) {
            if (std::isfinite(v)) {
                m_min = std::min(m_min, v);
                m_max = std::max(m_max, v);
            }
        }
    }
    if (m_min > m_max)
        m_min = m_max = 0.0;
    m_selected.clear();
    update();
}

void HeatmapWidget::setSelectedRows(const QSet<int> &rows)
{
    m_selected = rows;
    update();
}

double HeatmapWidget::value(int row, int column) const
{
    if (row < 0 || row >= static_cast<int>(m_values.size()))
        return std::numeric_limits<double>::quiet_NaN();
    const auto &cells = m_values[static_cast<std::size_t>(row)];
    return column >= 0 && column < static_cast<int>(cells.size()) ? cells[static_cast<std::size_t>(column)]
                                                                   : std::numeric_limits<double>::quiet_NaN();
}

void HeatmapWidget::setRowDetails(const QStringList &details)
{
    m_rowDetails = details;
}

QString HeatmapWidget::cellText(int row, int column) const
{
    const double v = value(row, column);
    if (!std::isfinite(v))
        return {};
    QString text = QStringLiteral("%1: %2\n%3: %4\n%5").arg(m_rowTitle, m_rows.value(row), m_columnTitle, m_columns.value(column),
                                                         formatValue(v, m_format));
    if (!m_rowDetails.value(row).isEmpty())
        text += QLatin1Char('\n') + m_rowDetails.value(row);
    return text;
}

QSize HeatmapWidget::sizeHint() const
{
    return {640, 360};
}

HeatmapWidget::Layout HeatmapWidget::layoutFor(const QRectF &target, const QFontMetricsF &metrics) const
{
    Layout layout;
    layout.labelWidth = metrics.horizontalAdvance(m_rowTitle) + 8;
    for (const QString &label : m_rows)
        layout.labelWidth = std::max(layout.labelWidth, metrics.horizontalAdvance(label) + 12);
    const double titleHeight = title().isEmpty() ? 0.0 : metrics.height() * kTitleHeightFactor;
    const double headerHeight = metrics.height() * 2.4;
    layout.grid = QRectF(target.left() + layout.labelWidth, target.top() + titleHeight + headerHeight,
                         target.width() - layout.labelWidth - 8, target.height() - titleHeight - headerHeight - 4);
    const int columns = std::max<int>(1, static_cast<int>(m_columns.size()));
    const int rows = std::max<int>(1, static_cast<int>(m_rows.size()));
    layout.cellWidth = layout.grid.width() / columns;
    layout.cellHeight = std::min(layout.grid.height() / rows, metrics.height() * 2.2);
    layout.grid.setHeight(layout.cellHeight * rows);
    return layout;
}

void HeatmapWidget::paintCells(QPainter *painter, const Layout &layout) const
{
    const QFontMetricsF metrics(painter->font());
    const double range = m_max > m_min ? m_max - m_min : 1.0;
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        for (int c = 0; c < static_cast<int>(m_columns.size()); ++c) {
            const double v = value(r, c);
            if (!std::isfinite(v))
                continue;
            const QRectF cell(layout.grid.left() + c * layout.cellWidth, layout.grid.top() + r * layout.cellHeight,
                              layout.cellWidth, layout.cellHeight);
            const QColor colour = ChartPalette::sequential((v - m_min) / range);
            painter->fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), colour);
            const QString text = formatValue(v, m_format);
            if (metrics.horizontalAdvance(text) + 4 < cell.width() && metrics.height() < cell.height()) {
                painter->setPen(ChartPalette::textOn(colour));
                painter->drawText(cell, Qt::AlignCenter, text);
            }
        }
        if (m_selected.contains(r)) {
            painter->setPen(QPen(palette().color(QPalette::Highlight), 2.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(layout.grid.left(), layout.grid.top() + r * layout.cellHeight,
                                     layout.grid.width(), layout.cellHeight).adjusted(1, 1, -1, -1));
        }
    }
}

void HeatmapWidget::paintLabels(QPainter *painter, const Layout &layout, const QRectF &target) const
{
    const QFontMetricsF metrics(painter->font());
    painter->setPen(palette().color(QPalette::Text));
    if (!title().isEmpty()) {
        QFont bold = painter->font();
        bold.setBold(true);
        painter->save();
        painter->setFont(bold);
        painter->drawText(QRectF(target.left(), target.top(), target.width(), metrics.height() * kTitleHeightFactor),
                          Qt::AlignCenter, title());
        painter->restore();
    }
    const double headerTop = layout.grid.top() - metrics.height() * 2.4;
    painter->drawText(QRectF(layout.grid.left(), headerTop, layout.grid.width(), metrics.height()), Qt::AlignCenter,
                      m_columnTitle);
    painter->drawText(QRectF(target.left(), headerTop + metrics.height(), layout.labelWidth - 6, metrics.height() * 1.4),
                      Qt::AlignLeft | Qt::AlignVCenter, m_rowTitle);
    // Thin out column labels when they would collide.
    const double widest = std::max(1.0, metrics.horizontalAdvance(m_columns.value(m_columns.size() - 1)) + 6);
    const int every = std::max(1, static_cast<int>(std::ceil(widest / std::max(1.0, layout.cellWidth))));
    for (int c = 0; c < static_cast<int>(m_columns.size()); c += every)
        painter->drawText(QRectF(layout.grid.left() + c * layout.cellWidth - layout.cellWidth * (every - 1) / 2.0,
                                 headerTop + metrics.height(), layout.cellWidth * every, metrics.height() * 1.4),
                          Qt::AlignCenter, m_columns.value(c));
    const int rowEvery = std::max(1, static_cast<int>(std::ceil(metrics.height() / std::max(1.0, layout.cellHeight))));
    for (int r = 0; r < static_cast<int>(m_rows.size()); r += rowEvery)
        painter->drawText(QRectF(target.left(), layout.grid.top() + r * layout.cellHeight, layout.labelWidth - 6,
                                 layout.cellHeight),
                          Qt::AlignRight | Qt::AlignVCenter, m_rows.value(r));
}

void HeatmapWidget::paintChart(QPainter *painter, const QRectF &target)
{
    painter->save();
    painter->setFont(font());
    const Layout layout = layoutFor(target, QFontMetricsF(font()));
    painter->fillRect(target, palette().color(QPalette::Base));
    paintCells(painter, layout);
    paintLabels(painter, layout, target);
    painter->restore();
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintChart(&painter, rect());
}

std::pair<int, int> HeatmapWidget::cellAt(const QPointF &position) const
{
    const Layout layout = layoutFor(rect(), QFontMetricsF(font()));
    if (layout.cellWidth <= 0 || layout.cellHeight <= 0 || position.y() < layout.grid.top())
        return {-1, -1};
    const int row = static_cast<int>((position.y() - layout.grid.top()) / layout.cellHeight);
    const int column = position.x() < layout.grid.left()
                           ? -1
                           : static_cast<int>((position.x() - layout.grid.left()) / layout.cellWidth);
    if (row >= static_cast<int>(m_rows.size()) || column >= static_cast<int>(m_columns.size()))
        return {-1, -1};
    return {row, column};
}

void HeatmapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const auto [row, column] = cellAt(event->position());
    const QString text = row >= 0 && column >= 0 ? cellText(row, column) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void HeatmapWidget::mousePressEvent(QMouseEvent *event)
{
    const int row = cellAt(event->position()).first;
    if (row < 0)
        return ChartWidget::mousePressEvent(event);
    if (m_selected.contains(row))
        m_selected.remove(row);
    else
        m_selected.insert(row);
    update();
    emit rowToggled(row);
}

void HeatmapWidget::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    ChartWidget::leaveEvent(event);
}

} // namespace lodestar::ui::charts
