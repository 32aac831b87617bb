#include "coverpainter.h"

#include "reportstyle.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QPainter>

namespace lodestar::ui::report {

namespace {

double mm(double value)
{
    return value * PageGeometry::kUnitsPerMm;
}

/// Draws wrapped text from top; returns the bottom of what it drew.
double drawWrapped(QPainter *painter, double top, const QRectF &body, const QString &text, const QFont &font, const QColor &colour)
{
    painter->setFont(font);
    painter->setPen(colour);
    const QRectF area(body.left(), top, body.width(), body.bottom() - top);
    const QRectF used = painter->boundingRect(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    painter->drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    return used.bottom();
}

// A logo is a picture, so it is the one bitmap in the report; it is scaled into a fixed box.
void drawLogo(QPainter *painter, const QRectF &body, const QString &path)
{
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    const QImage logo = reader.read();
    if (logo.isNull())
        return;
    const QSizeF box(mm(50), mm(22));
    const QSizeF size = QSizeF(logo.size()).scaled(box, Qt::KeepAspectRatio);
    painter->drawImage(QRectF(QPointF(body.right() - size.width(), body.top()), size), logo);
}

// The headline figures as a row of tiles: value large, label small beneath.
void drawHighlights(QPainter *painter, double top, const QRectF &body,
                    const std::vector<std::pair<QString, QString>> &highlights)
{
    if (highlights.empty())
        return;
    const double gap = mm(4);
    const double count = static_cast<double>(highlights.size());
    const double width = (body.width() - gap * (count - 1)) / count;
    const double height = mm(24);
    for (std::size_t i = 0; i < highlights.size(); ++i) {
        const QRectF tile(body.left() + static_cast<double>(i) * (width + gap), top, width, height);
        painter->setPen(QPen(style::rule(), 0.8));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(tile, mm(1.5), mm(1.5));
        const QRectF inner = tile.adjusted(mm(3), mm(3), -mm(3), -mm(3));
        painter->setFont(style::font(16, true));
        painter->setPen(style::accent());
        const QFontMetricsF valueMetrics(painter->font(), painter->device());
        painter->drawText(inner, Qt::AlignLeft | Qt::AlignTop,
                          valueMetrics.elidedText(highlights[i].second, Qt::ElideRight, inner.width()));
        painter->setFont(style::font(9));
        painter->setPen(style::muted());
        painter->drawText(inner, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, highlights[i].first);
    }
}

} // namespace

void paintCover(QPainter *painter, const QRectF &body, const lodestar::report::Cover &cover)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    drawLogo(painter, body, cover.logoPath);

    double y = body.top() + body.height() * 0.22;
    painter->fillRect(QRectF(body.left(), y, mm(28), mm(1.6)), style::accent());
    y += mm(8);
    y = drawWrapped(painter, y, body, cover.company, style::font(15, true), style::muted()) + mm(4);
    y = drawWrapped(painter, y, body, cover.title, style::font(26, true), style::accent()) + mm(6);
    y = drawWrapped(painter, y, body, cover.period, style::font(14), style::ink()) + mm(3);
    y = drawWrapped(painter, y, body, cover.generatedOn, style::font(10.5), style::muted()) + mm(2);
    y = drawWrapped(painter, y, body, cover.filters, style::font(10.5), style::muted());
    drawHighlights(painter, y + mm(14), body, cover.highlights);

    // The definition sits at the foot of the cover: nobody reads a CLV figure without it.
    const QRectF box(body.left(), body.bottom() - mm(42), body.width(), mm(36));
    painter->setPen(QPen(style::rule(), 0.8));
    painter->setBrush(style::stripe());
    painter->drawRoundedRect(box, mm(2), mm(2));
    const QRectF inner = box.adjusted(mm(5), mm(4), -mm(5), -mm(4));
    painter->setFont(style::font(9, true));
    painter->setPen(style::accent());
    painter->drawText(inner, Qt::AlignLeft | Qt::AlignTop, QCoreApplication::translate("report", "Our CLV definition"));
    const double lineHeight = QFontMetricsF(painter->font(), painter->device()).height() * 1.5;
    drawWrapped(painter, inner.top() + lineHeight, inner, cover.definition, style::font(9.5), style::ink());
    painter->restore();
}

} // namespace lodestar::ui::report
