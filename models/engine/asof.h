#pragma once

// CLV as the tool would have computed it at a past date: the data cut at that date, the
// definition's calibration ending there, the models fitted on that (through the fit cache) and
// P(alive) and expectations at that date. It is what `lodestar clv` reports on a workspace that
// holds only the transactions up to the date, with `definition --calibration-end` set to it.

#include "models/engine/analysis.h"

#include <QDate>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace lodestar {

/// Every customer's value at one date; vectors are indexed like Dataset::customers.
struct AsOfValues
{
    QDate date;
    bool valued = false;      ///< false: too little data to value at this date; see note
    QString note;
    std::vector<double> clv;
    std::vector<float> probabilityAlive;
    std::vector<std::uint8_t> hasClv;
};

/// The valuations at past dates of one valuation's data and definition, made once each.
class AsOfValuations
{
public:
    /// The values at each date, making the missing ones in parallel; thread-safe. A cancelled
    /// run (progress returned false) leaves the missing dates unvalued and unremembered.
    std::vector<std::shared_ptr<const AsOfValues>> at(const Dataset &data, const Valuation &current,
                                                      const std::vector<QDate> &dates,
                                                      const ProgressCallback &progress = {});

private:
    std::mutex m_mutex;
    std::map<QDate, std::shared_ptr<const AsOfValues>> m_values;
};

/// The dataset as it stood at the end of the date: every customer, the transactions on or before it.
Dataset datasetAsOf(const Dataset &data, const QDate &date);

/// The definition used at a past date: the same, with the calibration ending on that date.
ClvDefinition definitionAsOf(const ClvDefinition &definition, const QDate &date);

/// valueCustomers() on datasetAsOf() under definitionAsOf().
Result<Valuation> valueAsOf(const Dataset &data, const ClvDefinition &definition, const QDate &date,
                            const ProgressCallback &progress = {}, std::shared_ptr<FitCache> fitCache = {});

} // namespace lodestar
