// Writes the transaction file the side-by-side comparison with lifetimes runs on
// (scripts/bench-vs-peer.sh): customer_id,date,amount with daily dates, drawn from the
// project's simulator so the file follows the BG/NBD + Gamma-Gamma story the models assume.
//
//   peer_transactions CUSTOMERS WEEKS OUT.csv [RATE]   -> prints the calibration end (YYYY-MM-DD)
//
// RATE scales every customer's purchase rate (default 1: about 2.8 transactions a customer over
// 78 weeks, the 100,000 / 282,000; 5 gives about 10, the 10M-transaction memory check).
//
// Simulator::bgNbd gives each customer's (x, t_x, T) in days; a Poisson process with x events
// whose last falls at t_x has its other x - 1 events uniform on (0, t_x), which is how the
// dates are laid out here. Spend: each repeat purchase draws Gamma(p, nu) around the customer's
// simulated mean, rescaled so the repeat mean is exactly that mean.

#include "models/clv/simulator.h"

#include <QDate>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace lodestar;

int main(int argc, char **argv)
{
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: peer_transactions CUSTOMERS WEEKS OUT.csv [RATE]\n");
        return 2;
    }
    const std::size_t customers = std::stoul(argv[1]);
    const int days = 7 * std::stoi(argv[2]);
    std::FILE *out = std::fopen(argv[3], "w");
    if (!out) {
        std::perror(argv[3]);
        return 2;
    }
    // CDNOW-like heterogeneity in days (about 2.8 transactions a customer over 78 weeks, as in the
    // issue's file), spend as in the Gamma-Gamma paper.
    const double rate = argc == 5 ? std::stod(argv[4]) : 1.0;
    const BgNbdParameters purchases{0.25, 2.0 * 7.0 / rate, 0.8, 2.4};
    const GammaGammaParameters spend{6.25, 3.74, 15.44};
    SimulationSettings settings;
    settings.customers = customers;
    settings.minAge = 1;
    settings.maxAge = days - 1;
    settings.resolution = 1.0; // whole days
    const std::vector<SimulatedCustomer> simulated = Simulator::bgNbd(purchases, settings, &spend);

    std::fputs("customer_id,date,amount\n", out);
    const QDate end = QDate(2024, 6, 30);
    std::mt19937_64 engine(20240601);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::gamma_distribution<double> share(spend.p, 1.0);
    std::vector<double> times, amounts;
    for (std::size_t c = 0; c < simulated.size(); ++c) {
        const RepeatPurchaseRow &row = simulated[c].calibration;
        const QDate first = end.addDays(-static_cast<qint64>(row.T));
        const int repeats = static_cast<int>(row.x);
        times.assign(1, 0.0);
        for (int k = 1; k < repeats; ++k)
            times.push_back(std::ceil(unit(engine) * row.tx));
        if (repeats > 0)
            times.push_back(row.tx);
        amounts.clear();
        double sum = 0.0;
        for (std::size_t k = 0; k < times.size(); ++k) {
            amounts.push_back(share(engine));
            sum += k > 0 ? amounts.back() : 0.0;
        }
        // The first purchase is not part of the Gamma-Gamma mean; give it the population mean's scale.
        const double mean = repeats > 0 ? simulated[c].meanValue : spend.p * spend.gamma / (spend.q - 1.0);
        const double scale = repeats > 0 ? mean * repeats / sum : mean / spend.p;
        std::sort(times.begin() + 1, times.end());
        for (std::size_t k = 0; k < times.size(); ++k) {
            const QDate date = first.addDays(static_cast<qint64>(times[k]));
            std::fprintf(out, "C%zu,%s,%.2f\n", c + 1, date.toString(Qt::ISODate).toLatin1().constData(),
                         std::max(0.01, amounts[k] * scale));
        }
    }
    std::fclose(out);
    std::printf("%s\n", end.toString(Qt::ISODate).toLatin1().constData());
    return 0;
}
