#include "goalsview.h"

#include "culturecache.h"
#include "culturetables.h"
#include "goaldialog.h"
#include "guardrailbanner.h"
#include "models/store/definitionusagerepository.h"
#include "models/store/goalrepository.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

#include <algorithm>

namespace lodestar::ui {

namespace {

QTableWidget *readOnlyTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setAccessibleName(name);
    return table;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

GoalsView::GoalsView(QWidget *parent)
    : View(parent)
    , m_banner(new GuardrailBanner(20, this))
    , m_goals(new QTreeWidget(this))
    , m_scorecard(readOnlyTable(this, tr("Balanced scorecard")))
    , m_channels(readOnlyTable(this, tr("Net value per channel")))
    , m_experiments(readOnlyTable(this, tr("Experiments")))
{
    m_goals->setAccessibleName(tr("Team goals"));
    m_goals->setAlternatingRowColors(true);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(createGoalsPanel());
    top->addWidget(titled(tr("Balanced scorecard (trailing quarters)"), m_scorecard, this));
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    auto *bottom = new QTabWidget(this);
    bottom->addTab(m_channels, tr("Net value per channel"));
    bottom->addTab(m_experiments, tr("Experiments"));
    // The warnings sit above the splitter at the height of their text, up to a cap beyond which they
    // scroll, so the tables below get the rest of the page rather than a fixed share of it.
    m_warnings = new QScrollArea(this);
    m_warnings->setWidget(m_banner);
    m_warnings->setWidgetResizable(true);
    m_warnings->setFrameShape(QFrame::NoFrame);
    m_warnings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Sized by fitWarnings from its height for the width; its own Minimum policy would make the scroll
    // area reserve the label's size hint, which assumes a narrow wrap and is far too tall.
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_warnings->hide();
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(top);
    m_split->addWidget(bottom);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warnings);
    layout->addWidget(m_split, 1);
    connect(&CultureCache::instance(), &CultureCache::changed, this, &GoalsView::refresh);
}

QWidget *GoalsView::createGoalsPanel()
{
    auto *panel = new QGroupBox(tr("Team goals on the drivers of CLV"), this);
    auto *addTeamButton = new QPushButton(tr("Add team…"), panel);
    auto *addGoalButton = new QPushButton(tr("Add goal…"), panel);
    auto *removeButton = new QPushButton(tr("Remove goal"), panel);
    connect(addTeamButton, &QPushButton::clicked, this, &GoalsView::addTeam);
    connect(addGoalButton, &QPushButton::clicked, this, &GoalsView::addGoal);
    connect(removeButton, &QPushButton::clicked, this, &GoalsView::removeGoal);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addTeamButton);
    buttons->addWidget(addGoalButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(m_goals, 1);
    layout->addLayout(buttons);
    return panel;
}

void GoalsView::showAnalysis(const AnalysisSnapshot &snapshot)
{
    m_analysis = snapshot;
    refresh();
    Store *store = CultureCache::instance().store();
    if (store && snapshot.valuation && m_usageRecordedFor != snapshot.workspacePath) {
        m_usageRecordedFor = snapshot.workspacePath;
        (void)DefinitionUsageRepository(*store).recordUse(id(), Quarter::containing(snapshot.valuation->dataEnd));
    }
}

void GoalsView::refresh()
{
    const auto culture = CultureCache::instance().snapshot(m_analysis);
    if (!culture) {
        m_banner->setWarnings({});
        fitWarnings();
        m_goals->clear();
        return;
    }
    m_banner->setWarnings(culture->warnings);
    fitWarnings();
    fillGoalTree(m_goals, culture->records.teams, culture->goals);
    fillScorecardTable(m_scorecard, culture->scorecard);
    fillChannelTable(m_channels, culture->channels);
    fillExperimentTable(m_experiments, culture->experiments);
}

// The warnings take the height of their text at the current width, at most a quarter of the page.
void GoalsView::fitWarnings()
{
    m_warnings->setVisible(m_banner->isVisibleTo(m_warnings));
    if (m_warnings->isHidden())
        return;
    // The page's width rather than the pane's, which is stale while the pane is being shown.
    const QMargins margins = layout()->contentsMargins();
    const int width = this->width() > 200 ? this->width() - margins.left() - margins.right() : 1100;
    const int hfw = m_banner->heightForWidth(width);
    const int needed = hfw > 0 ? hfw : m_banner->sizeHint().height();
    m_warnings->setFixedHeight(std::min(needed, std::max(120, height() / 4)));
}

void GoalsView::resizeEvent(QResizeEvent *event)
{
    View::resizeEvent(event);
    fitWarnings();
}

void GoalsView::addTeam()
{
    Store *store = CultureCache::instance().store();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add a team"), tr("Team name:"), QLineEdit::Normal, {}, &ok);
    if (!store || !ok || name.trimmed().isEmpty())
        return;
    if (const auto id = GoalRepository(*store).addTeam(name); !id)
        emit messageRequested(id.errorString());
    CultureCache::instance().invalidate();
}

void GoalsView::addGoal()
{
    const auto culture = CultureCache::instance().snapshot(m_analysis);
    Store *store = CultureCache::instance().store();
    if (!culture || !store)
        return;
    GoalDialog dialog(culture->records.teams, culture->matrix.quarter, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.isComplete())
        return;
    if (const auto id = GoalRepository(*store).saveGoal(dialog.goal()); !id)
        emit messageRequested(id.errorString());
    CultureCache::instance().invalidate();
}

void GoalsView::removeGoal()
{
    Store *store = CultureCache::instance().store();
    const QTreeWidgetItem *item = m_goals->currentItem();
    if (!store || !item || !item->parent())
        return;
    if (Status status = GoalRepository(*store).removeGoal(item->data(0, Qt::UserRole).toLongLong()); !status)
        emit messageRequested(status.errorString());
    CultureCache::instance().invalidate();
}

const QAbstractItemModel *GoalsView::exportTable() const
{
    return m_scorecard->model();
}

} // namespace lodestar::ui
