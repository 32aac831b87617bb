#include "command.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace lodestar::cli {

namespace {

QString commandName(const CommandContext &context)
{
    return context.arguments.size() > 1 ? context.arguments.at(1) : QString();
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
    if (mode == Store::Mode::ReadOnly && !QFileInfo::exists(path)) {
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
