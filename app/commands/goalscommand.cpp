#include "goalscommand.h"

#include "culturecommon.h"

#include "models/culture/culturejson.h"
#include "models/culture/cultureformat.h"
#include "models/culture/goaltarget.h"
#include "models/store/goalrepository.h"

#include <QCoreApplication>

namespace lodestar::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

bool readNumber(const QCommandLineParser &parser, const CommandContext &context, const QString &name, double &value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    value = parser.value(name).toDouble(&ok);
    if (!ok)
        fail(context, Text::tr("--%1 must be a number").arg(name), UnusableInput);
    return ok;
}

int runAddTeam(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("Workspace database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("name"), Text::tr("Team name."), QStringLiteral("NAME")});
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    auto store = openWorkspace(parser, context, Store::Mode::ReadWrite);
    if (!store)
        return UnusableInput;
    const auto id = GoalRepository(*store).addTeam(parser.value(QStringLiteral("name")));
    if (!id)
        return fail(context, id.errorString(), UnusableInput);
    context.out << Text::tr("Added team %1.").arg(parser.value(QStringLiteral("name"))) << Qt::endl;
    return Done;
}

QString indicatorKeys()
{
    QStringList keys;
    for (Indicator indicator : {Indicator::Retention, Indicator::Expansion, Indicator::SecondPurchase, Indicator::Nps,
                                Indicator::AverageClv, Indicator::Entered})
        keys << indicatorKey(indicator);
    return keys.join(QStringLiteral(", "));
}

int runAdd(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("Workspace database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("team"), Text::tr("Team name."), QStringLiteral("TEAM")});
    parser.addOption({QStringLiteral("name"), Text::tr("Goal name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("indicator"), Text::tr("Indicator: %1.").arg(indicatorKeys()), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("quarter"), Text::tr("Quarter, e.g. 2025Q4."), QStringLiteral("QUARTER")});
    parser.addOption({QStringLiteral("target"), Text::tr("Target (shares as fractions: 0.4 for 40%)."), QStringLiteral("X")});
    parser.addOption({QStringLiteral("actual"), Text::tr("Entered actual, for indicators the data cannot give."), QStringLiteral("X")});
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    Goal goal;
    goal.name = parser.value(QStringLiteral("name"));
    const auto indicator = indicatorFromKey(parser.value(QStringLiteral("indicator")));
    if (!indicator)
        return fail(context, Text::tr("unknown indicator '%1'; choose from %2").arg(parser.value(QStringLiteral("indicator")), indicatorKeys()), UnusableInput);
    goal.indicator = *indicator;
    std::optional<Quarter> quarter;
    if (!readQuarter(parser, context, quarter) || !readNumber(parser, context, QStringLiteral("target"), goal.target)
        || !readNumber(parser, context, QStringLiteral("actual"), goal.enteredActual))
        return UnusableInput;
    if (!quarter || !parser.isSet(QStringLiteral("target")))
        return fail(context, Text::tr("--quarter and --target are required"), UnusableInput);
    if (const QString problem = goalValueProblem(goal.indicator, goal.target); !problem.isEmpty())
        return fail(context, Text::tr("bad --target: %1").arg(problem), UnusableInput);
    if (parser.isSet(QStringLiteral("actual")))
        if (const QString problem = goalValueProblem(goal.indicator, goal.enteredActual); !problem.isEmpty())
            return fail(context, Text::tr("bad --actual: %1").arg(problem), UnusableInput);
    goal.period = *quarter;
    auto store = openWorkspace(parser, context, Store::Mode::ReadWrite);
    if (!store)
        return UnusableInput;
    const GoalRepository repository(*store);
    const auto team = repository.teamId(parser.value(QStringLiteral("team")));
    if (!team || *team == 0)
        return fail(context, Text::tr("no team called '%1'").arg(parser.value(QStringLiteral("team"))), UnusableInput);
    goal.teamId = *team;
    if (const auto id = repository.saveGoal(goal); !id)
        return fail(context, id.errorString(), UnusableInput);
    context.out << Text::tr("Added goal %1 for %2.").arg(goal.name, parser.value(QStringLiteral("team"))) << Qt::endl;
    return Done;
}

void printGoals(const CultureSnapshot &snapshot, QTextStream &out)
{
    const QList<int> widths{34, 30, 8, 10, 10, 10};
    for (const Team &team : snapshot.records.teams) {
        out << team.name << '\n';
        bool any = false;
        for (const GoalProgress &p : snapshot.goals) {
            if (p.goal.teamId != team.id)
                continue;
            any = true;
            const QString unit = isPercentIndicator(p.goal.indicator) ? QStringLiteral("percent") : QStringLiteral("number");
            out << "  " << tableLine({p.goal.name, driverName(p.driver), p.goal.period.toString(), formatCultureValue(p.goal.target, unit),
                                      formatCultureValue(p.actual, unit), formatCultureValue(p.progress, QStringLiteral("percent")),
                                      verdictName(p.verdict)}, widths) << '\n';
        }
        if (!any)
            out << "  " << Text::tr("(no goals)") << '\n';
    }
    out.flush();
}

} // namespace

int runGoals(const CommandContext &context)
{
    QStringList arguments;
    if (isAction(context, "add"))
        return runAdd(withoutAction(context, arguments));
    if (isAction(context, "add-team"))
        return runAddTeam(withoutAction(context, arguments));
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Team goals on the leading indicators of CLV, with progress. "
                                        "Use 'goals add' and 'goals add-team' to change them."));
    addWorkspaceOptions(parser);
    return runCultureView(parser, context, {[](const CultureSnapshot &s) { return goalsToJson(s.records.teams, s.goals); }, printGoals});
}

} // namespace lodestar::cli
