#pragma once

#include <QByteArray>
#include <QIconEngine>

namespace lodestar::ui {

/// Renders a monochrome SVG whose strokes and fills say "currentColor" in a palette colour
/// chosen by the icon mode; pixmaps are cached per size, mode and colour.
class ThemedIconEngine : public QIconEngine
{
public:
    explicit ThemedIconEngine(const QString &resource);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

    /// The colour an icon in this mode is drawn in, from the application palette.
    static QColor colourFor(QIcon::Mode mode);

private:
    QString m_resource;
    QByteArray m_svg;
};

} // namespace lodestar::ui
