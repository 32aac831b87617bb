#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lodestar::ui {

void layOutCentredColumn(QWidget *page, const std::initializer_list<QWidget *> &widgets, int maxWidth)
{
    auto *column = new QWidget(page);
    column->setMaximumWidth(maxWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        columnLayout->addWidget(widget);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 100);
    row->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);
}

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

    heading->setWordWrap(true);
    layOutCentredColumn(this, {heading, intro, m_demo, open, create, m_note});
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
