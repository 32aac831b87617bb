#pragma once

#include "models/engine/dataset.h"

#include <QByteArray>
#include <QDate>

#include <cstdint>

namespace lodestar::test {

/// Customers acquired at a steady pace over the span, each buying as a BG/NBD customer would:
/// Poisson purchases at a Gamma-drawn rate, a Beta-drawn chance of dropping out after each
/// purchase, Gamma-drawn amounts. Fixed seed, so a test sees the same history every run.
struct HistorySettings
{
    int customers = 1500;
    QDate first{2022, 1, 1};
    QDate last{2023, 12, 31};
    int acquisitionDays = 540; ///< customers arrive over the first this many days
    std::uint64_t seed = 7;
};

Dataset simulatedHistory(const HistorySettings &settings = {});

/// The same history as CSV (customer_id,date,amount) for an import.
QByteArray historyCsv(const Dataset &data);

} // namespace lodestar::test
