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
    // The warnings are the first pane of the splitter, scrolling when there are many, so they are
    // never clipped by the tables' minimum sizes.
    auto *warnings = new QScrollArea(this);
    warnings->setWidget(m_banner);
    warnings->setWidgetResizable(true);
    warnings->setFrameShape(QFrame::NoFrame);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(warnings);
    m_split->addWidget(top);
    m_split->addWidget(bottom);
    m_split->setCollapsible(0, false);
    m_split->setStretchFactor(1, 3);
    m_split->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
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
        m_goals->clear();
        return;
    }
    m_banner->setWarnings(culture->warnings);
    // Room for every warning up to a third of the page; the tables share the rest 3:1.
    const int total = std::max(m_split->height(), 600);
    const int warningsHeight = culture->warnings.empty() ? 0 : std::min(m_banner->sizeHint().height() + 4, total / 3);
    m_split->setSizes({warningsHeight, (total - warningsHeight) * 3 / 4, (total - warningsHeight) / 4});
    fillGoalTree(m_goals, culture->records.teams, culture->goals);
    fillScorecardTable(m_scorecard, culture->scorecard);
    fillChannelTable(m_channels, culture->channels);
    fillExperimentTable(m_experiments, culture->experiments);
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
