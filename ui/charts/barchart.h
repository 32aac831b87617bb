#pragma once

#include "qtchartbase.h"

#include <QStringList>

#include <vector>

namespace lodestar::ui::charts {

/// One set of bars, one value per category.
struct BarSet
{
    QString name;
    std::vector<double> values;
};

/// Grouped bars over categories (tiers, segments …), vertical or horizontal, with exact values on hover.
class BarChart : public QtChartBase
{
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);

    void setHorizontal(bool horizontal);
    void setValueFormat(ValueFormat format);
    void setValueAxisTitle(const QString &title);
    void setData(const QStringList &categories, const std::vector<BarSet> &sets);
    int categoryCount() const { return static_cast<int>(m_categories.size()); }

private:
    void onHovered(bool state, int index, int set);

    bool m_horizontal = false;
    ValueFormat m_format = ValueFormat::Number;
    QString m_valueTitle;
    QStringList m_categories;
    std::vector<BarSet> m_sets;
};

} // namespace lodestar::ui::charts
