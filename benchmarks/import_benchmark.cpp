// Imports a generated 1,000,000-row transactions file into a fresh workspace.
// Target: <= 2 s on the 2-core reference machine, with peak memory flat in the file size.
// Then reads that workspace back as the engine's dataset (every analysis starts with this read).
#include "models/import/importer.h"
#include "models/store/datasetreader.h"
#include "models/store/store.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace lodestar;

namespace {

constexpr int kRows = 1'000'000;
constexpr int kCustomers = 100'000;

enum class Columns { RequiredOnly, WithOrderIdAndQuantity };

// Deterministic rows in the shape of a shop export: id, ISO date, amount with cents, and optionally
// an order id (which the store indexes, to refuse orders imported before) and a quantity.
QString writeTransactions(const QTemporaryDir &dir, Columns columns = Columns::WithOrderIdAndQuantity)
{
    const bool withOrders = columns == Columns::WithOrderIdAndQuantity;
    const QString path = dir.filePath(QStringLiteral("transactions.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray chunk(withOrders ? "customer_id,date,amount,order_id,quantity\n" : "customer_id,date,amount\n");
    std::uint64_t state = 42;
    for (int i = 0; i < kRows; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const auto random = static_cast<std::uint32_t>(state >> 33);
        const int day = 1 + int(random % 28), month = 1 + int(random / 28 % 12);
        chunk += "C" + QByteArray::number(random % kCustomers) + ",2024-" + (month < 10 ? "0" : "") + QByteArray::number(month) + '-'
               + (day < 10 ? "0" : "") + QByteArray::number(day) + ',' + QByteArray::number(double(random % 20000) / 100.0, 'f', 2)
               + (withOrders ? ",O" + QByteArray::number(i) + ',' + QByteArray::number(1 + random % 3) : QByteArray()) + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void BM_ImportMillionTransactions(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString csv = writeTransactions(dir, Columns(state.range(0)));
    const double rssBefore = peakRssMiB();
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto store = Store::open(dir.filePath(QStringLiteral("bench-%1.lodestar").arg(run++)));
        if (!store) {
            state.SkipWithError(qPrintable(store.errorString()));
            return;
        }
        state.ResumeTiming();
        ImportOptions options;
        options.path = csv;
        const auto report = Importer(**store).run(options);
        if (!report || report->counts.imported != kRows) {
            state.SkipWithError(report ? "not every row was imported" : qPrintable(report.errorString()));
            return;
        }
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(kRows) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["file_MiB"] = double(QFile(csv).size()) / (1024.0 * 1024.0);
    state.counters["peak_rss_MiB"] = peakRssMiB();
    state.counters["rss_before_import_MiB"] = rssBefore;
}

void BM_ReadMillionTransactions(benchmark::State &state)
{
    QTemporaryDir dir;
    ImportOptions options;
    options.path = writeTransactions(dir);
    auto store = Store::open(dir.filePath(QStringLiteral("read.lodestar")));
    if (!store || !Importer(**store).run(options)) {
        state.SkipWithError("the workspace could not be built");
        return;
    }
    for (auto _ : state) {
        const auto data = readDataset(**store);
        if (!data || data->transactions.size() != std::size_t(kRows)) {
            state.SkipWithError("the dataset is incomplete");
            return;
        }
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(kRows) * double(state.iterations()), benchmark::Counter::kIsRate);
}

} // namespace

// Process CPU time: the import parses on a second thread, whose time the calling thread's clock misses.
// Arg 1: with an order id and quantity per row; arg 0: customer, date and amount only.
BENCHMARK(BM_ImportMillionTransactions)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime()->MeasureProcessCPUTime();
BENCHMARK(BM_ReadMillionTransactions)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
