#pragma once

#include "models/itemmodels/analysissnapshot.h"

#include <QMainWindow>

class QMenu;
class QStackedWidget;

namespace lodestar::ui {

class AnalysisController;
class AnalysisStatus;
class BusyOverlay;
class CultureCache;
class DefinitionAdoption;
class DemoWorkspace;
class EmptyWorkspacePage;
class FilterBar;
class MainActions;
class MessageBar;
class Navigator;
class View;
class WelcomePage;

/// The Lodestar window: navigation, views and the workspace they show.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        /// Remember geometry, workspace and view in QSettings (off for screenshots and tests).
        bool persistent = true;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens path, or else the last workspace, or else offers the demo data.
    void openInitialWorkspace(const QString &path);
    void openWorkspace(const QString &path);
    /// Registers one more page: sidebar entry, Ctrl+<n>, analysis updates.
    void addView(View *view);
    bool showView(const QString &id);
    QStringList viewIds() const;
    View *view(const QString &id) const;
    View *currentView() const;

    AnalysisController *controller() const { return m_controller; }
    FilterBar *filterBar() const { return m_filterBar; }
    MessageBar *messageBar() const { return m_messageBar; }
    QString statusText() const;
    /// File → Export, for exporters that come with later features (the PDF report).
    QMenu *exportMenu() const;

signals:
    /// Every view shows the current analysis (after a load, valuation or filter change).
    void analysisShown();
    /// A load or valuation ended without a new analysis.
    void analysisFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createViews();
    void connectActions();
    void connectController();
    void workspaceChanged();
    void showAnalysis();
    void busyChanged(bool busy, const QString &task);
    void updateStatus();
    void newWorkspace();
    void chooseWorkspace();
    void importCsv();
    void exportCsv();
    void exportPng();
    void createDemoWorkspace();
    void showAbout();
    void showHelp();
    void filteringChanged(bool filtering);
    /// The views, the welcome page or the empty-workspace page, as the snapshot calls for.
    void showPage();
    bool isEmptyWorkspace() const;

    Options m_options;
    AnalysisController *m_controller;
    CultureCache *m_culture; ///< the culture figures the matrix, goals page and Overview banner share
    DefinitionAdoption *m_adoption; ///< records the definition's use by the view on screen
    MainActions *m_actions;
    FilterBar *m_filterBar;
    MessageBar *m_messageBar;
    Navigator *m_navigator;
    WelcomePage *m_welcome;
    QStackedWidget *m_central;
    EmptyWorkspacePage *m_empty;
    BusyOverlay *m_busy;
    AnalysisStatus *m_status;
    DemoWorkspace *m_demo = nullptr;
};

} // namespace lodestar::ui
