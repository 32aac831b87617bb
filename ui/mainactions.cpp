#include "mainactions.h"

#include "themedicon.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace lodestar::ui {

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
    , newWorkspace(makeAction(tr("&New Workspace…"), QKeySequence::New, tr("Create an empty workspace")))
    , open(makeAction(tr("&Open Workspace…"), QKeySequence::Open, tr("Open a workspace file")))
    , connectPostgres(makeAction(tr("Connect to &PostgreSQL…"), QKeySequence(tr("Ctrl+Shift+O")),
                                 tr("Open or create a workspace in a PostgreSQL database")))
    , importCsv(makeAction(tr("&Import CSV…"), QKeySequence(tr("Ctrl+I")), tr("Import transactions, customers, spend or NPS from a CSV file")))
    , exportCsv(makeAction(tr("Export Table as &CSV…"), QKeySequence(tr("Ctrl+E")), tr("Save the current view's table as CSV")))
    , exportPng(makeAction(tr("Export Chart as &PNG…"), QKeySequence(tr("Ctrl+Shift+E")), tr("Save the current view's chart as a PNG image")))
    , reload(makeAction(tr("&Reload Workspace"), QKeySequence::Refresh, tr("Read the workspace again and recompute")))
    , cancel(makeAction(tr("&Cancel Computation"), QKeySequence(Qt::Key_Escape), tr("Stop the running computation")))
    // Not every platform theme binds Quit (the offscreen one does not): Ctrl+Q then.
    , quit(makeAction(tr("&Quit"), QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(tr("Ctrl+Q")))))
    , help(makeAction(tr("Lodestar &Help"), QKeySequence::HelpContents, tr("What the figures mean and how to work the window")))
    , about(makeAction(tr("&About Lodestar"), QKeySequence(tr("Ctrl+F1"))))
    , resetFilters(makeAction(tr("Reset &Filters"), QKeySequence(tr("Ctrl+R")), tr("Show all dates, channels, regions, plans and tiers")))
    , exportMenu(nullptr)
    , recentMenu(nullptr)
    , viewMenu(nullptr)
    , m_toolBar(nullptr)
{
    // Lodestar's own monochrome icons, drawn in the palette's text colour so they read on dark palettes too.
    newWorkspace->setIcon(themedIcon(QStringLiteral("new")));
    open->setIcon(themedIcon(QStringLiteral("open")));
    importCsv->setIcon(themedIcon(QStringLiteral("imports")));
    exportCsv->setIcon(themedIcon(QStringLiteral("export")));
    exportPng->setIcon(themedIcon(QStringLiteral("export-image")));
    reload->setIcon(themedIcon(QStringLiteral("reload")));
    cancel->setIcon(themedIcon(QStringLiteral("cancel")));
    resetFilters->setIcon(themedIcon(QStringLiteral("reset-filters")));
    cancel->setEnabled(false);
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    createMenus(window);
}

QAction *MainActions::makeAction(const QString &text, const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    if (!tip.isEmpty())
        action->setStatusTip(tip);
    action->setToolTip(shortcut.isEmpty() ? QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…"))
                                          : tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                              shortcut.toString(QKeySequence::NativeText)));
    return action;
}

void MainActions::createMenus(QMainWindow *window)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->addAction(newWorkspace);
    file->addAction(open);
    file->addAction(connectPostgres);
    recentMenu = file->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(importCsv);
    exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(exportCsv);
    exportMenu->addAction(exportPng);
    file->addSeparator();
    file->addAction(reload);
    file->addAction(cancel);
    file->addSeparator();
    file->addAction(quit);
    viewMenu = window->menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(resetFilters);
    viewMenu->addSeparator();
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(this->help);
    help->addAction(about);

    m_toolBar = window->addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(open);
    m_toolBar->addAction(importCsv);
    m_toolBar->addAction(exportCsv);
    m_toolBar->addAction(reload);
    m_toolBar->addAction(cancel);
}

QAction *MainActions::addViewAction(const QString &title, const QIcon &icon, int number)
{
    // A view title such as "Goals & guardrails" is text, not a mnemonic: "&" would underline the next letter.
    auto *action = new QAction(icon, QString(title).replace(QLatin1Char('&'), QStringLiteral("&&")), this);
    if (number <= 9)
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
    viewMenu->addAction(action);
    return action;
}

void MainActions::setRecentWorkspaces(const QStringList &paths)
{
    recentMenu->clear();
    for (const QString &path : paths) {
        QAction *action = recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit recentWorkspaceChosen(path); });
    }
    recentMenu->setEnabled(!paths.isEmpty());
}

void MainActions::setWorkspaceOpen(bool open, bool valued)
{
    importCsv->setEnabled(open);
    reload->setEnabled(open);
    exportCsv->setEnabled(valued);
    exportPng->setEnabled(valued);
    resetFilters->setEnabled(valued);
}

} // namespace lodestar::ui
