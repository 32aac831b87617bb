#pragma once

// Calendar months and quarters as consecutive indices, so the insight scans index arrays
// instead of building dates per transaction.

#include "models/engine/analysis.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace lodestar {

class PeriodCalendar
{
public:
    /// Periods from the one holding firstDay to the one holding lastDay (epoch days).
    PeriodCalendar(Period period, std::int32_t firstDay, std::int32_t lastDay);

    int count() const { return m_count; }
    /// Index of the period holding an epoch day (may be < 0 or >= count() outside the span).
    int indexOfDay(std::int32_t day) const
    {
        const std::int64_t offset = static_cast<std::int64_t>(day) - m_firstDay;
        return offset >= 0 && offset < static_cast<std::int64_t>(m_lookup.size()) ? m_lookup[offset] : absoluteIndex(day) - m_base;
    }
    QDate start(int index) const;
    QDate end(int index) const;        ///< last day of the period
    std::int32_t endDay(int index) const;
    QString label(int index) const;    ///< "2025-03" or "2025Q1"
    Period period() const { return m_period; }
    int monthsPerPeriod() const { return m_period == Period::Month ? 1 : 3; }

private:
    int absoluteIndex(std::int32_t day) const;
    QDate startOfAbsolute(int absolute) const;

    Period m_period;
    int m_base = 0;   ///< absolute index (months or quarters since year 0) of period 0
    int m_count = 0;
    std::int32_t m_firstDay = 0;
    std::vector<int> m_lookup; ///< period index of each day of the span: the scans' hot path
};

} // namespace lodestar
