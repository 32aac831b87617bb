#pragma once

#include "models/culture/culturesnapshot.h"

#include <QGroupBox>

#include <memory>

class QPushButton;
class QToolButton;
class QTreeWidget;
class QUndoStack;

namespace lodestar::ui {

class CultureCache;

/// The team goals of the Goals page and their editing: add, rename and remove teams (asking first
/// when a team has goals), add, edit and remove goals, every change undoable.
class GoalsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit GoalsPanel(CultureCache &cache, QWidget *parent = nullptr);

    /// Shows the teams and goals of a snapshot (null: none); a new workspace starts a new undo history.
    void showCulture(const QString &workspacePath, std::shared_ptr<const CultureSnapshot> culture);

    void addTeam(const QString &name);
    void renameTeam(qint64 teamId, const QString &name);
    /// Removes the team and its goals; when it has goals, only after the user confirms.
    void removeTeam(qint64 teamId);
    /// Adds the goal (id 0) or replaces the stored one with the same id.
    void saveGoal(const Goal &goal);
    void removeGoal(qint64 goalId);

    QTreeWidget *tree() const { return m_tree; }
    QUndoStack *undoStack() const { return m_undo; }

private:
    QLayout *createButtons();
    QToolButton *historyButton(const QString &label, void (QUndoStack::*step)(), void (QUndoStack::*availableChanged)(bool),
                               void (QUndoStack::*textChanged)(const QString &));
    void askNewTeam();
    void askRenameTeam();
    void askNewGoal();
    void askEditGoal();
    void removeSelected();
    void updateButtons();
    qint64 selectedTeamId() const;
    const Team *team(qint64 teamId) const;
    const Goal *goal(qint64 goalId) const;
    bool confirmRemoval(const Team &team, int goals);

    CultureCache &m_cache;
    QString m_workspacePath;
    std::shared_ptr<const CultureSnapshot> m_culture;
    QTreeWidget *m_tree;
    QUndoStack *m_undo;
    QPushButton *m_renameTeam = nullptr;
    QPushButton *m_addGoal = nullptr;
    QPushButton *m_editGoal = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace lodestar::ui
