#include "levelscaledelegate.h"

#include "models/culture/capability.h"
#include "models/culture/maturitymatrixmodel.h"
#include "ui/charts/chartpalette.h"

#include <QApplication>
#include <QPainter>
#include <QSpinBox>

namespace lodestar::ui {

QColor LevelScaleDelegate::gapColour(int gap)
{
    if (gap <= 0)
        return charts::ChartPalette::series(0);
    return gap == 1 ? charts::ChartPalette::series(1) : charts::ChartPalette::series(3);
}

void LevelScaleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != MaturityMatrixModel::ScaleColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as the style draws them, then the scale on top.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    const bool assessed = index.data(MaturityMatrixModel::AssessedRole).toBool();
    const int level = index.data(MaturityMatrixModel::LevelRole).toInt();
    const int target = index.data(MaturityMatrixModel::TargetRole).toInt();
    const QColor colour = gapColour(index.data(MaturityMatrixModel::GapRole).toInt());
    const QRectF area = QRectF(option.rect).adjusted(6, 6, -60, -6);
    const double step = area.width() / kMaxLevel;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = kMinLevel; i <= kMaxLevel; ++i) {
        const QRectF box(area.left() + (i - 1) * step + 2, area.top(), step - 4, area.height());
        // The empty boxes' outline is dimmed text: Mid is nearly the base colour in dark palettes.
        QColor outline = option.palette.text().color();
        if (i != target)
            outline.setAlphaF(0.35f);
        painter->setPen(QPen(outline, i == target ? 2.5 : 1.0));
        painter->setBrush(assessed && i <= level ? colour : option.palette.base().color());
        painter->drawRoundedRect(box, 3, 3);
    }
    painter->setPen(option.palette.text().color());
    const QRectF label(area.right() + 6, option.rect.top(), 54, option.rect.height());
    painter->drawText(label, Qt::AlignVCenter | Qt::AlignLeft, index.data().toString());
    painter->restore();
}

QSize LevelScaleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == MaturityMatrixModel::ScaleColumn)
        return {220, 34};
    return QStyledItemDelegate::sizeHint(option, index);
}

QWidget *LevelScaleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == MaturityMatrixModel::LevelColumn || index.column() == MaturityMatrixModel::TargetColumn) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(kMinLevel, kMaxLevel);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

} // namespace lodestar::ui
