#include "barchart.h"

#include "chartaxes.h"
#include "chartpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lodestar::ui::charts {

BarChart::BarChart(QWidget *parent)
    : QtChartBase(parent)
{
}

void BarChart::setHorizontal(bool horizontal)
{
    m_horizontal = horizontal;
}

void BarChart::setValueFormat(ValueFormat format)
{
    m_format = format;
}

void BarChart::setValueAxisTitle(const QString &title)
{
    m_valueTitle = title;
}

void BarChart::setReferenceLine(double value, const QString &name)
{
    m_referenceValue = value;
    m_referenceName = name;
}

void BarChart::setData(const QStringList &categories, const std::vector<BarSet> &sets)
{
    m_categories = categories;
    m_sets = sets;
    clearChart();
    const bool empty = m_categories.isEmpty() || m_sets.empty();
    setEmptyText(empty ? tr("No data for this selection") : QString());
    if (empty) {
        chart()->legend()->setVisible(false);
        finishSeries();
        return;
    }
    // Horizontal bars grow upwards from the first category; reversed, they read top-down like a table.
    const auto drawn = [this](qsizetype i) { return m_horizontal ? m_categories.size() - 1 - i : i; };
    QAbstractBarSeries *series = m_horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                              : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double maxValue = 0.0;
    double minValue = 0.0;
    for (std::size_t s = 0; s < m_sets.size(); ++s) {
        auto *set = new QBarSet(m_sets[s].name);
        for (qsizetype i = 0; i < m_categories.size(); ++i) {
            const std::size_t at = static_cast<std::size_t>(drawn(i));
            const double value = at < m_sets[s].values.size() ? m_sets[s].values[at] : 0.0;
            const double shown = std::isfinite(value) ? (m_format == ValueFormat::Percent ? value * 100.0 : value) : 0.0;
            set->append(shown);
            maxValue = std::max(maxValue, shown);
            minValue = std::min(minValue, shown);
        }
        const QColor colour = ChartPalette::series(static_cast<int>(s), palette());
        set->setColor(colour);
        set->setBorderColor(colour);
        series->append(set);
    }
    series->setBarWidth(0.75);
    connect(series, &QAbstractBarSeries::hovered, this, [this, series](bool state, int index, QBarSet *set) {
        const int category = m_horizontal ? static_cast<int>(m_categories.size()) - 1 - index : index;
        onHovered(state, category, static_cast<int>(series->barSets().indexOf(set)));
    });
    chart()->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    for (qsizetype i = 0; i < m_categories.size(); ++i)
        categoryAxis->append(m_categories[drawn(i)]);
    QLineSeries *reference = referenceLine();
    if (reference) {
        const QPointF at = reference->at(0);
        const double value = m_horizontal ? at.x() : at.y();
        maxValue = std::max(maxValue, value);
        minValue = std::min(minValue, value);
    }
    QValueAxis *valueAxis = makeValueAxis(minValue, maxValue, m_format);
    valueAxis->setTitleText(m_valueTitle);
    chart()->addAxis(categoryAxis, m_horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart()->addAxis(valueAxis, m_horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (reference) {
        chart()->addSeries(reference);
        reference->attachAxis(categoryAxis);
        reference->attachAxis(valueAxis);
    }
    chart()->legend()->setVisible(m_sets.size() > 1 || reference);
    finishSeries();
}

QLineSeries *BarChart::referenceLine() const
{
    if (!std::isfinite(m_referenceValue))
        return nullptr;
    // Across every category (category i sits at i on its axis), at the value.
    const double value = m_format == ValueFormat::Percent ? m_referenceValue * 100.0 : m_referenceValue;
    const double from = -0.5;
    const double to = static_cast<double>(m_categories.size()) - 0.5;
    auto *line = new QLineSeries;
    line->setName(m_referenceName);
    if (m_horizontal) {
        line->append(value, from);
        line->append(value, to);
    } else {
        line->append(from, value);
        line->append(to, value);
    }
    QPen pen(palette().color(QPalette::Text));
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    return line;
}

void BarChart::onHovered(bool state, int index, int set)
{
    if (!state || set < 0 || set >= static_cast<int>(m_sets.size())) {
        showTooltip({});
        return;
    }
    const BarSet &bars = m_sets[static_cast<std::size_t>(set)];
    const double value = index >= 0 && index < static_cast<int>(bars.values.size()) ? bars.values[static_cast<std::size_t>(index)] : 0.0;
    showTooltip(QStringLiteral("%1 \u2014 %2\n%3").arg(m_categories.value(index), bars.name, formatValue(value, m_format)));
}

} // namespace lodestar::ui::charts
