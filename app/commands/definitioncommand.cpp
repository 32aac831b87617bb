#include "definitioncommand.h"

#include "enginecommon.h"

#include "models/store/definitionrepository.h"

#include <QJsonDocument>

namespace lodestar::cli {

int runDefinition(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Shows or sets the workspace's CLV definition."));
    addWorkspaceOptions(parser);
    addDefinitionOptions(parser, DefinitionOptions::All);
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    auto store = openWorkspace(parser, context, Store::Mode::ReadWrite);
    if (!store)
        return UnusableInput;
    const DefinitionRepository repository(*store);
    const auto stored = repository.load();
    if (!stored)
        return fail(context, stored.errorString(), UnusableInput);
    const auto definition = applyDefinitionOptions(parser, *stored);
    if (!definition)
        return fail(context, definition.errorString(), UnusableInput);
    const bool changed = !(*definition == *stored);
    if (changed) {
        if (const Status saved = repository.save(*definition); !saved)
            return fail(context, saved.errorString(), exitCodeOf(saved.error()));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(context.out, QJsonObject{{QStringLiteral("definition"), definition->toJson()},
                                           {QStringLiteral("text"), definition->plainText()},
                                           {QStringLiteral("saved"), changed}});
        return Done;
    }
    context.out << definition->plainText() << '\n';
    const QJsonObject json = definition->toJson();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonValue v = it.value();
        const QString text = v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble())
                           : v.isNull() ? QStringLiteral("(data)") : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        context.out << "  " << it.key().leftJustified(22) << text << '\n';
    }
    if (changed)
        context.out << QCoreApplication::translate("cli", "Saved.") << '\n';
    context.out.flush();
    return Done;
}

} // namespace lodestar::cli
