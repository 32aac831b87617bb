#include "chartwidget.h"

#include "models/output/outputfile.h"

#include "models/itemmodels/valueformat.h"

#include <QImage>
#include <QBuffer>
#include <QImageWriter>
#include <QPainter>

namespace lodestar::ui::charts {

QString formatValue(double value, ValueFormat format)
{
    // The metric units' one format each (format::metric).
    switch (format) {
    case ValueFormat::Money: return lodestar::format::metric(MetricUnit::Money, value);
    case ValueFormat::Percent: return lodestar::format::metric(MetricUnit::Percent, value);
    case ValueFormat::Count: return lodestar::format::number(value, 0);
    case ValueFormat::Ratio: return lodestar::format::metric(MetricUnit::Ratio, value);
    case ValueFormat::Number: break;
    }
    return lodestar::format::metric(MetricUnit::Number, value);
}

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
}

void ChartWidget::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    titleChanged();
}

QImage ChartWidget::toImage(const QSize &size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintChart(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

bool ChartWidget::exportPng(const QString &path, QString *error)
{
    const QSize size = width() > 50 && height() > 50 ? this->size() : QSize(960, 540);
    // Encoded in memory, then written whole or not at all, never over a device or a folder.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(toImage(size))) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, writer.errorString());
        return false;
    }
    const Status written = writeOutputFile(path, bytes);
    if (!written && error)
        *error = written.errorString();
    return written.ok();
}

} // namespace lodestar::ui::charts
