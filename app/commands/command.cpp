#include "command.h"

#include "app/commandline.h"

#include "models/output/outputfile.h"
#include "models/store/postgresaddress.h"
#include "models/store/storeerror.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace lodestar::cli {

namespace {

QString commandName(const CommandContext &context)
{
    return context.arguments.size() > 1 ? context.arguments.at(1) : QString();
}

// The options meant to be given more than once (import --map, guardrails --set); every other
// option with a value takes one, and a second one is a mistake rather than an override.
bool mayRepeat(const QString &name)
{
    return name == QLatin1String("map") || name == QLatin1String("set");
}

// QCommandLineParser keeps every value and value() answers the last: refuse the repeat instead.
QString repeatedOption(const QCommandLineParser &parser)
{
    for (const QString &name : parser.optionNames()) {
        if (!mayRepeat(name) && parser.values(name).size() > 1)
            return name;
    }
    return QString();
}

} // namespace

int fail(const CommandContext &context, const QString &message, int exitCode)
{
    return fail(context, Error{message, QString()}, exitCode);
}

int fail(const CommandContext &context, const Error &error, int exitCode)
{
    const QString reason = error.detail.section(QLatin1Char('\n'), 0, 0);
    const QString hint = error.detail.section(QLatin1Char('\n'), 1);
    context.err << "lodestar " << commandName(context) << ": " << error.message << Qt::endl;
    for (const QString &line : {reason, hint})
        if (!line.isEmpty())
            context.err << "  " << line << Qt::endl;
    // Errors as data: a script that asked for JSON gets JSON on stdout, whatever failed.
    if (context.arguments.contains(QStringLiteral("--json")))
        printJson(context.out, QJsonObject{{QStringLiteral("error"), error.message},
                                           {QStringLiteral("reason"), reason},
                                           {QStringLiteral("hint"), hint}});
    return exitCode;
}

int exitCodeOf(const Error &error)
{
    return error.cause == ErrorCause::DiskFull || isDamagedWorkspaceError(error) ? UnusableInput : Failed;
}

void addWorkspaceOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("cli", "Workspace database file."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON instead of text.")});
}

bool parseArguments(QCommandLineParser &parser, const CommandContext &context)
{
    parser.addHelpOption();
    // Drop the program name's neighbour, the subcommand, so options parse from there on.
    QStringList arguments = context.arguments;
    if (arguments.size() > 1)
        arguments.removeAt(1);
    if (!parser.parse(arguments)) {
        fail(context, parser.errorText(), 2);
        return false;
    }
    if (const QString name = repeatedOption(parser); !name.isEmpty()) {
        fail(context, QCoreApplication::translate("cli", "%1 was given %2 times; give it once")
                          .arg(QString(name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name)
                          .arg(parser.values(name).size()), 2);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        fail(context, QCoreApplication::translate("cli", "unexpected argument %1").arg(parser.positionalArguments().first()), 2);
        return false;
    }
    return true;
}

std::unique_ptr<Store> openWorkspace(const QCommandLineParser &parser, const CommandContext &context, Store::Mode mode)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        fail(context, QCoreApplication::translate("cli", "--db FILE is required"), 2);
        return nullptr;
    }
    if (mode == Store::Mode::ReadOnly && !isPostgresAddress(path) && !QFileInfo::exists(path)) {
        fail(context, QCoreApplication::translate("cli", "no workspace at %1").arg(path), 2);
        return nullptr;
    }
    auto store = Store::open(path, mode);
    if (!store) {
        fail(context, store.errorString(), 2);
        return nullptr;
    }
    return std::move(store).value();
}

bool checkOutputPath(const CommandContext &context, const QString &out, const QString &workspacePath)
{
    if (const QString problem = outputPathProblem(out, workspaceFiles(workspacePath)); !problem.isEmpty()) {
        fail(context, QCoreApplication::translate("cli", "cannot write the output file: %1").arg(problem), UnusableInput);
        return false;
    }
    return true;
}

bool writeOutput(const CommandContext &context, const QString &out, const QByteArray &contents, const QString &workspacePath)
{
    if (const Status written = writeOutputFile(out, contents, workspaceFiles(workspacePath)); !written) {
        fail(context, written.errorString(), UnusableInput);
        return false;
    }
    return true;
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

void printJson(const CommandContext &context, QJsonObject object)
{
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(*context.warnings));
    printJson(context.out, object);
}

} // namespace lodestar::cli
