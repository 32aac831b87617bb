#include "uitestsupport.h"

#include "models/store/datasetreader.h"
#include "models/store/definitionrepository.h"
#include "models/store/store.h"
#include "ui/analysiscontroller.h"
#include "ui/filterbar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace lodestar::test {

void makeDemoWorkspace(const QString &path)
{
    const QFileInfo binary(QStringLiteral(LODESTAR_BINARY));
    const QString cached = QDir::temp().filePath(
        QStringLiteral("lodestar-ui-tests-demo-%1.lodestar").arg(binary.lastModified().toSecsSinceEpoch()));
    if (!QFileInfo::exists(cached)) {
        const QString fresh = cached + QStringLiteral(".%1.tmp").arg(QCoreApplication::applicationPid());
        const ProcessResult result = runLodestar({QStringLiteral("demo"), QStringLiteral("--db"), fresh});
        ASSERT_EQ(result.exitCode, 0) << result.err.constData();
        QFile::rename(fresh, cached); // another process may have won the race; either copy is the same
        QFile::remove(fresh);
    }
    ASSERT_TRUE(QFile::copy(cached, path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool waitForAnalysis(ui::MainWindow &window, int timeoutMs)
{
    QEventLoop loop;
    bool shown = false;
    QObject::connect(&window, &ui::MainWindow::analysisShown, &loop, [&] {
        shown = true;
        loop.quit();
    });
    QObject::connect(&window, &ui::MainWindow::analysisFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return shown;
}

void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool isNotUniform(const QImage &image)
{
    if (image.isNull())
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

Insights Reference::insights(const AnalysisFilter &filter) const
{
    return buildInsights(data, valuation, filter);
}

Reference referenceFor(const QString &path)
{
    auto store = Store::open(path, Store::Mode::ReadOnly);
    EXPECT_TRUE(store.ok()) << qPrintable(store.errorString());
    Reference reference;
    reference.data = readDataset(**store).value();
    const ClvDefinition definition = DefinitionRepository(**store).load().value();
    reference.valuation = valueCustomers(reference.data, definition).value();
    return reference;
}

void DemoWindowTest::SetUpTestSuite()
{
    s_workspace = new TempWorkspace;
    makeDemoWorkspace(s_workspace->dbPath());
    s_window = new ui::MainWindow(ui::MainWindow::Options{.persistent = false});
    s_window->resize(1440, 900);
    s_window->show();
    s_window->openWorkspace(s_workspace->dbPath());
    ASSERT_TRUE(waitForAnalysis(*s_window)) << qPrintable(s_window->statusText());
    s_reference = new Reference(referenceFor(s_workspace->dbPath()));
}

void DemoWindowTest::TearDownTestSuite()
{
    delete s_window;
    delete s_reference;
    delete s_workspace;
    s_window = nullptr;
    s_reference = nullptr;
    s_workspace = nullptr;
}

void DemoWindowTest::SetUp()
{
    ASSERT_NE(s_window, nullptr);
    ASSERT_TRUE(s_window->controller()->snapshot().isComplete());
}

void DemoWindowTest::applyFilter(const AnalysisFilter &filter)
{
    s_window->filterBar()->setFilter(filter);
    ASSERT_TRUE(waitForAnalysis(*s_window, 20000));
}

} // namespace lodestar::test
