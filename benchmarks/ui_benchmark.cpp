// Desktop responsiveness: a filter change to the updated Overview at 100,000 customers
// (target <= 100 ms) and launch to the first painted Overview on the demo workspace (<= 1 s).

#include "app/commandline.h"
#include "models/itemmodels/analysissnapshot.h"
#include "ui/mainwindow.h"
#include "ui/views/overviewview.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <random>

using namespace lodestar;

namespace {

// A deterministic company: 100,000 customers over 2023-2025, 1-12 purchases each.
Dataset syntheticDataset(int customers)
{
    Dataset data;
    std::mt19937 random(42);
    const QStringList channels{QStringLiteral("Search"), QStringLiteral("Social"), QStringLiteral("Referral"), QStringLiteral("Email")};
    const QStringList regions{QStringLiteral("North"), QStringLiteral("South"), QStringLiteral("East"), QStringLiteral("West")};
    const QStringList plans{QStringLiteral("Basic"), QStringLiteral("Plus"), QStringLiteral("Pro")};
    const EpochSeconds start = QDateTime(QDate(2023, 1, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    const EpochSeconds span = 3 * 365 * 86400LL;
    // Purchases follow the BG/NBD story: a gamma-distributed rate, a beta-distributed drop-out chance.
    std::gamma_distribution<double> rate(0.8, 1.0 / 40.0);
    std::gamma_distribution<double> alive(1.0, 1.0);
    std::gamma_distribution<double> dead(4.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::lognormal_distribution<double> amount(3.5, 0.6);
    for (int c = 0; c < customers; ++c) {
        CustomerRecord record;
        record.externalId = QStringLiteral("C%1").arg(c);
        record.channel = channels[c % channels.size()];
        record.region = regions[(c / 4) % regions.size()];
        record.plan = plans[(c / 16) % plans.size()];
        data.customers.push_back(record);
        const double lambda = rate(random) + 1e-4;
        const double a = alive(random);
        const double dropOut = a / (a + dead(random));
        double day = uniform(random) * 0.9 * span / 86400.0;
        for (;;) {
            data.transactions.push_back({c, start + static_cast<EpochSeconds>(day * 86400), amount(random), 0.0, kUnknown, kUnknown});
            if (uniform(random) < dropOut)
                break;
            day += std::exponential_distribution<double>(lambda)(random) + 1.0;
            if (day * 86400 >= span)
                break;
        }
    }
    return data;
}

void runEventLoopFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

void BM_FilterChangeToUpdatedOverview(benchmark::State &state)
{
    static const auto data = std::make_shared<const Dataset>(syntheticDataset(qEnvironmentVariableIntValue("LODESTAR_BENCH_CUSTOMERS") > 0 ? qEnvironmentVariableIntValue("LODESTAR_BENCH_CUSTOMERS") : 100000));
    static const auto valued = valueCustomers(*data, ClvDefinition{});
    if (!valued) {
        state.SkipWithError(qPrintable(valued.errorString()));
        return;
    }
    static const auto valuation = std::make_shared<const Valuation>(valued.value());
    ui::OverviewView overview(nullptr);
    overview.resize(1300, 760);
    overview.show();
    // No workspace path: a simulated dataset has no file, and the Overview must not create one.
    AnalysisSnapshot snapshot{QString(), data, valuation, nullptr, nullptr, filterOptions(*data)};
    int round = 0;
    for (auto _ : state) {
        // What a filter change costs the window: stage two of the engine, then the Overview repaint.
        AnalysisFilter filter;
        filter.channel = snapshot.options.channels.value(round++ % (snapshot.options.channels.size() + 1));
        snapshot.insights = std::make_shared<const Insights>(buildInsights(*data, *valuation, filter));
        overview.showAnalysis(snapshot);
        overview.repaint();
        benchmark::DoNotOptimize(snapshot.insights->headline.averageClv.value);
    }
    state.counters["customers"] = static_cast<double>(data->customers.size());
}
BENCHMARK(BM_FilterChangeToUpdatedOverview)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(20);

void BM_LaunchToFirstPaintedOverview(benchmark::State &state)
{
    static QTemporaryDir folder;
    static const QString demo = folder.filePath(QStringLiteral("demo.lodestar"));
    static const int created = [] {
        QString output;
        QTextStream out(&output);
        QTextStream err(&output);
        return cli::run({QStringLiteral("lodestar"), QStringLiteral("demo"), QStringLiteral("--db"), demo}, out, err);
    }();
    if (created != 0) {
        state.SkipWithError("lodestar demo is not available in this build");
        return;
    }
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        ui::MainWindow window(ui::MainWindow::Options{.persistent = false});
        window.resize(1440, 900);
        window.show();
        QEventLoop loop;
        QObject::connect(&window, &ui::MainWindow::analysisShown, &loop, &QEventLoop::quit);
        QObject::connect(&window, &ui::MainWindow::analysisFailed, &loop, &QEventLoop::quit);
        window.openWorkspace(demo);
        loop.exec();
        window.repaint();
        state.SetIterationTime(timer.nsecsElapsed() / 1e9);
        runEventLoopFor(10);
    }
}
BENCHMARK(BM_LaunchToFirstPaintedOverview)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lodestar"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
