#pragma once

#include "models/report/reportoptions.h"

#include <QColor>
#include <QFont>
#include <QPageLayout>
#include <QRectF>

namespace lodestar::ui::report {

/// Page geometry in layout units: the renderer works at 96 units per inch on every device
/// (PDF, preview image), so fonts, pens and charts measure the same everywhere.
struct PageGeometry
{
    static constexpr double kUnitsPerInch = 96.0;
    static constexpr double kUnitsPerMm = kUnitsPerInch / 25.4;

    QPageLayout layout;  ///< what the PDF writer gets: size and orientation, no margins
    QSizeF page;         ///< whole page
    QRectF body;         ///< where flowed content goes
    QRectF header;       ///< running header band above the body
    QRectF footer;       ///< footer band below the body

    static PageGeometry forPage(lodestar::report::PageSize size, bool landscape);
};

/// Fonts and colours of the printed report: one place, so the cover, flowed text and the
/// objects drawn by hand agree.
namespace style {

QFont font(double pointSize, bool bold = false, bool italic = false);
QColor ink();        ///< body text
QColor muted();      ///< notes, footer
QColor accent();     ///< headings, table header background
QColor rule();       ///< table borders, separators
QColor stripe();     ///< alternate table rows
QColor warning();

} // namespace style

} // namespace lodestar::ui::report
