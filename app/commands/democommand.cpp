#include "democommand.h"

#include "app/commandline.h"
#include "models/culture/culturedemo.h"
#include "models/demo/demobuilder.h"
#include "models/store/workspacepath.h"
#include "models/store/workspacestatistics.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace lodestar::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// --force rebuilds into a fresh file, but only over something that is a workspace (SQLite), never
// over an arbitrary file a mistyped path points at.
bool removeWorkspace(const QString &path, QString &error)
{
    // Never open (a FIFO would block) or remove anything that is not a regular file.
    if (const QString problem = workspacePathProblem(path, true); !problem.isEmpty()) {
        error = problem;
        return false;
    }
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.size() > 0 && !file.read(16).startsWith("SQLite format 3")) {
        error = Text::tr("%1 is not a Lodestar workspace; not overwriting it").arg(path);
        return false;
    }
    file.close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::remove(path + suffix)) {
            error = Text::tr("cannot remove %1").arg(path + suffix);
            return false;
        }
    }
    return true;
}

// Refuses a workspace that already has data unless --force, which starts from a fresh file.
std::unique_ptr<Store> openEmptyWorkspace(const QCommandLineParser &parser, const CommandContext &context)
{
    const QString path = parser.value(QStringLiteral("db"));
    auto store = openWorkspace(parser, context);
    if (!store) {
        if (!parser.isSet(QStringLiteral("force")) || path.isEmpty())
            return nullptr;
    } else {
        const auto statistics = readWorkspaceStatistics(*store);
        if (statistics && statistics->customers == 0 && statistics->transactions == 0)
            return store;
        if (!parser.isSet(QStringLiteral("force"))) {
            fail(context, Text::tr("%1 already holds data; use --force to replace it with the demo").arg(path), UnusableInput);
            return nullptr;
        }
        store.reset();
    }
    QString error;
    if (!removeWorkspace(path, error)) {
        fail(context, error, UnusableInput);
        return nullptr;
    }
    return openWorkspace(parser, context);
}

} // namespace

int runDemo(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Builds the demo company's workspace: three years, ~5,000 customers."));
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("force"), Text::tr("Replace an existing workspace with the demo.")});
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    auto store = openEmptyWorkspace(parser, context);
    if (!store)
        return UnusableInput;
    const auto reports = demo::buildDemoWorkspace(*store);
    if (!reports)
        return fail(context, reports.errorString(), Failed);
    // The culture pages need history the generator does not make: four quarters of maturity
    // assessments, team goals and an experiment (issue 5).
    if (Status seeded = seedCultureDemo(*store); !seeded)
        return fail(context, seeded.errorString(), Failed);
    const auto statistics = readWorkspaceStatistics(*store);
    if (!statistics)
        return fail(context, statistics.errorString(), Failed);
    const qint64 spendRows = reports->at(2).counts.imported;
    const qint64 npsRows = reports->at(3).counts.imported;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(context.out, QJsonObject{{QStringLiteral("customers"), statistics->customers},
                                           {QStringLiteral("transactions"), statistics->transactions},
                                           {QStringLiteral("spend_rows"), spendRows},
                                           {QStringLiteral("nps_responses"), npsRows},
                                           {QStringLiteral("total_revenue"), statistics->totalRevenue}});
        return Done;
    }
    const QLocale locale;
    context.out << Text::tr("Demo workspace %1: %2 customers, %3 transactions, %4 spend rows, %5 NPS responses")
                       .arg(store->path(), locale.toString(statistics->customers), locale.toString(statistics->transactions),
                            locale.toString(spendRows), locale.toString(npsRows)) << Qt::endl;
    return Done;
}

} // namespace lodestar::cli
