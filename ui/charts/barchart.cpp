#include "barchart.h"

#include "chartpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
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

void BarChart::setData(const QStringList &categories, const std::vector<BarSet> &sets)
{
    m_categories = categories;
    m_sets = sets;
    clearChart();
    QAbstractBarSeries *series = m_horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                              : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double maxValue = 0.0;
    double minValue = 0.0;
    for (std::size_t s = 0; s < m_sets.size(); ++s) {
        auto *set = new QBarSet(m_sets[s].name);
        for (const double value : m_sets[s].values) {
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
        onHovered(state, index, static_cast<int>(series->barSets().indexOf(set)));
    });
    chart()->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(m_categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(minValue, maxValue > minValue ? maxValue * 1.05 : minValue + 1.0);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(m_format == ValueFormat::Percent ? QStringLiteral("%.0f%%")
                              : m_format == ValueFormat::Ratio ? QStringLiteral("%.1f:1")
                                                               : QStringLiteral("%.0f"));
    valueAxis->setTitleText(m_valueTitle);
    chart()->addAxis(categoryAxis, m_horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart()->addAxis(valueAxis, m_horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart()->legend()->setVisible(m_sets.size() > 1);
    finishSeries();
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
