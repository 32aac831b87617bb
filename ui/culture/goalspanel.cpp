#include "goalspanel.h"

#include "culturecache.h"
#include "culturetables.h"
#include "goalcommands.h"
#include "goaldialog.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lodestar::ui {

namespace {

// Team items sit at the top level, goal items below them; both keep their id in UserRole.
bool isGoalItem(const QTreeWidgetItem *item)
{
    return item && item->parent();
}

qint64 idOf(const QTreeWidgetItem *item)
{
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

} // namespace

GoalsPanel::GoalsPanel(CultureCache &cache, QWidget *parent)
    : QGroupBox(tr("Team goals on the drivers of CLV"), parent), m_cache(cache), m_tree(new QTreeWidget(this)),
      m_undo(new QUndoStack(this))
{
    m_tree->setAccessibleName(tr("Team goals"));
    m_tree->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(createButtons());
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &GoalsPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (isGoalItem(item))
            askEditGoal();
        else
            askRenameTeam();
    });
    updateButtons();
}

QLayout *GoalsPanel::createButtons()
{
    auto *addTeamButton = new QPushButton(tr("Add team…"), this);
    m_renameTeam = new QPushButton(tr("Rename team…"), this);
    m_addGoal = new QPushButton(tr("Add goal…"), this);
    m_editGoal = new QPushButton(tr("Edit goal…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setToolTip(tr("Removes the selected goal, or the selected team with its goals"));
    connect(addTeamButton, &QPushButton::clicked, this, &GoalsPanel::askNewTeam);
    connect(m_renameTeam, &QPushButton::clicked, this, &GoalsPanel::askRenameTeam);
    connect(m_addGoal, &QPushButton::clicked, this, &GoalsPanel::askNewGoal);
    connect(m_editGoal, &QPushButton::clicked, this, &GoalsPanel::askEditGoal);
    connect(m_remove, &QPushButton::clicked, this, &GoalsPanel::removeSelected);
    auto *undo = historyButton(tr("Undo"), &QUndoStack::undo, &QUndoStack::canUndoChanged, &QUndoStack::undoTextChanged);
    auto *redo = historyButton(tr("Redo"), &QUndoStack::redo, &QUndoStack::canRedoChanged, &QUndoStack::redoTextChanged);
    // Two rows, teams and goals, so translated labels do not make the panel squeeze the scorecard.
    auto *teams = new QHBoxLayout;
    teams->addWidget(addTeamButton);
    teams->addWidget(m_renameTeam);
    teams->addStretch(1);
    teams->addWidget(undo);
    teams->addWidget(redo);
    auto *goals = new QHBoxLayout;
    goals->addWidget(m_addGoal);
    goals->addWidget(m_editGoal);
    goals->addWidget(m_remove);
    goals->addStretch(1);
    auto *buttons = new QVBoxLayout;
    buttons->addLayout(teams);
    buttons->addLayout(goals);
    return buttons;
}

// A fixed label with the step in the tooltip: "Undo Rename team Customer Success to …" as the
// button's text would widen the panel with every edit.
QToolButton *GoalsPanel::historyButton(const QString &label, void (QUndoStack::*step)(),
                                       void (QUndoStack::*availableChanged)(bool), void (QUndoStack::*textChanged)(const QString &))
{
    auto *button = new QToolButton(this);
    button->setText(label);
    button->setEnabled(false);
    connect(button, &QToolButton::clicked, m_undo, step);
    connect(m_undo, availableChanged, button, &QWidget::setEnabled);
    connect(m_undo, textChanged, button, [button, label](const QString &text) {
        button->setToolTip(text.isEmpty() ? QString() : tr("%1: %2").arg(label, text));
    });
    return button;
}

void GoalsPanel::showCulture(const QString &workspacePath, std::shared_ptr<const CultureSnapshot> culture)
{
    // Commands hold ids of the workspace they were made in.
    if (workspacePath != m_workspacePath)
        m_undo->clear();
    m_workspacePath = workspacePath;
    m_culture = std::move(culture);
    const QTreeWidgetItem *current = m_tree->currentItem();
    const bool wasGoal = isGoalItem(current);
    const qint64 selected = idOf(current);
    if (!m_culture) {
        m_tree->clear();
        updateButtons();
        return;
    }
    fillGoalTree(m_tree, m_culture->records.teams, m_culture->goals);
    // Keep the selection across the refresh an edit causes, so a rename can follow an add.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (isGoalItem(*it) == wasGoal && idOf(*it) == selected)
            m_tree->setCurrentItem(*it);
    }
    updateButtons();
}

void GoalsPanel::addTeam(const QString &name)
{
    if (!name.trimmed().isEmpty() && m_cache.store())
        m_undo->push(TeamCommand::add(m_cache, name));
}

void GoalsPanel::renameTeam(qint64 teamId, const QString &name)
{
    const Team *stored = team(teamId);
    if (stored && !name.trimmed().isEmpty() && name.trimmed() != stored->name && m_cache.store())
        m_undo->push(TeamCommand::rename(m_cache, *stored, name));
}

void GoalsPanel::removeTeam(qint64 teamId)
{
    const Team *stored = team(teamId);
    if (!stored || !m_cache.store())
        return;
    TeamWithGoals removed{*stored, {}};
    for (const Goal &g : m_culture->records.goals) {
        if (g.teamId == teamId)
            removed.goals.push_back(g);
    }
    if (!removed.goals.empty() && !confirmRemoval(*stored, static_cast<int>(removed.goals.size())))
        return;
    m_undo->push(TeamCommand::remove(m_cache, removed));
}

void GoalsPanel::saveGoal(const Goal &edited)
{
    if (!m_cache.store() || !team(edited.teamId))
        return;
    const Goal *stored = goal(edited.id);
    m_undo->push(new GoalCommand(m_cache, stored ? std::optional<Goal>(*stored) : std::nullopt, edited));
}

void GoalsPanel::removeGoal(qint64 goalId)
{
    if (const Goal *stored = goal(goalId); stored && m_cache.store())
        m_undo->push(new GoalCommand(m_cache, *stored, std::nullopt));
}

void GoalsPanel::askNewTeam()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add a team"), tr("Team name:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        addTeam(name);
}

void GoalsPanel::askRenameTeam()
{
    const Team *stored = team(selectedTeamId());
    if (!stored)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename a team"), tr("Team name:"), QLineEdit::Normal, stored->name, &ok);
    if (ok)
        renameTeam(stored->id, name);
}

void GoalsPanel::askNewGoal()
{
    if (!m_culture || m_culture->records.teams.empty())
        return;
    Goal initial;
    initial.teamId = selectedTeamId();
    initial.period = m_culture->matrix.quarter;
    GoalDialog dialog(m_culture->records.teams, initial, this);
    if (dialog.exec() == QDialog::Accepted && dialog.isComplete())
        saveGoal(dialog.goal());
}

void GoalsPanel::askEditGoal()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const Goal *stored = isGoalItem(item) ? goal(idOf(item)) : nullptr;
    if (!stored)
        return;
    GoalDialog dialog(m_culture->records.teams, *stored, this);
    if (dialog.exec() == QDialog::Accepted && dialog.isComplete())
        saveGoal(dialog.goal());
}

void GoalsPanel::removeSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (isGoalItem(item))
        removeGoal(idOf(item));
    else if (item)
        removeTeam(idOf(item));
}

bool GoalsPanel::confirmRemoval(const Team &team, int goals)
{
    const QString question = tr("Remove the team %1 and its %n goal(s)? Undo brings them back.", nullptr, goals).arg(team.name);
    return QMessageBox::question(this, tr("Remove a team"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

void GoalsPanel::updateButtons()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const bool culture = m_culture != nullptr;
    m_renameTeam->setEnabled(item != nullptr);
    m_addGoal->setEnabled(culture && !m_culture->records.teams.empty());
    m_editGoal->setEnabled(isGoalItem(item));
    m_remove->setEnabled(item != nullptr);
}

qint64 GoalsPanel::selectedTeamId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return idOf(isGoalItem(item) ? item->parent() : item);
}

const Team *GoalsPanel::team(qint64 teamId) const
{
    if (!m_culture)
        return nullptr;
    for (const Team &t : m_culture->records.teams) {
        if (t.id == teamId)
            return &t;
    }
    return nullptr;
}

const Goal *GoalsPanel::goal(qint64 goalId) const
{
    if (!m_culture || goalId == 0)
        return nullptr;
    for (const Goal &g : m_culture->records.goals) {
        if (g.id == goalId)
            return &g;
    }
    return nullptr;
}

} // namespace lodestar::ui
