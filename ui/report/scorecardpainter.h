#pragma once

#include "models/report/reportdocument.h"

#include <QRectF>

class QPainter;

namespace lodestar::ui::report {

/// Draws the executive summary's headline cards: a grid of value, change and sparkline.
class ScorecardPainter
{
public:
    explicit ScorecardPainter(const lodestar::report::ScorecardGrid &grid);

    /// Height the grid needs at this width, in layout units.
    double heightFor(double width) const;
    void paint(QPainter *painter, const QRectF &rect) const;

private:
    int columnsFor(double width) const;
    void paintCard(QPainter *painter, const QRectF &rect, const lodestar::report::Scorecard &card) const;

    const lodestar::report::ScorecardGrid &m_grid;
};

} // namespace lodestar::ui::report
