#include "mainwindow.h"

#include "models/output/outputfile.h"

#include "analysiscontroller.h"
#include "busyoverlay.h"
#include "definitionadoption.h"
#include "demoworkspace.h"
#include "emptyworkspacepage.h"
#include "filterbar.h"
#include "helpdialog.h"
#include "mainactions.h"
#include "messagebar.h"
#include "navigator.h"
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

#include "models/itemmodels/csvexport.h"
#include "ui/charts/chartwidget.h"

#include <QAction>
#include <QDir>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
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
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
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

    m_progress->setMaximumWidth(220);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Computation progress"));
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
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
    connect(m_controller, &AnalysisController::progressChanged, this,
            [this](double fraction) { m_progress->setValue(static_cast<int>(fraction * 1000)); });
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
    else if (!last.isEmpty() && QFileInfo::exists(last))
        openWorkspace(last);
    if (m_options.persistent && !WindowSettings().lastView().isEmpty())
        showView(WindowSettings().lastView());
}

void MainWindow::openWorkspace(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        m_messageBar->showMessage(tr("There is no workspace at %1.").arg(path));
        emit analysisFailed(m_messageBar->message());
        return;
    }
    m_messageBar->hide();
    // Straight to the (veiled) views: the welcome page flashing up while the workspace loads reads as a failure.
    m_central->setCurrentIndex(1);
    m_controller->openWorkspace(QFileInfo(path).absoluteFilePath());
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
    setWindowTitle(tr("%1 — Lodestar").arg(QFileInfo(path).completeBaseName()));
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
    m_progress->setVisible(busy);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_actions->cancel->setEnabled(busy);
    // Over a shown analysis the old figures are veiled; a first load has nothing to veil.
    m_busy->setBusy(busy, task);
    if (busy)
        statusBar()->showMessage(task);
    else
        statusBar()->clearMessage();
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
    m_progress->setVisible(filtering);
    m_progress->setRange(0, 0);
    m_actions->cancel->setEnabled(filtering);
    m_busy->setBusy(filtering, task);
    if (filtering)
        statusBar()->showMessage(task);
    else
        statusBar()->clearMessage();
}

void MainWindow::updateStatus()
{
    m_status->setText(statusText());
}

QString MainWindow::statusText() const
{
    const AnalysisSnapshot &snapshot = m_controller->snapshot();
    if (snapshot.workspacePath.isEmpty())
        return tr("No workspace open");
    QStringList parts{QFileInfo(snapshot.workspacePath).fileName()};
    if (snapshot.valuation) {
        // The range shown is the filter's when it narrows the data, so the status bar matches the figures.
        const QLocale locale;
        const AnalysisFilter *filter = snapshot.insights ? &snapshot.insights->filter : nullptr;
        const QDate from = filter && filter->from.isValid() ? std::max(filter->from, snapshot.valuation->dataStart)
                                                            : snapshot.valuation->dataStart;
        const QDate to = filter && filter->to.isValid() ? std::min(filter->to, snapshot.valuation->dataEnd)
                                                        : snapshot.valuation->dataEnd;
        parts << tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
        parts << m_controller->definition().shortText();
    } else {
        parts << tr("no transactions");
    }
    return parts.join(QStringLiteral("  ·  "));
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
    View *view = currentView();
    const QAbstractItemModel *table = view ? view->exportTable() : nullptr;
    if (!table)
        return m_messageBar->showMessage(tr("This view has no table to export."), MessageBar::Kind::Information);
    const QString path = workspacefiles::askExportPath(this, tr("Export Table as CSV"), view->id() + QStringLiteral(".csv"),
                                                       tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    const Status written = writeCsvFile(*table, path, view->id() == QLatin1String("cohorts"),
                                        workspaceFiles(m_controller->snapshot().workspacePath));
    m_messageBar->showMessage(written ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : written.errorString(),
                              written ? MessageBar::Kind::Information : MessageBar::Kind::Error);
}

void MainWindow::exportPng()
{
    View *view = currentView();
    charts::ChartWidget *chart = view ? view->exportChart() : nullptr;
    if (!chart)
        return m_messageBar->showMessage(tr("This view has no chart to export."), MessageBar::Kind::Information);
    const QString path = workspacefiles::askExportPath(this, tr("Export Chart as PNG"), view->id() + QStringLiteral(".png"),
                                                       tr("PNG images (*.png)"), QStringLiteral("png"));
    if (path.isEmpty())
        return;
    QString error;
    const bool written = chart->exportPng(path, &error);
    m_messageBar->showMessage(written ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error,
                              written ? MessageBar::Kind::Information : MessageBar::Kind::Error);
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
    busyChanged(true, tr("Generating the demo company…"));
    m_progress->setRange(0, 0);
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
