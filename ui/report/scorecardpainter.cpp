#include "scorecardpainter.h"

#include "reportstyle.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace lodestar::ui::report {

namespace {

constexpr double kCardHeightMm = 27.0;
constexpr double kGapMm = 3.0;
// Cards narrower than this squeeze a money value such as "$12,345,678" into its label.
constexpr double kMinCardWidthMm = 40.0;

double mm(double value)
{
    return value * PageGeometry::kUnitsPerMm;
}

QColor changeColour(int direction)
{
    if (direction > 0)
        return charts::ChartPalette::positive();
    if (direction < 0)
        return charts::ChartPalette::negative();
    return style::muted();
}

// Longer translations ("Durchschnittlicher CLV") shrink a little before they are elided.
void drawLine(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &colour)
{
    constexpr double kMinScale = 0.75;
    QFont fitted = font;
    for (double scale = 1.0; scale >= kMinScale; scale -= 0.05) {
        fitted.setPointSizeF(font.pointSizeF() * scale);
        if (QFontMetricsF(fitted, painter->device()).horizontalAdvance(text) <= rect.width())
            break;
    }
    painter->setFont(fitted);
    painter->setPen(colour);
    const QFontMetricsF metrics(fitted, painter->device());
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(text, Qt::ElideRight, rect.width()));
}

} // namespace

ScorecardPainter::ScorecardPainter(const lodestar::report::ScorecardGrid &grid)
    : m_grid(grid)
{
}

int ScorecardPainter::columnsFor(double width) const
{
    const int fit = std::max(1, static_cast<int>((width + mm(kGapMm)) / (mm(kMinCardWidthMm) + mm(kGapMm))));
    return std::min(fit, 4);
}

double ScorecardPainter::heightFor(double width) const
{
    const int columns = columnsFor(width);
    const int rows = (static_cast<int>(m_grid.cards.size()) + columns - 1) / columns;
    return rows * mm(kCardHeightMm) + std::max(0, rows - 1) * mm(kGapMm) + 2.0;
}

void ScorecardPainter::paint(QPainter *painter, const QRectF &rect) const
{
    const int columns = columnsFor(rect.width());
    const double width = (rect.width() - (columns - 1) * mm(kGapMm)) / columns;
    for (std::size_t i = 0; i < m_grid.cards.size(); ++i) {
        const int row = static_cast<int>(i) / columns;
        const int column = static_cast<int>(i) % columns;
        const QRectF card(rect.left() + column * (width + mm(kGapMm)), rect.top() + row * (mm(kCardHeightMm) + mm(kGapMm)),
                          width, mm(kCardHeightMm));
        paintCard(painter, card, m_grid.cards[i]);
    }
}

void ScorecardPainter::paintCard(QPainter *painter, const QRectF &rect, const lodestar::report::Scorecard &card) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(style::rule(), 0.8));
    painter->setBrush(QColor(0xfa, 0xfb, 0xfd));
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), mm(1.5), mm(1.5));

    const QRectF inner = rect.adjusted(mm(3), mm(2), -mm(3), -mm(2));
    const double line = inner.height() / 6.0;
    drawLine(painter, QRectF(inner.left(), inner.top(), inner.width(), line), card.label, style::font(8.5, true), style::muted());
    drawLine(painter, QRectF(inner.left(), inner.top() + line, inner.width(), line * 1.8), card.value, style::font(15, true), style::ink());
    drawLine(painter, QRectF(inner.left(), inner.top() + line * 2.8, inner.width(), line), card.change, style::font(9, true),
             changeColour(card.direction));
    drawLine(painter, QRectF(inner.left(), inner.top() + line * 3.8, inner.width(), line), card.previous, style::font(7.5),
             style::muted());
    if (card.history.size() > 1) {
        charts::Sparkline sparkline;
        sparkline.setValues(card.history);
        sparkline.setColour(style::accent());
        sparkline.paintChart(painter, QRectF(inner.left(), inner.top() + line * 4.9, inner.width(), line * 1.1));
    }
    painter->restore();
}

} // namespace lodestar::ui::report
