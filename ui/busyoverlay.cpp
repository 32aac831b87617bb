#include "busyoverlay.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

namespace lodestar::ui {

namespace {
constexpr int kAppearAfterMs = 200;
}

BusyOverlay::BusyOverlay(QWidget *covered)
    : QWidget(covered)
    , m_text(new QLabel(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("busyOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents, false); // the stale figures are not for clicking
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_text->setFont(bold);
    m_text->setAccessibleName(tr("Busy"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kAppearAfterMs);
    connect(m_delay, &QTimer::timeout, this, &BusyOverlay::appear);
    covered->installEventFilter(this);
    hide();
}

void BusyOverlay::setBusy(bool busy, const QString &task)
{
    m_busy = busy;
    m_text->setText(task.isEmpty() ? tr("Updating…") : task);
    if (busy) {
        if (isHidden() && !m_delay->isActive())
            m_delay->start();
    } else {
        m_delay->stop();
        hide();
    }
}

void BusyOverlay::appear()
{
    if (!m_busy)
        return;
    setGeometry(parentWidget()->rect());
    raise();
    show();
}

void BusyOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QColor veil = palette().color(QPalette::Base);
    veil.setAlphaF(0.7f);
    painter.fillRect(rect(), veil);
}

bool BusyOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace lodestar::ui
