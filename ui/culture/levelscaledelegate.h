#pragma once

#include <QStyledItemDelegate>

namespace lodestar::ui {

/// Draws the From → To scale of a capability: five steps, the reached ones filled, the target
/// outlined, coloured by the gap (no gap, one level, two or more) with the numbers as text too,
/// so it reads without colour. Level and target cells edit with a 1-5 spin box.
class LevelScaleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The colour of a gap: blue when reached, orange at one level, vermillion beyond.
    static QColor gapColour(int gap);
};

} // namespace lodestar::ui
