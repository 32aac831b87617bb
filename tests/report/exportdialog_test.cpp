#include "reportfixture.h"
#include "testsupport.h"

#include "models/report/reportsource.h"
#include "models/store/store.h"
#include "ui/report/exportreportdialog.h"

#include <gtest/gtest.h>

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

using namespace lodestar;

namespace {

// The app's analysis of the CDNOW sample, as the window would hold it.
std::optional<AnalysisSnapshot> cdnowSnapshot(const test::TempWorkspace &workspace)
{
    const QString cdnow = test::sharedData(QStringLiteral("cdnow/cdnowElog.csv"));
    if (cdnow.isEmpty())
        return std::nullopt;
    const auto imported = test::runLodestar({QStringLiteral("import"), QStringLiteral("--db"), workspace.dbPath(),
                                             QStringLiteral("--transactions"), cdnow});
    if (imported.exitCode != 0)
        return std::nullopt;
    auto store = Store::open(workspace.dbPath(), Store::Mode::ReadOnly);
    const auto inputs = report::loadReportInputs(**store, {});
    if (!inputs)
        return std::nullopt;
    AnalysisSnapshot snapshot;
    snapshot.workspacePath = workspace.dbPath();
    snapshot.data = inputs->data;
    snapshot.valuation = inputs->valuation;
    snapshot.insights = inputs->insights;
    return snapshot;
}

} // namespace

TEST(ExportReportDialog, ExportsWithTheAppFiltersNamedInTheReport)
{
    LODESTAR_REQUIRE_SHARED("cdnow/cdnowElog.csv");
    LODESTAR_REQUIRE_POPPLER();
    const test::TempWorkspace workspace;
    const auto snapshot = cdnowSnapshot(workspace);
    ASSERT_TRUE(snapshot.has_value());
    AnalysisFilter filter;
    filter.from = QDate(1997, 1, 1);
    filter.to = QDate(1997, 12, 31);
    ui::report::ExportReportDialog dialog(*snapshot, filter);
    ASSERT_TRUE(dialog.prepare());

    const QString path = workspace.filePath(QStringLiteral("dialog.pdf"));
    QEventLoop loop;
    QObject::connect(&dialog, &ui::report::ExportReportDialog::exported, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &ui::report::ExportReportDialog::exportFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    dialog.exportTo(path);
    loop.exec();

    ASSERT_TRUE(QFileInfo::exists(path));
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Filters applied: dates 1997-01-01 to 1997-12-31"))) << qPrintable(text.left(500));
    EXPECT_TRUE(text.contains(QStringLiteral("1997Q4"))) << "the report ends where the filter ends";
}
