#include "goalcommands.h"

#include "models/store/goalrepository.h"

#include <QCoreApplication>

namespace lodestar::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(culture)
};

// A new team is appended; its position is read back so a redo after an undo puts it in the same place.
Status insertTeam(const GoalRepository &repository, Team &team)
{
    const auto id = repository.addTeam(team.name);
    if (!id)
        return id.error();
    team.id = *id;
    const auto teams = repository.teams();
    if (!teams)
        return teams.error();
    for (const Team &stored : *teams) {
        if (stored.id == team.id)
            team.position = stored.position;
    }
    return {};
}

} // namespace

TeamCommand::TeamCommand(CultureCache &cache, std::optional<TeamWithGoals> before, std::optional<TeamWithGoals> after)
    : CultureEditCommand(cache), m_before(std::move(before)), m_after(std::move(after))
{
}

TeamCommand *TeamCommand::add(CultureCache &cache, const QString &name)
{
    auto *command = new TeamCommand(cache, std::nullopt, TeamWithGoals{Team{0, name.trimmed()}, {}});
    command->setText(Text::tr("Add team %1").arg(name.trimmed()));
    return command;
}

TeamCommand *TeamCommand::rename(CultureCache &cache, const Team &team, const QString &name)
{
    Team renamed = team;
    renamed.name = name.trimmed();
    auto *command = new TeamCommand(cache, TeamWithGoals{team, {}}, TeamWithGoals{renamed, {}});
    command->setText(Text::tr("Rename team %1 to %2").arg(team.name, renamed.name));
    return command;
}

TeamCommand *TeamCommand::remove(CultureCache &cache, const TeamWithGoals &team)
{
    auto *command = new TeamCommand(cache, team, std::nullopt);
    command->setText(Text::tr("Remove team %1").arg(team.team.name));
    return command;
}

Status TeamCommand::change(const Store &store, const std::optional<TeamWithGoals> &from, std::optional<TeamWithGoals> &to)
{
    const GoalRepository repository(store);
    if (!to)
        return repository.removeTeam(from->team.id);
    if (!from)
        return to->team.id == 0 ? insertTeam(repository, to->team) : repository.restoreTeam(to->team, to->goals);
    return repository.renameTeam(to->team.id, to->team.name);
}

void TeamCommand::redo()
{
    write([this](const Store &store) { return change(store, m_before, m_after); });
}

void TeamCommand::undo()
{
    write([this](const Store &store) { return change(store, m_after, m_before); });
}

GoalCommand::GoalCommand(CultureCache &cache, std::optional<Goal> before, std::optional<Goal> after)
    : CultureEditCommand(cache), m_before(std::move(before)), m_after(std::move(after))
{
    if (!m_before)
        setText(Text::tr("Add goal %1").arg(m_after->name));
    else if (!m_after)
        setText(Text::tr("Remove goal %1").arg(m_before->name));
    else
        setText(Text::tr("Edit goal %1").arg(m_after->name));
}

Status GoalCommand::change(const Store &store, const std::optional<Goal> &from, std::optional<Goal> &to)
{
    const GoalRepository repository(store);
    if (!to)
        return repository.removeGoal(from->id);
    if (from || to->id == 0) {
        const auto id = repository.saveGoal(*to);
        if (!id)
            return id.error();
        to->id = *id;
        return {};
    }
    return repository.restoreGoal(*to);
}

void GoalCommand::redo()
{
    write([this](const Store &store) { return change(store, m_before, m_after); });
}

void GoalCommand::undo()
{
    write([this](const Store &store) { return change(store, m_after, m_before); });
}

} // namespace lodestar::ui
