#pragma once

#include "qtchartbase.h"

#include <QStringList>

#include <limits>
#include <vector>

QT_BEGIN_NAMESPACE
class QLineSeries;
QT_END_NAMESPACE

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
    /// A dashed line across the bars at value (a target such as 3 for 3:1) with a legend name; NaN: none.
    void setReferenceLine(double value, const QString &name);
    void setData(const QStringList &categories, const std::vector<BarSet> &sets);
    int categoryCount() const { return static_cast<int>(m_categories.size()); }

private:
    void onHovered(bool state, int index, int set);
    /// The reference line as a new series (the caller owns it), or null without one.
    QLineSeries *referenceLine() const;

    bool m_horizontal = false;
    ValueFormat m_format = ValueFormat::Number;
    QString m_valueTitle;
    double m_referenceValue = std::numeric_limits<double>::quiet_NaN();
    QString m_referenceName;
    QStringList m_categories;
    std::vector<BarSet> m_sets;
};

} // namespace lodestar::ui::charts
