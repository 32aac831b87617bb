#pragma once

#include "models/engine/dataset.h"

#include <QString>

#include <optional>
#include <string_view>

namespace lodestar {

/// Which of the first two numbers of d/M/yyyy or M/d/yyyy is the day.
enum class DayMonthOrder { DayFirst, MonthFirst };

/// Parses --date-format: "d/M/yyyy", "dd/MM/yyyy", "dmy" (day first), "M/d/yyyy", "mdy" (month first);
/// "iso" and "yyyyMMdd" are accepted too (never ambiguous: order stays unset). False if unknown.
bool parseDateFormatOption(const QString &text, std::optional<DayMonthOrder> &order);
QString dateOrderName(DayMonthOrder order);

/// Reads the dates found in exports: ISO 8601 (yyyy-MM-dd, optional time and zone), yyyyMMdd (CDNOW),
/// d/M/yyyy or M/d/yyyy (also with '.' or '-', two-digit years, optional time and AM/PM).
/// Times without a zone are taken as UTC. Hand-written because QDateTime::fromString is too slow for
/// a million rows and does not know the ambiguous forms.
class DateParser
{
public:
    /// twoDigitYears false refuses "24-01-01" (is 24 the day or the year?) unless the user named the format.
    explicit DateParser(DayMonthOrder order = DayMonthOrder::MonthFirst, bool twoDigitYears = true)
        : m_order(order), m_twoDigitYears(twoDigitYears) {}
    std::optional<EpochSeconds> parse(std::string_view text) const;

private:
    DayMonthOrder m_order;
    bool m_twoDigitYears;
};

/// Whether text has the shape of a date with a two-digit year (d/M/yy, yy-MM-dd, …).
bool hasTwoDigitYear(std::string_view text);

/// Parses a spend month: "yyyy-MM", "yyyyMM", "M/yyyy" or any date; returns "yyyy-MM".
std::optional<QString> parseMonth(std::string_view text, DayMonthOrder order);

/// Settles the day/month order from the data: a first number above 12 means day first,
/// a second number above 12 means month first.
class DayMonthOrderDetector
{
public:
    void add(std::string_view text);
    /// True once a value showed the order; later values cannot change a consistent file's answer.
    bool decided() const { return m_dayFirst != m_monthFirst; }
    bool sawSlashDates() const { return m_slashDates > 0; }
    /// The detected order, or nullopt when every value fits both (e.g. only days up to 12).
    std::optional<DayMonthOrder> result() const;

private:
    qint64 m_slashDates = 0;
    qint64 m_dayFirst = 0;
    qint64 m_monthFirst = 0;
};

/// Days since 1970-01-01 of a civil date (proleptic Gregorian); H. Hinnant, "chrono-compatible
/// low-level date algorithms", days_from_civil.
std::int64_t daysFromCivil(int year, int month, int day);

} // namespace lodestar
