#include "qtchartbase.h"

#include "chartpalette.h"
#include "zoomablechartview.h"

#include <QAbstractAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace lodestar::ui::charts {

QtChartBase::QtChartBase(QWidget *parent)
    : ChartWidget(parent)
    , m_chart(new QChart)
{
    m_chart->setLocalizeNumbers(true);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new ZoomableChartView(m_chart, this);
    m_emptyText = new QGraphicsSimpleTextItem(m_chart);
    m_emptyText->setVisible(false);
    connect(m_chart, &QChart::geometryChanged, this, &QtChartBase::placeEmptyText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(180);
    applyTheme();
}

QtChartBase::~QtChartBase() = default;

void QtChartBase::setZoomEnabled(bool enabled)
{
    static_cast<ZoomableChartView *>(m_view)->setZoomEnabled(enabled);
}

void QtChartBase::paintChart(QPainter *painter, const QRectF &target)
{
    // Lay the chart out at the target size, draw the scene as vectors, then restore the view.
    const QSizeF previous = m_chart->size();
    const QPointF previousPosition = m_chart->pos();
    m_chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    m_chart->layout()->activate();
    m_chart->scene()->render(painter, target, QRectF(QPointF(0, 0), target.size()));
    m_chart->setGeometry(QRectF(previousPosition, previous));
}

void QtChartBase::clearChart()
{
    m_chart->removeAllSeries();
    // removeAxis() hands the axis back to the caller instead of deleting it: without the delete,
    // every refresh of a chart leaked its axes.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void QtChartBase::setEmptyText(const QString &text)
{
    m_emptyText->setText(text);
    m_emptyText->setVisible(!text.isEmpty());
    placeEmptyText();
}

QString QtChartBase::emptyText() const
{
    return m_emptyText->isVisible() ? m_emptyText->text() : QString();
}

void QtChartBase::placeEmptyText()
{
    const QRectF area = m_chart->boundingRect();
    const QRectF text = m_emptyText->boundingRect();
    m_emptyText->setPos(area.center() - QPointF(text.width() / 2.0, text.height() / 2.0));
}

QStringList QtChartBase::axisLabels(Qt::Alignment edge) const
{
    // Qt Charts keeps its tick labels private; the scene holds them as text items beside the plot.
    QStringList titles;
    for (const QAbstractAxis *axis : m_chart->axes())
        titles << axis->titleText();
    const QRectF plot = m_chart->plotArea();
    std::vector<std::pair<double, QString>> found;
    for (QGraphicsItem *item : m_chart->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || text->toPlainText().isEmpty() || titles.contains(text->toPlainText())
            || m_chart->legend()->isAncestorOf(item))
            continue;
        const QRectF box = text->sceneBoundingRect();
        const bool below = box.top() >= plot.bottom() - 1 && box.center().x() >= plot.left() - box.width()
                           && box.center().x() <= plot.right() + box.width();
        const bool left = box.right() <= plot.left() + 1 && box.center().y() >= plot.top() - box.height()
                          && box.center().y() <= plot.bottom() + box.height();
        if (edge == Qt::AlignBottom && below)
            found.emplace_back(box.center().x(), text->toPlainText());
        else if (edge == Qt::AlignLeft && left)
            found.emplace_back(box.center().y(), text->toPlainText());
    }
    // Left to right, top to bottom: the order a reader meets them.
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList labels;
    for (const auto &entry : found)
        labels << entry.second;
    return labels;
}

void QtChartBase::finishSeries()
{
    applyTheme();
    wireLegendMarkers();
}

void QtChartBase::showTooltip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

void QtChartBase::titleChanged()
{
    m_chart->setTitle(title());
}

void QtChartBase::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    ChartWidget::changeEvent(event);
}

void QtChartBase::applyTheme()
{
    const QPalette colours = palette();
    m_chart->setBackgroundBrush(colours.color(QPalette::Base));
    m_chart->setBackgroundRoundness(0);
    m_chart->setTitleBrush(colours.color(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setLabelColor(colours.color(QPalette::Text));
    m_emptyText->setBrush(colours.color(QPalette::PlaceholderText));
    m_emptyText->setFont(font());
    QColor grid = colours.color(QPalette::Text);
    grid.setAlphaF(0.15f);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsBrush(colours.color(QPalette::Text));
        axis->setTitleBrush(colours.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        QFont axisFont = font();
        axisFont.setPointSizeF(font().pointSizeF() * 0.9);
        axis->setLabelsFont(axisFont);
        axis->setTitleFont(axisFont);
    }
}

void QtChartBase::wireLegendMarkers()
{
    for (QLegendMarker *marker : m_chart->legend()->markers()) {
        marker->disconnect(this);
        connect(marker, &QLegendMarker::clicked, this, [this, marker] { toggleMarker(marker); });
    }
}

void QtChartBase::toggleMarker(QLegendMarker *marker)
{
    // Toggle the series (or bar set), keep its marker visible but faded so it can be switched back on.
    bool visible = true;
    if (auto *barMarker = qobject_cast<QBarLegendMarker *>(marker)) {
        QBarSet *set = barMarker->barset();
        const bool hidden = set->property("lodestarHidden").toBool();
        if (!hidden)
            set->setProperty("lodestarColour", set->color());
        set->setColor(hidden ? set->property("lodestarColour").value<QColor>() : QColor(Qt::transparent));
        set->setBorderColor(hidden ? set->property("lodestarColour").value<QColor>() : QColor(Qt::transparent));
        set->setProperty("lodestarHidden", !hidden);
        visible = hidden;
    } else {
        QAbstractSeries *series = marker->series();
        series->setVisible(!series->isVisible());
        visible = series->isVisible();
    }
    marker->setVisible(true);
    QColor label = palette().color(QPalette::Text);
    label.setAlphaF(visible ? 1.0f : 0.4f);
    marker->setLabelBrush(label);
}

} // namespace lodestar::ui::charts
