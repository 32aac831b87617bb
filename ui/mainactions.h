#pragma once

#include <QObject>

class QAction;
class QIcon;
class QMainWindow;
class QMenu;
class QToolBar;

namespace lodestar::ui {

/// The window's actions, menus and toolbar with their shortcuts; the window connects them.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QMainWindow *window);

    /// Adds "Go to <view>" with Ctrl+<n> for the n-th registered view.
    QAction *addViewAction(const QString &title, const QIcon &icon, int number);
    void setRecentWorkspaces(const QStringList &paths);
    /// Enables what needs an open, valued workspace.
    void setWorkspaceOpen(bool open, bool valued);

    QAction *newWorkspace;
    QAction *open;
    QAction *connectPostgres; ///< a workspace on a PostgreSQL server
    QAction *importCsv;
    QAction *exportCsv;
    QAction *exportPng;
    QAction *reload;
    QAction *cancel;
    QAction *quit;
    QAction *help;   ///< F1: what the figures mean, under the workspace's definition
    QAction *about;
    QAction *resetFilters;
    /// File → Export: the PDF report and other exporters add their actions here.
    QMenu *exportMenu;
    QMenu *recentMenu;
    QMenu *viewMenu;

signals:
    void recentWorkspaceChosen(const QString &path);

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, const QString &tip = {});
    void createMenus(QMainWindow *window);

    QToolBar *m_toolBar;
};

} // namespace lodestar::ui
