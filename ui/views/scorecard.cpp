#include "scorecard.h"

#include "models/itemmodels/valueformat.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/sparkline.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace lodestar::ui {

Scorecard::Scorecard(const MetricDefinition &metric, QWidget *parent)
    : QFrame(parent)
    , m_metric(metric)
    , m_title(new QLabel(metric.displayName(), this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
    , m_sparkline(new charts::Sparkline(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumWidth(110);
    QFont valueFont = font();
    valueFont.setPointSizeF(font().pointSizeF() * 1.6);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_title->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_sparkline);
    m_sparkline->setTitle(m_title->text());
    applyColours();
}

QString Scorecard::formatted(double value) const
{
    return m_metric.format(value);
}

void Scorecard::setFigure(const Figure &figure, const QString &period)
{
    m_figure = figure;
    m_value->setText(formatted(figure.value));
    const double change = figure.change();
    m_change->setText(format::known(change) ? tr("%1 vs prev.").arg(format::change(change)) : tr("no previous period"));
    applyColours();
    m_sparkline->setValues(figure.history);
    const QString tip = tr("%1 in %2: %3\nPrevious period: %4\nChange: %5")
                            .arg(m_title->text(), period, formatted(figure.value), formatted(figure.previous),
                                 format::change(change));
    // What the figure is, in the registry's words, then the figures themselves.
    setToolTip(m_metric.tooltip() + QStringLiteral("\n\n") + tip);
    setAccessibleName(m_title->text());
    setAccessibleDescription(tip);
}

void Scorecard::setMissingReason(const QString &reason)
{
    m_change->setText(reason);
    m_change->setWordWrap(true);
    m_change->setToolTip(reason);
}

void Scorecard::applyColours()
{
    const QColor card = palette().color(backgroundRole());
    // The labels inherit the card's Base background, so they paint in the Text role, not WindowText.
    QPalette title = m_title->palette();
    title.setColor(m_title->foregroundRole(), charts::ChartPalette::readableOn(palette().color(QPalette::PlaceholderText), card));
    m_title->setPalette(title);
    const double change = m_figure.change();
    QColor colour = palette().color(QPalette::PlaceholderText);
    if (format::known(change) && std::abs(change) >= 0.0005) {
        const bool good = (change > 0) == m_metric.higherIsBetter;
        colour = good ? charts::ChartPalette::positive() : charts::ChartPalette::negative();
    }
    QPalette changeColours = m_change->palette();
    changeColours.setColor(m_change->foregroundRole(), charts::ChartPalette::readableOn(colour, card));
    m_change->setPalette(changeColours);
}

void Scorecard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
    QFrame::changeEvent(event);
}

QString Scorecard::valueText() const
{
    return m_value->text();
}

QString Scorecard::changeText() const
{
    return m_change->text();
}

} // namespace lodestar::ui
