#include "themediconengine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace lodestar::ui {

ThemedIconEngine::ThemedIconEngine(const QString &resource)
    : m_resource(resource)
{
    QFile file(resource);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

QColor ThemedIconEngine::colourFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected: return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active: break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

QPixmap ThemedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    if (m_svg.isEmpty() || size.isEmpty())
        return {};
    const QColor colour = colourFor(mode);
    const QString cacheKey = QStringLiteral("lodestar-icon:%1:%2x%3:%4")
                                 .arg(m_resource).arg(size.width()).arg(size.height()).arg(colour.name(QColor::HexArgb));
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;
    // QtSvg has no currentColor of its own to inherit: write the colour into the document.
    QByteArray svg = m_svg;
    svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    pixmap = QPixmap::fromImage(image);
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

void ThemedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap image = pixmap(rect.size() * ratio, mode, state);
    image.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, image);
}

QIconEngine *ThemedIconEngine::clone() const
{
    return new ThemedIconEngine(*this);
}

QString ThemedIconEngine::key() const
{
    return QStringLiteral("lodestar-themed");
}

bool ThemedIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace lodestar::ui
