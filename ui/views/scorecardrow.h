#pragma once

#include <QWidget>

#include <vector>

class QGridLayout;

namespace lodestar::ui {

/// Lays tiles out in as many columns as fit at their minimum width, wrapping onto further rows
/// on a narrow window instead of squeezing each tile until its text is cut ("vs pre").
/// Only the width decides the arrangement, so a new arrangement cannot feed back into itself.
class ScorecardRow : public QWidget
{
    Q_OBJECT
public:
    explicit ScorecardRow(QWidget *parent = nullptr);

    void addTile(QWidget *tile);
    int columns() const { return m_columns; }
    /// Re-arranges after the tiles' texts changed (a wider figure may need another row).
    void refit();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int columnsFor(int width) const;
    void arrange(int columns);

    QGridLayout *m_grid;
    std::vector<QWidget *> m_tiles;
    int m_columns = 0;
};

} // namespace lodestar::ui
