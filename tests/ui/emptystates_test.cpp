// What the window shows for workspaces with little in them: no transactions at all, or
// transactions without channels, regions or plans; and the menu and help around them.
#include "uitestsupport.h"

#include "models/clv/clvdefinition.h"
#include "ui/emptyworkspacepage.h"
#include "ui/filterbar.h"
#include "ui/helpdialog.h"
#include "ui/messagebar.h"
#include "ui/workspacefiles.h"
#include "ui/views/view.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenuBar>

using namespace lodestar;
using namespace lodestar::test;

namespace {

// Transactions only (no customers file): no channel, region or plan, two years of purchases.
QString attributelessWorkspace(const TempWorkspace &workspace)
{
    QByteArray csv = "customer_id,date,amount\n";
    for (int customer = 0; customer < 40; ++customer) {
        for (int purchase = 0; purchase <= customer % 5; ++purchase) {
            const QDate date = QDate(2023, 1, 3).addDays(customer * 7 + purchase * 61);
            csv += QStringLiteral("K%1,%2,%3\n").arg(customer).arg(date.toString(Qt::ISODate)).arg(20 + customer % 7 * 5).toUtf8();
        }
    }
    const QString file = workspace.writeFile(QStringLiteral("tx.csv"), csv);
    const QString path = workspace.filePath(QStringLiteral("plain.lodestar"));
    const ProcessResult imported = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), path,
                                                QStringLiteral("--transactions"), file});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.constData();
    return path;
}

std::unique_ptr<ui::MainWindow> openWindow()
{
    auto window = std::make_unique<ui::MainWindow>(ui::MainWindow::Options{.persistent = false});
    window->resize(1280, 800);
    window->show();
    return window;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    for (int waited = 0; waited < timeoutMs && !done(); waited += 50)
        settle(50);
    return done();
}

} // namespace

TEST(EmptyStates, ANewWorkspaceOffersImportInsteadOfAnError)
{
    const TempWorkspace workspace;
    ASSERT_TRUE(ui::workspacefiles::createWorkspace(workspace.dbPath()));
    auto window = openWindow();
    window->openWorkspace(workspace.dbPath());
    auto *page = window->findChild<ui::EmptyWorkspacePage *>();
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(waitFor([&] { return page->isVisible(); }));
    EXPECT_TRUE(window->messageBar()->message().isEmpty()) << qPrintable(window->messageBar()->message());
}

TEST(EmptyStates, AnErrorIsClearedOnceAnAnalysisShowsButANoticeStays)
{
    const TempWorkspace workspace;
    const QString plain = attributelessWorkspace(workspace);
    auto window = openWindow();
    window->openWorkspace(plain);
    ASSERT_TRUE(waitForAnalysis(*window));
    // As after a failed import: an error, then an analysis shows (here, of a changed filter).
    window->messageBar()->showMessage(QStringLiteral("Something failed"));
    AnalysisFilter filter;
    filter.from = QDate(2023, 7, 1);
    window->filterBar()->setFilter(filter);
    ASSERT_TRUE(waitForAnalysis(*window));
    EXPECT_TRUE(window->messageBar()->message().isEmpty()) << qPrintable(window->messageBar()->message());

    window->messageBar()->showMessage(QStringLiteral("Saved report.pdf."), ui::MessageBar::Kind::Information);
    window->filterBar()->setFilter(AnalysisFilter{});
    ASSERT_TRUE(waitForAnalysis(*window));
    EXPECT_EQ(window->messageBar()->message(), QStringLiteral("Saved report.pdf."));

    // A reload shows the valuation's own notice (this small workspace falls back to historic CLV),
    // never the error from before it.
    window->messageBar()->showMessage(QStringLiteral("Something failed"));
    window->controller()->reload();
    ASSERT_TRUE(waitForAnalysis(*window));
    EXPECT_FALSE(window->messageBar()->message().contains(QLatin1String("Something failed")));
    EXPECT_TRUE(window->messageBar()->message().contains(QLatin1String("historic CLV")))
        << qPrintable(window->messageBar()->message());
}

TEST(EmptyStates, TheFilterBarForgetsThePreviousWorkspacesDates)
{
    const TempWorkspace workspace;
    const QString plain = attributelessWorkspace(workspace);
    const QString empty = workspace.filePath(QStringLiteral("empty.lodestar"));
    ASSERT_TRUE(ui::workspacefiles::createWorkspace(empty));
    auto window = openWindow();
    window->openWorkspace(plain);
    ASSERT_TRUE(waitForAnalysis(*window));
    window->openWorkspace(empty);
    auto *page = window->findChild<ui::EmptyWorkspacePage *>();
    ASSERT_TRUE(waitFor([&] { return page->isVisible(); }));
    for (const QDateEdit *edit : window->filterBar()->findChildren<QDateEdit *>()) {
        EXPECT_FALSE(edit->isEnabled());
        EXPECT_FALSE(edit->text().contains(QLatin1String("2023")) || edit->text().contains(QLatin1String("2024")))
            << qPrintable(edit->text());
    }
    EXPECT_FALSE(window->filterBar()->filter().from.isValid());
}

TEST(EmptyStates, FiltersTheDataCannotSupportAreHiddenAndNamedOnce)
{
    const TempWorkspace workspace;
    const QString plain = attributelessWorkspace(workspace);
    auto window = openWindow();
    window->openWorkspace(plain);
    ASSERT_TRUE(waitForAnalysis(*window));
    int visibleChoices = 0;
    for (const QComboBox *box : window->filterBar()->findChildren<QComboBox *>())
        visibleChoices += box->isVisible() ? 1 : 0;
    EXPECT_EQ(visibleChoices, 2); // period and tier
    int hints = 0;
    for (const QLabel *label : window->filterBar()->findChildren<QLabel *>())
        hints += label->isVisible() && label->text().contains(QLatin1String("channel")) ? 1 : 0;
    EXPECT_EQ(hints, 1);
}

TEST(EmptyStates, TheStatusBarShowsTheFilteredRange)
{
    const TempWorkspace workspace;
    const QString plain = attributelessWorkspace(workspace);
    auto window = openWindow();
    window->openWorkspace(plain);
    ASSERT_TRUE(waitForAnalysis(*window));
    const QString whole = window->statusText();
    AnalysisFilter filter;
    filter.from = QDate(2023, 7, 1);
    window->filterBar()->setFilter(filter);
    ASSERT_TRUE(waitForAnalysis(*window));
    EXPECT_NE(window->statusText(), whole);
    EXPECT_TRUE(window->statusText().contains(QLocale().toString(QDate(2023, 7, 1), QLocale::ShortFormat)))
        << qPrintable(window->statusText());
}

TEST(WindowMenus, ViewTitlesWithAnAmpersandKeepIt)
{
    // A menu reads "&" as a mnemonic: "Goals & guardrails" showed as "Goals _guardrails".
    auto window = openWindow();
    int checked = 0;
    for (const ui::View *view : window->findChildren<ui::View *>()) {
        if (!view->title().contains(QLatin1Char('&')))
            continue;
        bool found = false;
        for (const QAction *action : window->findChildren<QAction *>())
            found = found || action->iconText() == view->title();
        EXPECT_TRUE(found) << qPrintable(view->title());
        ++checked;
    }
    EXPECT_GE(checked, 1);
}

TEST(WindowMenus, F1OpensTheHelpWithTheDefinitionsNotAbout)
{
    auto window = openWindow();
    const QAction *f1 = nullptr;
    for (const QAction *action : window->findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QKeySequence::HelpContents))
            f1 = action;
    ASSERT_NE(f1, nullptr);
    EXPECT_FALSE(f1->text().contains(QLatin1String("About")));
    ClvDefinition definition;
    const QString html = ui::HelpDialog::html(&definition);
    EXPECT_TRUE(html.contains(definition.plainText().toHtmlEscaped()));
    EXPECT_TRUE(html.contains(QLatin1String("LTV:CAC")));
}
