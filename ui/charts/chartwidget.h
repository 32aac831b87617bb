#pragma once

#include <QWidget>

#include <functional>

class QPainter;

namespace lodestar::ui::charts {

/// How a value axis and tooltips print numbers.
enum class ValueFormat { Number, Money, Percent, Count, Ratio };

/// Formats a value as ValueFormat says (percent values are fractions: 0.25 -> 25%).
QString formatValue(double value, ValueFormat format);

/// Base of every chart: one title, vector rendering into any QPainter (screen, PNG, PDF) and PNG export.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget *parent = nullptr);

    QString title() const { return m_title; }
    void setTitle(const QString &title);

    /// Draws the chart into target as vectors (text and lines stay sharp in a PDF).
    virtual void paintChart(QPainter *painter, const QRectF &target) = 0;
    /// The chart drawn at size (logical pixels) and the given device pixel ratio.
    QImage toImage(const QSize &size, qreal devicePixelRatio = 2.0);
    /// Writes the chart at its on-screen size to a PNG; the error says why not.
    bool exportPng(const QString &path, QString *error = nullptr);

protected:
    virtual void titleChanged() {}

private:
    QString m_title;
};

} // namespace lodestar::ui::charts
