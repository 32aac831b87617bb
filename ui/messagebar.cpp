#include "messagebar.h"

#include "ui/charts/chartpalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lodestar::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_close(new QPushButton(tr("Dismiss"), this))
{
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    // Messages quote file names and customer ids: shown as written, never read as HTML.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBar::showMessage(const QString &message, Kind kind)
{
    if (message.isEmpty())
        return hide();
    QPalette colours = palette();
    const QColor background = kind == Kind::Error ? charts::ChartPalette::negative() : charts::ChartPalette::series(4);
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, charts::ChartPalette::textOn(background));
    setPalette(colours);
    m_kind = kind;
    m_text->setText((kind == Kind::Error ? tr("Error: %1") : tr("%1")).arg(message));
    setAccessibleDescription(m_text->text());
    show();
}

void MessageBar::clearError()
{
    if (m_kind == Kind::Error)
        hide();
}

QString MessageBar::message() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace lodestar::ui
