#include "mainwindow.h"

#include "analysiscontroller.h"
#include "analysisstatus.h"
#include "busyoverlay.h"
#include "connectdialog.h"
#include "definitionadoption.h"
#include "demoworkspace.h"
#include "emptyworkspacepage.h"
#include "filterbar.h"
#include "helpdialog.h"
#include "mainactions.h"
#include "messagebar.h"
#include "navigator.h"
#include "viewexport.h"
#include "welcomepage.h"
#include "windowsettings.h"
#include "workspacefiles.h"
#include "culture/culturecache.h"
#include "culture/goalsview.h"
#include "culture/matrixview.h"
#include "report/exportreportdialog.h"
#include "views/cohortsview.h"
#include "views/customersview.h"
#include "views/definitionview.h"
#include "views/importsview.h"
#include "views/modelview.h"
#include "views/overviewview.h"
#include "views/segmentsview.h"
#include "models/store/postgresaddress.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace lodestar::ui {

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Options{}, parent)
{
}

MainWindow::MainWindow(Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_controller(new AnalysisController(this))
    , m_culture(new CultureCache(this))
    , m_adoption(new DefinitionAdoption(this))
    , m_actions(new MainActions(this))
    , m_filterBar(new FilterBar(this))
    , m_messageBar(new MessageBar(this))
    , m_navigator(new Navigator(this))
    , m_welcome(new WelcomePage(this))
    , m_central(new QStackedWidget(this))
    , m_empty(new EmptyWorkspacePage(this))
    , m_busy(new BusyOverlay(m_navigator))
    , m_status(new AnalysisStatus(statusBar()))
{
    setWindowTitle(tr("Lodestar"));
    setObjectName(QStringLiteral("lodestarMainWindow"));
    resize(1280, 800);
    auto *analysis = new QWidget(this);
    auto *layout = new QVBoxLayout(analysis);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_navigator, 1);
    auto *root = new QWidget(this);
    auto *rootLayout = new QVBoxLayout(root);
    rootLayout->setContentsMargins(0, 0, 0, 0);
    rootLayout->setSpacing(0);
    rootLayout->addWidget(m_messageBar);
    rootLayout->addWidget(m_central, 1);
    m_central->addWidget(m_welcome);
    m_central->addWidget(analysis);
    m_central->addWidget(m_empty);
    setCentralWidget(root);

    createViews();
    connectActions();
    connectController();
    report::addReportExportAction(exportMenu(), [this] { return m_controller->snapshot(); },
                                  [this] { return m_controller->filter(); }, this);
    m_actions->setWorkspaceOpen(false, false);
    m_actions->setRecentWorkspaces(WindowSettings().recentWorkspaces());
    updateStatus();
    if (m_options.persistent) {
        restoreGeometry(WindowSettings().geometry());
        restoreState(WindowSettings().state());
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    auto *segments = new SegmentsView(this);
    auto *customers = new CustomersView(this);
    auto *definition = new DefinitionView(this);
    addView(new OverviewView(m_culture, this));
    addView(segments);
    addView(new CohortsView(this));
    addView(customers);
    addView(new ModelView(this));
    addView(definition);
    addView(new MatrixView(*m_culture, this));
    addView(new GoalsView(*m_culture, this));
    auto *imports = new ImportsView(this);
    addView(imports);
    connect(imports, &ImportsView::workspaceImported, m_controller, &AnalysisController::reload);
    connect(segments, &SegmentsView::segmentActivated, this, [this, customers](SegmentDimension dimension, const QString &key) {
        customers->showSegment(dimension, key);
        showView(customers->id());
    });
    connect(definition, &DefinitionView::definitionApplied, m_controller, &AnalysisController::applyDefinition);
    connect(m_culture, &CultureCache::editFailed, this, [this](const QString &message) { m_messageBar->showMessage(message); });
}

void MainWindow::addView(View *view)
{
    m_navigator->addView(view);
    const int number = static_cast<int>(m_navigator->views().size());
    QAction *action = m_actions->addViewAction(view->title(), view->icon(), number);
    connect(action, &QAction::triggered, this, [this, number] { m_navigator->showIndex(number - 1); });
    connect(view, &View::messageRequested, this, [this](const QString &message) { m_messageBar->showMessage(message); });
    view->showAnalysis(m_controller->snapshot());
}

void MainWindow::connectActions()
{
    connect(m_actions->newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_actions->open, &QAction::triggered, this, &MainWindow::chooseWorkspace);
    connect(m_actions->connectPostgres, &QAction::triggered, this, [this] {
        ConnectDialog dialog(this);
        if (isPostgresAddress(m_controller->snapshot().workspacePath))
            dialog.setAddress(m_controller->snapshot().workspacePath);
        if (dialog.exec() == QDialog::Accepted)
            openWorkspace(dialog.address());
    });
    connect(m_actions, &MainActions::recentWorkspaceChosen, this, &MainWindow::openWorkspace);
    connect(m_actions->importCsv, &QAction::triggered, this, &MainWindow::importCsv);
    connect(m_actions->exportCsv, &QAction::triggered, this, &MainWindow::exportCsv);
    connect(m_actions->exportPng, &QAction::triggered, this, &MainWindow::exportPng);
    connect(m_actions->reload, &QAction::triggered, m_controller, &AnalysisController::reload);
    connect(m_actions->cancel, &QAction::triggered, this, [this] {
        m_controller->cancel();
        if (m_demo)
            m_demo->cancel();
    });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->help, &QAction::triggered, this, &MainWindow::showHelp);
    connect(m_empty, &EmptyWorkspacePage::importRequested, this, [this] {
        m_central->setCurrentIndex(1);
        importCsv();
    });
    connect(m_actions->resetFilters, &QAction::triggered, m_filterBar, &FilterBar::reset);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::createDemoWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseWorkspace);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_filterBar, &FilterBar::filterChanged, m_controller, &AnalysisController::setFilter);
    connect(m_navigator, &Navigator::currentViewChanged, this, [this](View *view) {
        if (m_options.persistent)
            WindowSettings().setLastView(view->id());
    });
}

void MainWindow::connectController()
{
    connect(m_navigator, &Navigator::currentViewChanged, this,
            [this](View *view) { m_adoption->viewPresented(view, m_controller->snapshot()); });
    connect(m_controller, &AnalysisController::workspaceChanged, this, &MainWindow::workspaceChanged);
    connect(m_controller, &AnalysisController::analysisChanged, this, &MainWindow::showAnalysis);
    connect(m_controller, &AnalysisController::busyChanged, this, &MainWindow::busyChanged);
    connect(m_controller, &AnalysisController::progressChanged, m_status, &AnalysisStatus::setProgress);
    connect(m_controller, &AnalysisController::filteringChanged, this, &MainWindow::filteringChanged);
    connect(m_controller, &AnalysisController::failed, this, [this](const QString &message) {
        // A workspace without transactions is a start, not an error: its page says what to do.
        if (!isEmptyWorkspace())
            m_messageBar->showMessage(message);
        showPage();
        if (!m_controller->snapshot().isComplete())
            emit analysisFailed(message);
    });
}

void MainWindow::openInitialWorkspace(const QString &path)
{
    const QString last = m_options.persistent ? WindowSettings().lastWorkspace() : QString();
    if (!path.isEmpty())
        openWorkspace(path);
    else if (!last.isEmpty() && (isPostgresAddress(last) || QFileInfo::exists(last)))
        openWorkspace(last);
    if (m_options.persistent && !WindowSettings().lastView().isEmpty())
        showView(WindowSettings().lastView());
}

void MainWindow::openWorkspace(const QString &path)
{
    const bool onServer = isPostgresAddress(path);
    if (!onServer && !QFileInfo::exists(path)) {
        m_messageBar->showMessage(tr("There is no workspace at %1.").arg(path));
        emit analysisFailed(m_messageBar->message());
        return;
    }
    m_messageBar->hide();
    // Straight to the (veiled) views: the welcome page flashing up while the workspace loads reads as a failure.
    m_central->setCurrentIndex(1);
    m_controller->openWorkspace(onServer ? path : QFileInfo(path).absoluteFilePath());
}

bool MainWindow::isEmptyWorkspace() const
{
    const AnalysisSnapshot &snapshot = m_controller->snapshot();
    return snapshot.data && snapshot.data->transactions.empty();
}

void MainWindow::showPage()
{
    const AnalysisSnapshot &snapshot = m_controller->snapshot();
    if (snapshot.workspacePath.isEmpty() && !m_controller->isBusy())
        m_central->setCurrentIndex(0);
    else if (isEmptyWorkspace())
        m_central->setCurrentIndex(2);
    else if (!snapshot.workspacePath.isEmpty())
        m_central->setCurrentIndex(1);
}

void MainWindow::workspaceChanged()
{
    const AnalysisSnapshot &snapshot = m_controller->snapshot();
    const QString path = snapshot.workspacePath;
    const QDate first = snapshot.valuation ? snapshot.valuation->dataStart : QDate();
    const QDate last = snapshot.valuation ? snapshot.valuation->dataEnd : QDate();
    m_filterBar->setWorkspace(snapshot.options, first, last);
    m_filterBar->setEnabled(snapshot.valuation != nullptr);
    // A model that could not be used falls back (the other model, historic CLV, observed mean
    // spend); the bar says which, so the figures are never silently of another kind.
    if (snapshot.valuation && !snapshot.valuation->warnings.isEmpty())
        m_messageBar->showMessage(snapshot.valuation->warnings.join(QLatin1Char('\n')), MessageBar::Kind::Information);
    if (auto *definition = qobject_cast<DefinitionView *>(m_navigator->view(QStringLiteral("definition"))))
        definition->setDefinition(m_controller->definition());
    showPage();
    m_actions->setWorkspaceOpen(true, snapshot.isComplete());
    setWindowTitle(tr("%1 — Lodestar").arg(workspaceLabel(path)));
    if (m_options.persistent) {
        WindowSettings settings;
        settings.setLastWorkspace(path);
        settings.addRecentWorkspace(path);
        m_actions->setRecentWorkspaces(settings.recentWorkspaces());
    }
}

void MainWindow::showAnalysis()
{
    const AnalysisSnapshot &snapshot = m_controller->snapshot();
    for (View *view : m_navigator->views())
        view->showAnalysis(snapshot);
    // What went wrong before (a failed load, an empty workspace) is over once an analysis shows.
    if (snapshot.isComplete())
        m_messageBar->clearError();
    m_adoption->viewPresented(m_navigator->currentView(), snapshot);
    updateStatus();
    emit analysisShown();
}

void MainWindow::busyChanged(bool busy, const QString &task)
{
    m_status->showWork(busy, task);
    m_actions->cancel->setEnabled(busy);
    // Over a shown analysis the old figures are veiled; a first load has nothing to veil.
    m_busy->setBusy(busy, task);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void MainWindow::filteringChanged(bool filtering)
{
    if (m_controller->isBusy())
        return; // the valuation's own progress and veil are showing
    const QString task = tr("Applying the filter…");
    m_status->showWork(filtering, task, true);
    m_actions->cancel->setEnabled(filtering);
    m_busy->setBusy(filtering, task);
}

void MainWindow::updateStatus()
{
    m_status->showAnalysis(m_controller->snapshot(), m_controller->definition());
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

bool MainWindow::showView(const QString &id)
{
    return m_navigator->showView(id);
}

QStringList MainWindow::viewIds() const
{
    return m_navigator->viewIds();
}

View *MainWindow::view(const QString &id) const
{
    return m_navigator->view(id);
}

View *MainWindow::currentView() const
{
    return m_navigator->currentView();
}

QMenu *MainWindow::exportMenu() const
{
    return m_actions->exportMenu;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_controller->cancel();
    if (m_options.persistent) {
        WindowSettings settings;
        settings.setGeometry(saveGeometry());
        settings.setState(saveState());
    }
    event->accept();
}

void MainWindow::newWorkspace()
{
    const QString path = workspacefiles::askNewWorkspacePath(this);
    if (path.isEmpty())
        return;
    if (const Status created = workspacefiles::createWorkspace(path); !created)
        return m_messageBar->showMessage(created.errorString());
    openWorkspace(path);
}

void MainWindow::chooseWorkspace()
{
    const QString path = workspacefiles::askOpenWorkspacePath(this);
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::importCsv()
{
    if (showView(QStringLiteral("imports")))
        QMetaObject::invokeMethod(currentView(), "startImport");
}

void MainWindow::exportCsv()
{
    if (const auto outcome = viewexport::exportTable(currentView(), m_controller->snapshot().workspacePath, this))
        m_messageBar->showMessage(outcome->message, outcome->kind);
}

void MainWindow::exportPng()
{
    if (const auto outcome = viewexport::exportChart(currentView(), this))
        m_messageBar->showMessage(outcome->message, outcome->kind);
}

void MainWindow::createDemoWorkspace()
{
    if (!m_demo) {
        m_demo = new DemoWorkspace(this);
        connect(m_demo, &DemoWorkspace::created, this, [this](const QString &path) {
            m_welcome->setDemoRunning(false);
            busyChanged(false, {});
            openWorkspace(path);
        });
        connect(m_demo, &DemoWorkspace::failed, this, [this](const QString &message) {
            m_welcome->setDemoRunning(false);
            busyChanged(false, {});
            m_messageBar->showMessage(message);
        });
    }
    m_welcome->setDemoRunning(true);
    const QString task = tr("Generating the demo company…");
    busyChanged(true, task);
    m_status->showWork(true, task, true);
    m_demo->create(WindowSettings::demoWorkspacePath());
}

void MainWindow::showHelp()
{
    const bool open = !m_controller->snapshot().workspacePath.isEmpty();
    HelpDialog dialog(open ? &m_controller->definition() : nullptr, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Lodestar"),
                       tr("<h3>Lodestar %1</h3><p>Customer lifetime value as the north-star KPI.</p>"
                          "<p>Built with Qt %2, running on Qt %3.</p><p>Licence: GPL-3.0-or-later.</p>")
                           .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
}

} // namespace lodestar::ui
