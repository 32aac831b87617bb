#include "welcomepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lodestar::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("Explore the &demo company"), this))
    , m_note(new QLabel(this))
{
    auto *heading = new QLabel(tr("Welcome to Lodestar"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Lodestar makes customer lifetime value the number your team steers by. "
                                "Start with the demo company (5,000 customers, 2023–2025), or open your own workspace."),
                             this);
    intro->setWordWrap(true);
    auto *open = new QPushButton(tr("&Open a workspace…"), this);
    auto *create = new QPushButton(tr("&New empty workspace…"), this);
    m_demo->setDefault(true);
    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    for (QWidget *widget : std::initializer_list<QWidget *>{heading, intro, m_demo, open, create, m_note}) {
        widget->setMaximumWidth(560);
        layout->addWidget(widget, 0, Qt::AlignHCenter);
    }
    layout->addStretch(2);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
}

void WelcomePage::setDemoRunning(bool running)
{
    m_demo->setEnabled(!running);
    m_note->setText(running ? tr("Generating the demo company… this takes a few seconds.") : QString());
}

} // namespace lodestar::ui
