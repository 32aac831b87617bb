#pragma once

#include <QColor>
#include <QPalette>

namespace lodestar::ui::charts {

/// Colours that read in light and dark palettes and for colour-blind readers: the Okabe-Ito
/// qualitative palette for series, a viridis ramp for heatmaps.
class ChartPalette
{
public:
    /// The i-th series colour (Okabe-Ito order: blue, orange, green, vermillion, sky, purple, yellow).
    static QColor series(int index, const QPalette &palette = {});
    /// Good and bad changes: blue and vermillion, which stay distinct for red-green colour blindness.
    static QColor positive();
    static QColor negative();
    /// Viridis at t in [0, 1]; perceptually uniform and readable in greyscale.
    static QColor sequential(double t);
    /// Black or white, whichever reads better on the background.
    static QColor textOn(const QColor &background);
    static bool isDark(const QPalette &palette);
};

} // namespace lodestar::ui::charts
