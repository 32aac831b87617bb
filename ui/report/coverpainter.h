#pragma once

#include "models/report/reportdocument.h"

#include <QRectF>

class QPainter;

namespace lodestar::ui::report {

/// Draws the cover page inside body: company, title, quarter, date, logo, filters, definition.
void paintCover(QPainter *painter, const QRectF &body, const lodestar::report::Cover &cover);

} // namespace lodestar::ui::report
