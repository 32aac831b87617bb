#include "experimentscommand.h"

#include "culturecommon.h"

#include "models/culture/culturejson.h"
#include "models/culture/cultureformat.h"
#include "models/culture/customeridlist.h"
#include "models/store/experimentrepository.h"

#include <QCoreApplication>

namespace lodestar::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

bool readArm(const QCommandLineParser &parser, const CommandContext &context, const QString &arm, CustomerSelection &selection)
{
    selection.filter = parser.value(arm);
    const QString file = parser.value(arm + QStringLiteral("-file"));
    if (!file.isEmpty()) {
        const auto ids = readCustomerIdList(file);
        if (!ids) {
            fail(context, ids.errorString(), UnusableInput);
            return false;
        }
        selection.externalIds = *ids;
    }
    if (selection.isEmpty()) {
        fail(context, Text::tr("--%1 FILTER or --%1-file CSV is required").arg(arm), UnusableInput);
        return false;
    }
    return true;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"), Text::tr("Workspace database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("name"), Text::tr("Experiment name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("hypothesis"), Text::tr("What the treatment should change and why."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("from"), Text::tr("First day, YYYY-MM-DD."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), Text::tr("Last day, YYYY-MM-DD."), QStringLiteral("DATE")});
    for (const QString &arm : {QStringLiteral("treatment"), QStringLiteral("control")}) {
        parser.addOption({arm, Text::tr("Attribute filter on channel, region, plan or CLV tier, e.g. channel=Referral;tier=High."), QStringLiteral("FILTER")});
        parser.addOption({arm + QStringLiteral("-file"), Text::tr("CSV whose first column lists customer ids."), QStringLiteral("CSV")});
    }
}

int runAdd(const CommandContext &context)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    Experiment experiment;
    experiment.name = parser.value(QStringLiteral("name"));
    experiment.hypothesis = parser.value(QStringLiteral("hypothesis"));
    experiment.start = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    experiment.end = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!experiment.start.isValid() || !experiment.end.isValid() || experiment.end < experiment.start)
        return fail(context, Text::tr("--from and --to must be dates (YYYY-MM-DD), --to not before --from"), UnusableInput);
    if (!readArm(parser, context, QStringLiteral("treatment"), experiment.treatment)
        || !readArm(parser, context, QStringLiteral("control"), experiment.control))
        return UnusableInput;
    auto store = openWorkspace(parser, context, Store::Mode::ReadWrite);
    if (!store)
        return UnusableInput;
    if (const auto id = ExperimentRepository(*store).save(experiment); !id)
        return fail(context, id.errorString(), UnusableInput);
    context.out << Text::tr("Added experiment %1.").arg(experiment.name) << Qt::endl;
    return Done;
}

QString estimateText(const Estimate &estimate, const QString &unit)
{
    return Text::tr("%1 (95% CI %2 to %3)").arg(formatCultureValue(estimate.difference, unit), formatCultureValue(estimate.low, unit),
                                          formatCultureValue(estimate.high, unit));
}

void printExperiments(const CultureSnapshot &snapshot, QTextStream &out)
{
    if (snapshot.experiments.empty())
        out << Text::tr("No experiments recorded.") << '\n';
    for (const ExperimentResult &r : snapshot.experiments) {
        out << r.experiment.name << " (" << r.experiment.start.toString(Qt::ISODate) << " – "
            << r.experiment.end.toString(Qt::ISODate) << "): " << Text::tr("%1 treatment vs %2 control customers")
                   .arg(r.treatment.customers).arg(r.control.customers) << '\n'
            << "  " << Text::tr("Incremental CLV:       %1").arg(estimateText(r.incrementalClv, QStringLiteral("money"))) << '\n'
            << "  " << Text::tr("Incremental retention: %1").arg(estimateText(r.incrementalRetention, QStringLiteral("pp"))) << '\n'
            << "  " << Text::tr("Incremental revenue:   %1").arg(estimateText(r.incrementalRevenue, QStringLiteral("money"))) << '\n';
        if (!r.warning.isEmpty())
            out << "  " << r.warning << '\n';
    }
}

} // namespace

int runExperiments(const CommandContext &context)
{
    if (isAction(context, "add")) {
        QStringList arguments;
        return runAdd(withoutAction(context, arguments));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Experiments: incremental CLV, retention and revenue of treatment over control. "
                                        "Use 'experiments add' to record one."));
    addWorkspaceOptions(parser);
    return runCultureView(parser, context, {[](const CultureSnapshot &s) { return experimentsToJson(s.experiments); }, printExperiments});
}

} // namespace lodestar::cli
