#pragma once

#include "models/culture/goal.h"
#include "models/result.h"

#include <vector>

namespace lodestar {

class Store;

/// Teams (Marketing, Sales, Customer Success, Product by default) and their goals on CLV drivers.
class GoalRepository
{
public:
    explicit GoalRepository(const Store &store);

    Result<std::vector<Team>> teams() const;
    /// Adds a team at the end; fails on an empty or duplicate name.
    Result<qint64> addTeam(const QString &name) const;
    Status renameTeam(qint64 id, const QString &name) const;
    /// Removes the team and its goals.
    Status removeTeam(qint64 id) const;
    /// Puts a removed team back with its id, position and goals (their ids too), in one transaction,
    /// so an undone removal leaves the workspace as it was.
    Status restoreTeam(const Team &team, const std::vector<Goal> &goals) const;
    /// The id of a team by name (case-insensitive), or 0.
    Result<qint64> teamId(const QString &name) const;

    /// Every goal, by team position then quarter.
    Result<std::vector<Goal>> goals() const;
    /// Inserts a goal with id 0, else updates it; returns the id.
    Result<qint64> saveGoal(const Goal &goal) const;
    Status removeGoal(qint64 id) const;
    /// Puts a removed goal back under its id.
    Status restoreGoal(const Goal &goal) const;

private:
    const Store &m_store;
};

} // namespace lodestar
