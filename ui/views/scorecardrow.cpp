#include "scorecardrow.h"

#include <QGridLayout>
#include <QResizeEvent>

#include <algorithm>

namespace lodestar::ui {

ScorecardRow::ScorecardRow(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
}

void ScorecardRow::addTile(QWidget *tile)
{
    m_tiles.push_back(tile);
    arrange(static_cast<int>(m_tiles.size()));
}

int ScorecardRow::columnsFor(int width) const
{
    const int count = static_cast<int>(m_tiles.size());
    if (count == 0)
        return 0;
    int widest = 0;
    for (const QWidget *tile : m_tiles)
        widest = std::max(widest, tile->minimumSizeHint().width());
    const int spacing = m_grid->horizontalSpacing();
    const int fit = std::max(1, (width + spacing) / std::max(1, widest + spacing));
    // Rows of even length: seven tiles on a narrow page become 4 + 3, not 6 + 1.
    const int rows = (count + fit - 1) / fit;
    return (count + rows - 1) / rows;
}

void ScorecardRow::arrange(int columns)
{
    if (columns == m_columns || columns <= 0)
        return;
    m_columns = columns;
    for (QWidget *tile : m_tiles)
        m_grid->removeWidget(tile);
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_grid->setColumnStretch(column, 0);
    for (std::size_t i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles[i], static_cast<int>(i) / columns, static_cast<int>(i) % columns);
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
}

void ScorecardRow::refit()
{
    if (width() > 0)
        arrange(columnsFor(width()));
}

void ScorecardRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(columnsFor(event->size().width()));
}

} // namespace lodestar::ui
