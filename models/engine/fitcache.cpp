#include "fitcache.h"

#include <QLoggingCategory>

#include <cstdint>
#include <cstring>

namespace lodestar {

// QT_LOGGING_RULES="lodestar.fits.info=true" shows each fit made and how many each run made and reused.
Q_LOGGING_CATEGORY(lcFits, "lodestar.fits", QtWarningMsg)

namespace {

std::uint64_t bitsOf(double value)
{
    std::uint64_t bits = 0;
    value = value == 0.0 ? 0.0 : value; // -0 and +0 are the same input
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

// splitmix64's finaliser: a cheap, well-mixed 64-bit hash step.
std::uint64_t mix(std::uint64_t z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Two independent sums of per-row hashes: the stamp does not depend on row order.
class Stamp
{
public:
    void add(std::initializer_list<double> fields)
    {
        std::uint64_t a = 0x243f6a8885a308d3ULL;
        std::uint64_t b = 0x13198a2e03707344ULL;
        for (double field : fields) {
            a = mix(a ^ bitsOf(field));
            b = mix(b + bitsOf(field) * 0x9e3779b97f4a7c15ULL);
        }
        m_low += a;
        m_high += b ^ (a >> 7);
        ++m_count;
    }
    QString text() const
    {
        return QStringLiteral("%1-%2%3-%4")
            .arg(kFitterRevision)
            .arg(m_high, 16, 16, QLatin1Char('0'))
            .arg(m_low, 16, 16, QLatin1Char('0'))
            .arg(m_count);
    }

private:
    std::uint64_t m_low = 0;
    std::uint64_t m_high = 0;
    std::uint64_t m_count = 0;
};

} // namespace

QString inputStamp(const std::vector<RepeatPurchaseRow> &rows)
{
    Stamp stamp;
    for (const RepeatPurchaseRow &row : rows)
        stamp.add({row.x, row.tx, row.T, row.weight});
    return stamp.text();
}

QString inputStamp(const std::vector<SpendRow> &rows)
{
    Stamp stamp;
    for (const SpendRow &row : rows)
        stamp.add({row.x, row.meanValue, row.weight});
    return stamp.text();
}

FitResult FitCache::fitOrReuse(const QString &model, const QString &stamp, const QString &fittedOn,
                               const std::function<FitResult()> &fit)
{
    const auto key = std::make_pair(model, stamp);
    {
        std::lock_guard lock(m_mutex);
        if (const auto found = m_entries.find(key); found != m_entries.end()) {
            ++m_reused;
            return found->second.result;
        }
    }
    // Fitting outside the lock: two periods of a trend fit at the same time.
    FitResult result = fit();
    qCInfo(lcFits).noquote() << QStringLiteral("fitted %1 on %2").arg(model, fittedOn);
    std::lock_guard lock(m_mutex);
    ++m_performed;
    if (!result.cancelled && m_entries.emplace(key, FitCacheEntry{model, stamp, fittedOn, result}).second)
        m_new.push_back(key);
    return result;
}

void FitCache::load(std::vector<FitCacheEntry> entries)
{
    std::lock_guard lock(m_mutex);
    for (FitCacheEntry &entry : entries) {
        auto key = std::make_pair(entry.model, entry.inputStamp);
        m_entries.emplace(std::move(key), std::move(entry));
    }
}

std::vector<FitCacheEntry> FitCache::takeNewEntries()
{
    std::lock_guard lock(m_mutex);
    std::vector<FitCacheEntry> out;
    for (const auto &key : m_new)
        out.push_back(m_entries.at(key));
    m_new.clear();
    return out;
}

int FitCache::fitsPerformed() const
{
    std::lock_guard lock(m_mutex);
    return m_performed;
}

int FitCache::fitsReused() const
{
    std::lock_guard lock(m_mutex);
    return m_reused;
}

} // namespace lodestar
