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
    /// WCAG 2.x contrast ratio of a foreground (blended over the background when translucent) on an
    /// opaque background, from 1 (the same) to 21 (black on white).
    static double contrastRatio(const QColor &foreground, const QColor &background);
    /// The colour, lightened or darkened just enough to reach minimumRatio against the background,
    /// so coloured text (a positive change in blue) reads on light and dark palettes alike.
    static QColor readableOn(const QColor &colour, const QColor &background, double minimumRatio = 4.5);
    static bool isDark(const QPalette &palette);
};

} // namespace lodestar::ui::charts
