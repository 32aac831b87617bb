#include "goalrepository.h"

#include "sqldialect.h"
#include "store.h"
#include "storeerror.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cmath>

namespace lodestar {

namespace {

QVariant nullable(double value)
{
    return std::isnan(value) ? QVariant(QMetaType(QMetaType::Double)) : QVariant(value);
}

} // namespace

GoalRepository::GoalRepository(const Store &store) : m_store(store) {}

Result<std::vector<Team>> GoalRepository::teams() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT id, name, position FROM teams ORDER BY position, id")))
        return queryError(QCoreApplication::translate("store", "Cannot read the teams."), query);
    std::vector<Team> teams;
    while (query.next())
        teams.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()});
    return teams;
}

Result<qint64> GoalRepository::addTeam(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("store", "A team needs a name."), {}};
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO teams (name, position) VALUES (:name, (SELECT COALESCE(MAX(position), 0) + 1 FROM teams)) RETURNING id"));
    query.bindValue(QStringLiteral(":name"), name.trimmed());
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot add the team %1 (is the name already used?).").arg(name), query);
    return returnedId(query);
}

Status GoalRepository::renameTeam(qint64 id, const QString &name) const
{
    if (name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("store", "A team needs a name."), {}};
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE teams SET name = :name WHERE id = :id"));
    query.bindValue(QStringLiteral(":name"), name.trimmed());
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot rename the team to %1 (is the name already used?).").arg(name), query);
    return {};
}

Status GoalRepository::removeTeam(qint64 id) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM teams WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot remove the team."), query);
    return {};
}

Status GoalRepository::restoreTeam(const Team &team, const std::vector<Goal> &goals) const
{
    TransactionGuard transaction(m_store.database());
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO teams (id, name, position) VALUES (:id, :name, :position)"));
    query.bindValue(QStringLiteral(":id"), team.id);
    query.bindValue(QStringLiteral(":name"), team.name);
    query.bindValue(QStringLiteral(":position"), team.position);
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot put the team %1 back (is the name used again?).").arg(team.name), query);
    for (const Goal &goal : goals) {
        if (Status status = restoreGoal(goal); !status)
            return status;
    }
    return transaction.commit();
}

Result<qint64> GoalRepository::teamId(const QString &name) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id FROM teams WHERE LOWER(name) = LOWER(:name)"));
    query.bindValue(QStringLiteral(":name"), name.trimmed());
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot read the teams."), query);
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<std::vector<Goal>> GoalRepository::goals() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT g.id, g.team_id, g.name, g.indicator, g.quarter, g.target, g.entered_actual "
                                   "FROM goals g JOIN teams t ON t.id = g.team_id ORDER BY t.position, t.id, g.quarter, g.id")))
        return queryError(QCoreApplication::translate("store", "Cannot read the goals."), query);
    std::vector<Goal> goals;
    while (query.next()) {
        Goal goal;
        goal.id = query.value(0).toLongLong();
        goal.teamId = query.value(1).toLongLong();
        goal.name = query.value(2).toString();
        goal.indicator = indicatorFromKey(query.value(3).toString()).value_or(Indicator::Entered);
        goal.period = Quarter::parse(query.value(4).toString()).value_or(Quarter{});
        goal.target = query.value(5).toDouble();
        goal.enteredActual = query.value(6).isNull() ? kUnknown : query.value(6).toDouble();
        goals.push_back(goal);
    }
    return goals;
}

Result<qint64> GoalRepository::saveGoal(const Goal &goal) const
{
    if (goal.name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("store", "A goal needs a name."), {}};
    QSqlQuery query(m_store.database());
    query.prepare(goal.id == 0
        ? QStringLiteral("INSERT INTO goals (team_id, name, indicator, quarter, target, entered_actual) "
                         "VALUES (:team, :name, :indicator, :quarter, :target, :actual) RETURNING id")
        : QStringLiteral("UPDATE goals SET team_id = :team, name = :name, indicator = :indicator, quarter = :quarter, "
                         "target = :target, entered_actual = :actual WHERE id = :id"));
    query.bindValue(QStringLiteral(":team"), goal.teamId);
    query.bindValue(QStringLiteral(":name"), goal.name.trimmed());
    query.bindValue(QStringLiteral(":indicator"), indicatorKey(goal.indicator));
    query.bindValue(QStringLiteral(":quarter"), goal.period.toString());
    query.bindValue(QStringLiteral(":target"), goal.target);
    query.bindValue(QStringLiteral(":actual"), nullable(goal.enteredActual));
    if (goal.id != 0)
        query.bindValue(QStringLiteral(":id"), goal.id);
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot save the goal %1.").arg(goal.name), query);
    return goal.id == 0 ? returnedId(query) : goal.id;
}

Status GoalRepository::restoreGoal(const Goal &goal) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO goals (id, team_id, name, indicator, quarter, target, entered_actual) "
                                 "VALUES (:id, :team, :name, :indicator, :quarter, :target, :actual)"));
    query.bindValue(QStringLiteral(":id"), goal.id);
    query.bindValue(QStringLiteral(":team"), goal.teamId);
    query.bindValue(QStringLiteral(":name"), goal.name);
    query.bindValue(QStringLiteral(":indicator"), indicatorKey(goal.indicator));
    query.bindValue(QStringLiteral(":quarter"), goal.period.toString());
    query.bindValue(QStringLiteral(":target"), goal.target);
    query.bindValue(QStringLiteral(":actual"), nullable(goal.enteredActual));
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot put the goal %1 back.").arg(goal.name), query);
    return {};
}

Status GoalRepository::removeGoal(qint64 id) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM goals WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return queryError(QCoreApplication::translate("store", "Cannot remove the goal."), query);
    return {};
}

} // namespace lodestar
