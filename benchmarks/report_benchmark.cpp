// QBR report target (issue 6): `lodestar report` on a 100,000-customer workspace writes the PDF
// in <= 5 s, everything included (read, value every customer, insights, culture, render, write).
// The workspace is made once, outside the timing, by importing simulated CSV files through
// `lodestar import`, so the report reads what a real user's workspace holds.

#include "app/commandline.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <random>

using namespace lodestar;

namespace {

constexpr int kCustomers = 100000;

// BG/NBD-like purchases (Fader, Hardie & Lee 2005): a gamma-distributed rate per customer and a
// beta-distributed chance to drop out after each repeat purchase; first purchases over 2023-2025.
void writeTransactions(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QTextStream out(&file);
    out << "customer_id,date,amount\n";
    std::mt19937_64 rng(42);
    std::gamma_distribution<double> rate(2.0, 1.0 / 8.0);
    std::gamma_distribution<double> betaA(1.0, 1.0), betaB(24.0, 1.0);
    std::lognormal_distribution<double> spend(3.6, 0.5);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QDate start(2023, 1, 1);
    const int days = static_cast<int>(start.daysTo(QDate(2025, 12, 31)));
    for (int c = 1; c <= kCustomers; ++c) {
        const double perDay = rate(rng) / 7.0;
        const double x = betaA(rng);
        const double dropOut = x / (x + betaB(rng));
        double day = std::floor(unit(rng) * (days - 30));
        for (;;) {
            out << c << ',' << start.addDays(static_cast<qint64>(day)).toString(Qt::ISODate) << ','
                << QString::number(spend(rng), 'f', 2) << '\n';
            day += std::ceil(-std::log(1.0 - unit(rng)) / perDay);
            if (day > days || unit(rng) < dropOut)
                break;
        }
    }
}

void writeCustomers(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QTextStream out(&file);
    out << "customer_id,channel,region,plan\n";
    const char *channels[] = {"Search", "Social", "Referral", "Email"};
    const char *regions[] = {"North", "South", "East", "West"};
    const char *plans[] = {"Basic", "Plus", "Pro"};
    for (int c = 1; c <= kCustomers; ++c)
        out << c << ',' << channels[c % 4] << ',' << regions[c % 4 == 0 ? 1 : c % 3] << ',' << plans[c % 3] << '\n';
}

void writeSpend(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QTextStream out(&file);
    out << "month,channel,amount\n";
    for (const char *channel : {"Search", "Social", "Referral", "Email"})
        for (QDate month(2023, 1, 1); month.year() <= 2025; month = month.addMonths(1))
            out << month.toString(QStringLiteral("yyyy-MM")) << ',' << channel << ",60000\n";
}

int runCommand(const QStringList &arguments)
{
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int code = cli::run(QStringList{QStringLiteral("lodestar")} + arguments, out, err);
    if (code != 0)
        fprintf(stderr, "lodestar %s: %s\n", qPrintable(arguments.value(0)), qPrintable(errText));
    return code;
}

void BM_ReportAt100kCustomers(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.lodestar"));
    writeTransactions(dir.filePath(QStringLiteral("transactions.csv")));
    writeCustomers(dir.filePath(QStringLiteral("customers.csv")));
    writeSpend(dir.filePath(QStringLiteral("spend.csv")));
    if (runCommand({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--customers"),
                    dir.filePath(QStringLiteral("customers.csv")), QStringLiteral("--transactions"),
                    dir.filePath(QStringLiteral("transactions.csv")), QStringLiteral("--spend"),
                    dir.filePath(QStringLiteral("spend.csv"))}) != 0) {
        state.SkipWithError("import failed");
        return;
    }
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    for (auto _ : state) {
        if (runCommand({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf}) != 0) {
            state.SkipWithError("report failed");
            return;
        }
    }
    state.counters["customers"] = kCustomers;
    state.counters["pdf_kB"] = static_cast<double>(QFileInfo(pdf).size()) / 1024.0;
}
BENCHMARK(BM_ReportAt100kCustomers)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    // Charts are widgets: the report needs an application object, and no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
