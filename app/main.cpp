#include "commandline.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const bool headless = lodestar::cli::isSubcommand(rawArguments);
    // Subcommands never need a display; the offscreen platform still renders reports and screenshots.
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lodestar"));
    QApplication::setOrganizationName(QStringLiteral("Lodestar"));
    QApplication::setApplicationVersion(QStringLiteral(LODESTAR_VERSION));

    if (headless) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return lodestar::cli::run(QApplication::arguments(), out, err);
    }

    lodestar::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
