#include "chartaxes.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lodestar::ui::charts {

QString valueLabelFormat(ValueFormat format)
{
    switch (format) {
    case ValueFormat::Percent: return QStringLiteral("%.0f%");
    case ValueFormat::Number: return QStringLiteral("%.2f");
    case ValueFormat::Ratio: return QStringLiteral("%.1f:1");
    case ValueFormat::Money:
    case ValueFormat::Count: break;
    }
    return QStringLiteral("%.0f");
}

QValueAxis *makeValueAxis(double min, double max, ValueFormat format)
{
    auto *axis = new QValueAxis;
    if (format == ValueFormat::Percent && min >= 0.0 && max <= 100.0 && max > 50.0) {
        axis->setRange(0.0, 100.0);
        axis->setTickCount(6);
    } else {
        // Without data (or all zero) the axis still reads 0 to 1 instead of repeating one rounded value.
        const double top = max > min ? max + (max - min) * 0.05 : min + 1.0;
        axis->setRange(min, top);
        axis->applyNiceNumbers();
    }
    // Counts and money on a short range would repeat "1, 1, 1, 0": show decimals there.
    const double span = axis->max() - axis->min();
    if ((format == ValueFormat::Money || format == ValueFormat::Count) && span < 5.0)
        axis->setLabelFormat(QStringLiteral("%.1f"));
    else
        axis->setLabelFormat(valueLabelFormat(format));
    return axis;
}

QCategoryAxis *makePeriodAxis(const QStringList &labels, int maxLabels)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype count = labels.size();
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, std::max<double>(0.5, static_cast<double>(count) - 0.5));
    setPeriodLabels(axis, labels, maxLabels);
    return axis;
}

void setPeriodLabels(QCategoryAxis *axis, const QStringList &labels, int maxLabels)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    const qsizetype count = labels.size();
    const qsizetype step = std::max<qsizetype>(1, (count + maxLabels - 1) / std::max(1, maxLabels));
    // Counted back from the last period, so the newest one always has its label.
    for (qsizetype i = (count - 1) % step; i < count; i += step)
        axis->append(labels[i], static_cast<double>(i));
}

QDateTimeAxis *makeDateAxis(double minMs, double maxMs, const QString &format, int maxTicks)
{
    constexpr double kHalfMonthMs = 15.0 * 24 * 3600 * 1000;
    if (maxMs - minMs < 2 * kHalfMonthMs) {
        const double middle = (minMs + maxMs) / 2.0;
        minMs = middle - kHalfMonthMs;
        maxMs = middle + kHalfMonthMs;
    }
    auto *axis = new QDateTimeAxis;
    axis->setFormat(format);
    axis->setTickCount(std::clamp(static_cast<int>((maxMs - minMs) / (2 * kHalfMonthMs)) + 1, 2, std::max(2, maxTicks)));
    axis->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(minMs)),
                   QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(maxMs)));
    return axis;
}

} // namespace lodestar::ui::charts
