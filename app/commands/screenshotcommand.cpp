#include "screenshotcommand.h"

#include "app/commandline.h"
#include "models/store/postgresaddress.h"
#include "models/store/workspacepath.h"
#include "ui/apppalette.h"
#include "ui/mainwindow.h"

#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QImageWriter>
#include <QRegularExpression>
#include <QTimer>

namespace lodestar::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 320 || size.height() < 240 || size.width() > 7680 || size.height() > 4320)
        return std::nullopt;
    return size;
}

// The PNG in memory first, so the file is written whole or not at all (OutputFile).
std::optional<QByteArray> pngBytes(const QImage &image, QString &error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        error = writer.errorString();
        return std::nullopt;
    }
    return bytes;
}

// Waits for the window's analysis without processEvents(): a local event loop ends on a signal.
QString waitForAnalysis(ui::MainWindow &window, const QString &path)
{
    QEventLoop loop;
    QString failure;
    QObject::connect(&window, &ui::MainWindow::analysisShown, &loop, &QEventLoop::quit);
    QObject::connect(&window, &ui::MainWindow::analysisFailed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    window.openWorkspace(path);
    loop.exec();
    // Let layouts and charts settle for a few event-loop turns before grabbing.
    QTimer::singleShot(150, &loop, &QEventLoop::quit);
    loop.exec();
    return failure;
}

} // namespace

int runScreenshot(const CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Renders the main window with one view to a PNG."));
    parser.addOption({QStringLiteral("db"), Text::tr("Workspace database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("view"), Text::tr("View to show."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("out"), Text::tr("PNG file to write."), QStringLiteral("PNG")});
    parser.addOption({QStringLiteral("size"), Text::tr("Window size (default 1440x900)."), QStringLiteral("WxH"),
                      QStringLiteral("1440x900")});
    parser.addOption({QStringLiteral("palette"), Text::tr("Colours: system, light or dark (default: system)."),
                      QStringLiteral("NAME"), QStringLiteral("system")});
    if (!parseArguments(parser, context))
        return parser.isSet(QStringLiteral("help")) ? Done : UnusableInput;
    const auto palette = ui::paletteChoiceFromName(parser.value(QStringLiteral("palette")));
    if (!palette)
        return fail(context, Text::tr("bad --palette '%1'; use system, light or dark").arg(parser.value(QStringLiteral("palette"))),
                    UnusableInput);
    // Before the window exists, so every widget is built with the chosen colours.
    ui::applyPaletteChoice(*palette);

    ui::MainWindow window(ui::MainWindow::Options{.persistent = false});
    const QString db = parser.value(QStringLiteral("db"));
    const QString viewName = parser.value(QStringLiteral("view"));
    const QString out = parser.value(QStringLiteral("out"));
    const auto size = parseSize(parser.value(QStringLiteral("size")));
    if (db.isEmpty())
        return fail(context, Text::tr("--db FILE is required"), UnusableInput);
    const bool onServer = isPostgresAddress(db);
    if (!onServer && !QFileInfo::exists(db))
        return fail(context, Text::tr("no workspace at %1").arg(db), UnusableInput);
    if (const QString problem = onServer ? QString() : workspacePathProblem(db, false); !problem.isEmpty())
        return fail(context, problem, UnusableInput);
    if (!window.viewIds().contains(viewName))
        return fail(context, Text::tr("unknown view '%1'; choose one of: %2").arg(viewName, window.viewIds().join(QStringLiteral(", "))),
                    UnusableInput);
    if (!checkOutputPath(context, out, db))
        return UnusableInput;
    if (!size)
        return fail(context, Text::tr("bad --size '%1'; use WIDTHxHEIGHT, e.g. 1440x900").arg(parser.value(QStringLiteral("size"))),
                    UnusableInput);

    window.resize(*size);
    window.showView(viewName);
    window.show();
    if (const QString failure = waitForAnalysis(window, db); !failure.isEmpty())
        return fail(context, failure, UnusableInput);
    QString error;
    const auto png = pngBytes(window.grab().toImage(), error);
    if (!png)
        return fail(context, Text::tr("cannot write %1: %2").arg(out, error), Failed);
    if (!writeOutput(context, out, *png, db))
        return UnusableInput;
    context.out << Text::tr("Wrote %1 (%2 view, %3x%4)").arg(QDir::toNativeSeparators(out), viewName).arg(size->width()).arg(size->height())
                << Qt::endl;
    return Done;
}

} // namespace lodestar::cli
