#pragma once

#include "testsupport.h"
#include "ui/analysiscontroller.h"
#include "ui/charts/chartwidget.h"
#include "ui/mainwindow.h"

#include <gtest/gtest.h>

#include <QImage>

#include <memory>

namespace lodestar::test {

/// Copies the demo workspace into path, generating it with `lodestar demo` the first time for this
/// build of the binary (cached in the temp folder, since ctest runs each test in its own process).
void makeDemoWorkspace(const QString &path);

/// Runs the event loop until the window shows an analysis (or fails, or timeoutMs pass).
bool waitForAnalysis(ui::MainWindow &window, int timeoutMs = 60000);
/// Runs the event loop for a short while so layouts and charts settle.
void settle(int milliseconds = 50);

/// True when the image has at least two different pixel colours.
bool isNotUniform(const QImage &image);

/// The engine's own figures for the workspace, for comparing with what the views show.
struct Reference
{
    Dataset data;
    Valuation valuation;
    Insights insights(const AnalysisFilter &filter) const;
};
Reference referenceFor(const QString &path);

/// A suite with the demo workspace opened in one main window (shared by the suite's tests).
class DemoWindowTest : public ::testing::Test
{
public:
    static void SetUpTestSuite();
    static void TearDownTestSuite();

protected:
    void SetUp() override;
    static ui::MainWindow &window() { return *s_window; }
    static const Reference &reference() { return *s_reference; }
    /// Changes the global filter and waits for the views to show it.
    static void applyFilter(const AnalysisFilter &filter);

private:
    static inline TempWorkspace *s_workspace = nullptr;
    static inline ui::MainWindow *s_window = nullptr;
    static inline Reference *s_reference = nullptr;
};

} // namespace lodestar::test
