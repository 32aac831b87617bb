#include "commandline.h"
#include "runtimedirectory.h"
#include "ui/apppalette.h"
#include "ui/languagesettings.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

namespace {

// The icon the desktop entry names, from the resources so the window has it even when not installed.
QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/io.github.lodestar.Lodestar.png").arg(size));
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const bool headless = lodestar::cli::isSubcommand(rawArguments);
    // Subcommands never need a display; the offscreen platform still renders reports and screenshots.
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The CLI's stderr carries only Lodestar's own messages, also where no login session exists.
    if (headless)
        lodestar::cli::provideRuntimeDirectory();

    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lodestar"));
    QApplication::setOrganizationName(QStringLiteral("Lodestar"));
    QApplication::setApplicationVersion(QStringLiteral(LODESTAR_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.lodestar.Lodestar"));
    lodestar::ui::setUpLanguage();

    if (headless) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return lodestar::cli::run(QApplication::arguments(), out, err);
    }

    QApplication::setWindowIcon(applicationIcon());
    // The window takes two options: --db FILE (without it the last workspace or the welcome page opens)
    // and --palette light|dark (without it the desktop's colours).
    const QStringList arguments = QApplication::arguments();
    const qsizetype db = arguments.indexOf(QStringLiteral("--db"));
    if (const qsizetype option = arguments.indexOf(QStringLiteral("--palette")); option > 0) {
        const auto palette = lodestar::ui::paletteChoiceFromName(arguments.value(option + 1));
        if (!palette) {
            QTextStream(stderr) << QCoreApplication::translate("cli", "lodestar: bad --palette '%1'; use system, light or dark")
                                       .arg(arguments.value(option + 1))
                                << Qt::endl;
            return 2;
        }
        lodestar::ui::applyPaletteChoice(*palette);
    }
    lodestar::ui::MainWindow window;
    window.show();
    window.openInitialWorkspace(db > 0 ? arguments.value(db + 1) : QString());
    return QApplication::exec();
}
