#include "periods.h"

#include "models/clv/customersummary.h"

namespace lodestar {

namespace {

// Year and month of a day count since 1970-01-01: Howard Hinnant's civil_from_days
// ("chrono-compatible low-level date algorithms"), exact for the proleptic Gregorian calendar.
void civilFromDays(std::int32_t z, int &year, int &month)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
}

} // namespace

PeriodCalendar::PeriodCalendar(Period period, std::int32_t firstDay, std::int32_t lastDay) : m_period(period)
{
    m_base = absoluteIndex(firstDay);
    m_count = std::max(0, absoluteIndex(lastDay) - m_base + 1);
    m_firstDay = firstDay;
    if (lastDay >= firstDay && lastDay - firstDay < 100 * 366) {
        m_lookup.resize(static_cast<std::size_t>(lastDay - firstDay) + 1);
        for (std::size_t i = 0; i < m_lookup.size(); ++i)
            m_lookup[i] = absoluteIndex(firstDay + static_cast<std::int32_t>(i)) - m_base;
    }
}

int PeriodCalendar::absoluteIndex(std::int32_t day) const
{
    int year = 0;
    int month = 0;
    civilFromDays(day, year, month);
    const int months = year * 12 + (month - 1);
    return m_period == Period::Month ? months : months / 3;
}

QDate PeriodCalendar::startOfAbsolute(int absolute) const
{
    const int months = m_period == Period::Month ? absolute : absolute * 3;
    return QDate(months / 12, months % 12 + 1, 1);
}

QDate PeriodCalendar::start(int index) const
{
    return startOfAbsolute(m_base + index);
}

QDate PeriodCalendar::end(int index) const
{
    return startOfAbsolute(m_base + index + 1).addDays(-1);
}

std::int32_t PeriodCalendar::endDay(int index) const
{
    return epochDayOf(end(index));
}

QString PeriodCalendar::label(int index) const
{
    const QDate first = start(index);
    if (m_period == Period::Month)
        return first.toString(QStringLiteral("yyyy-MM"));
    return QStringLiteral("%1Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1);
}

} // namespace lodestar
