#include "asof.h"

#include "models/clv/customersummary.h"
#include "models/engine/fitcache.h"
#include "models/engine/transactionaggregates.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <thread>

namespace lodestar {

Dataset datasetAsOf(const Dataset &data, const QDate &date)
{
    const std::int32_t last = epochDayOf(date);
    Dataset cut;
    cut.customers = data.customers;
    cut.spend = data.spend;
    if (!data.holdsTransactions())
        cut.aggregates = data.aggregates->through(last);
    cut.transactions.reserve(data.transactions.size());
    for (const TransactionRecord &t : data.transactions)
        if (epochDay(t.occurredAt) <= last)
            cut.transactions.push_back(t);
    for (const NpsRecord &n : data.nps)
        if (epochDay(n.occurredAt) <= last)
            cut.nps.push_back(n);
    return cut;
}

ClvDefinition definitionAsOf(const ClvDefinition &definition, const QDate &date)
{
    ClvDefinition d = definition;
    d.calibrationEnd = date;
    return d;
}

Result<Valuation> valueAsOf(const Dataset &data, const ClvDefinition &definition, const QDate &date,
                            const ProgressCallback &progress, std::shared_ptr<FitCache> fitCache)
{
    if (definition.calibrationStart.isValid() && definition.calibrationStart > date)
        return Error{QCoreApplication::translate("engine", "%1 is before the calibration window starts (%2).")
                         .arg(date.toString(Qt::ISODate), definition.calibrationStart.toString(Qt::ISODate)), QString()};
    return valueCustomers(datasetAsOf(data, date), definitionAsOf(definition, date), progress, std::move(fitCache));
}

namespace {

std::shared_ptr<const AsOfValues> valuesAt(const Dataset &data, const Valuation &current, const QDate &date,
                                           const ProgressCallback &progress)
{
    auto values = std::make_shared<AsOfValues>();
    values->date = date;
    const auto valuation = valueAsOf(data, current.definition, date, progress, current.fitCache);
    if (!valuation) {
        values->note = valuation.errorString();
        return values;
    }
    // A trend mixes no definitions: a date too thin to fit the models is unknown, not historic CLV.
    if (valuation->historicFallback) {
        values->note = valuation->warnings.join(QLatin1Char(' '));
        return values;
    }
    values->valued = true;
    const std::size_t n = valuation->customers.size();
    values->clv.resize(n);
    values->probabilityAlive.resize(n);
    values->hasClv.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const CustomerValue &v = valuation->customers[i];
        values->clv[i] = v.hasClv ? v.clv : 0.0;
        values->probabilityAlive[i] = static_cast<float>(v.probabilityAlive);
        values->hasClv[i] = v.hasClv ? 1 : 0;
    }
    return values;
}

} // namespace

std::vector<std::shared_ptr<const AsOfValues>> AsOfValuations::at(const Dataset &data, const Valuation &current,
                                                                  const std::vector<QDate> &dates,
                                                                  const ProgressCallback &progress)
{
    std::vector<std::shared_ptr<const AsOfValues>> out(dates.size());
    std::vector<std::size_t> missing;
    {
        std::lock_guard lock(m_mutex);
        for (std::size_t i = 0; i < dates.size(); ++i) {
            if (const auto found = m_values.find(dates[i]); found != m_values.end())
                out[i] = found->second;
            else if (dates[i].isValid())
                missing.push_back(i);
        }
    }
    // Each date is an independent valuation; the fit cache is shared and thread-safe.
    std::atomic_size_t next{0};
    std::atomic_size_t done{0};
    std::atomic_bool cancelled{false};
    std::mutex progressMutex;
    const auto worker = [&] {
        for (std::size_t k = next++; k < missing.size() && !cancelled; k = next++) {
            const ProgressCallback stop = [&](double) { return !cancelled.load(); };
            auto values = valuesAt(data, current, dates[missing[k]], stop);
            if (cancelled)
                return;
            out[missing[k]] = values;
            const double fraction = double(++done) / double(missing.size());
            std::lock_guard lock(progressMutex);
            if (progress && !progress(fraction))
                cancelled = true;
        }
    };
    const unsigned threads = std::clamp<unsigned>(std::thread::hardware_concurrency(), 1u, 4u);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::min<std::size_t>(threads, missing.size()); ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &thread : pool)
        thread.join();
    std::lock_guard lock(m_mutex);
    for (std::size_t k : missing) {
        if (!out[k])
            continue;
        // A cancelled valuation is not remembered as "too little data".
        if (out[k]->valued || !cancelled)
            m_values.emplace(dates[k], out[k]);
    }
    return out;
}

} // namespace lodestar
