#pragma once

#include "cultureeditcommand.h"

#include "models/culture/goal.h"

#include <optional>
#include <vector>

namespace lodestar::ui {

/// A team as an edit sees it: the team and, when it is removed, the goals that go with it.
struct TeamWithGoals
{
    Team team;
    std::vector<Goal> goals;
};

/// Adds, renames or removes a team, undoably. Ids stay stable across undo and redo, so the goal
/// edits further up the stack still find their team.
class TeamCommand : public CultureEditCommand
{
public:
    static TeamCommand *add(CultureCache &cache, const QString &name);
    static TeamCommand *rename(CultureCache &cache, const Team &team, const QString &name);
    static TeamCommand *remove(CultureCache &cache, const TeamWithGoals &team);

    void redo() override;
    void undo() override;

private:
    TeamCommand(CultureCache &cache, std::optional<TeamWithGoals> before, std::optional<TeamWithGoals> after);
    /// Turns the stored state `from` into `to`; nullopt on either side is "no such team".
    static Status change(const Store &store, const std::optional<TeamWithGoals> &from, std::optional<TeamWithGoals> &to);

    std::optional<TeamWithGoals> m_before;
    std::optional<TeamWithGoals> m_after;
};

/// Adds (before nullopt), edits or removes (after nullopt) one goal, undoably.
class GoalCommand : public CultureEditCommand
{
public:
    GoalCommand(CultureCache &cache, std::optional<Goal> before, std::optional<Goal> after);

    void redo() override;
    void undo() override;

private:
    static Status change(const Store &store, const std::optional<Goal> &from, std::optional<Goal> &to);

    std::optional<Goal> m_before;
    std::optional<Goal> m_after;
};

} // namespace lodestar::ui
