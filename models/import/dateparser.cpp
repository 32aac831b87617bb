#include "dateparser.h"

#include <QDate>

namespace lodestar {

namespace {

// A cursor over the text, reading digit groups and single separators.
struct Scanner
{
    std::string_view text;
    std::size_t pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char peek() const { return atEnd() ? '\0' : text[pos]; }
    bool isDigit() const { return !atEnd() && text[pos] >= '0' && text[pos] <= '9'; }
    // Reads up to maxDigits digits; returns the count read.
    int number(int &value, int maxDigits = 9)
    {
        value = 0;
        int digits = 0;
        while (digits < maxDigits && isDigit()) {
            value = value * 10 + (text[pos++] - '0');
            ++digits;
        }
        return digits;
    }
    bool accept(char c)
    {
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
    void skipSpaces()
    {
        while (peek() == ' ')
            ++pos;
    }
};

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

bool validDate(int year, int month, int day)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    return day <= days[month - 1] + (month == 2 && isLeap(year) ? 1 : 0);
}

// Reads an optional "HH:mm[:ss[.fff]] [AM|PM] [Z|±HH[:]mm]" tail; false if the tail is malformed.
bool parseTime(Scanner &scan, std::int64_t &seconds)
{
    seconds = 0;
    if (scan.atEnd())
        return true;
    if (!scan.accept('T') && !scan.accept(' '))
        return false;
    scan.skipSpaces();
    int hour = 0, minute = 0, second = 0;
    if (scan.number(hour, 2) == 0 || !scan.accept(':') || scan.number(minute, 2) != 2)
        return false;
    if (scan.accept(':') && scan.number(second, 2) != 2)
        return false;
    // Fractions of a second are skipped, not read: 20 digits would overflow an int.
    if (scan.accept('.') || scan.accept(',')) {
        for (int digits = 0; digits < 20 && scan.isDigit(); ++digits)
            ++scan.pos;
    }
    scan.skipSpaces();
    const std::string_view rest = scan.text.substr(scan.pos);
    if (rest.size() >= 2 && (rest[1] == 'M' || rest[1] == 'm') && hour >= 1 && hour <= 12) {
        const bool pm = rest[0] == 'P' || rest[0] == 'p';
        if (!pm && rest[0] != 'A' && rest[0] != 'a')
            return false;
        hour = hour % 12 + (pm ? 12 : 0);
        scan.pos += 2;
    }
    if (hour > 23 || minute > 59 || second > 60)
        return false;
    seconds = hour * 3600 + minute * 60 + second;
    if (scan.accept('Z') || scan.atEnd())
        return scan.atEnd();
    const char sign = scan.peek();
    if (sign != '+' && sign != '-')
        return false;
    ++scan.pos;
    int zoneHours = 0, zoneMinutes = 0;
    if (scan.number(zoneHours, 2) != 2)
        return false;
    scan.accept(':');
    scan.number(zoneMinutes, 2);
    // Real offsets run from -12:00 to +14:00; "+99:99" is not a zone, and would move the date by days.
    if (zoneHours > 14 || zoneMinutes > 59)
        return false;
    const int offset = zoneHours * 3600 + zoneMinutes * 60;
    seconds -= sign == '+' ? offset : -offset;
    return scan.atEnd();
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

// The three numbers of a date and whether they came in d/M or M/d shape.
struct DateParts
{
    int year = 0, first = 0, second = 0;
    bool yearFirst = false;
    bool twoDigitYear = false;
};

bool parseDateParts(Scanner &scan, DateParts &parts)
{
    int a = 0;
    const int digits = scan.number(a);
    if (digits == 8 && (scan.atEnd() || scan.peek() == ' ' || scan.peek() == 'T')) {
        parts = {a / 10000, a / 100 % 100, a % 100, true};
        return true;
    }
    const char separator = scan.peek();
    if (separator != '-' && separator != '/' && separator != '.')
        return false;
    ++scan.pos;
    int b = 0, c = 0;
    if (scan.number(b, 2) == 0 || !scan.accept(separator))
        return false;
    const int lastDigits = scan.number(c, 4);
    if (digits == 4 && lastDigits >= 1 && lastDigits <= 2) {
        parts = {a, b, c, true};
        return true;
    }
    if (digits > 2 || (lastDigits != 4 && lastDigits != 2))
        return false;
    // Two-digit years: 70..99 are 19xx, the rest 20xx, as spreadsheets do.
    parts = {lastDigits == 4 ? c : (c >= 70 ? 1900 + c : 2000 + c), a, b, false, lastDigits == 2};
    return true;
}

} // namespace

bool parseDateFormatOption(const QString &text, std::optional<DayMonthOrder> &order)
{
    order.reset();
    const QString lower = text.toLower().remove(QLatin1Char(' '));
    if (lower == QLatin1String("iso") || lower == QLatin1String("yyyymmdd") || lower == QLatin1String("yyyy-mm-dd"))
        return true;
    if (lower == QLatin1String("dmy") || lower.startsWith(QLatin1String("d/m")) || lower.startsWith(QLatin1String("dd/mm"))
        || lower.startsWith(QLatin1String("d.m")) || lower.startsWith(QLatin1String("dd.mm")) || lower.startsWith(QLatin1String("dd-mm"))) {
        order = DayMonthOrder::DayFirst;
        return true;
    }
    if (lower == QLatin1String("mdy") || lower.startsWith(QLatin1String("m/d")) || lower.startsWith(QLatin1String("mm/dd"))
        || lower.startsWith(QLatin1String("mm-dd"))) {
        order = DayMonthOrder::MonthFirst;
        return true;
    }
    return false;
}

QString dateOrderName(DayMonthOrder order)
{
    return order == DayMonthOrder::DayFirst ? QStringLiteral("d/M/yyyy") : QStringLiteral("M/d/yyyy");
}

std::int64_t daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const std::int64_t yearOfEra = year - era * 400;
    const std::int64_t dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

std::optional<EpochSeconds> DateParser::parse(std::string_view text) const
{
    Scanner scan{trimmed(text)};
    DateParts parts;
    if (!parseDateParts(scan, parts) || (parts.twoDigitYear && !m_twoDigitYears))
        return std::nullopt;
    int month = parts.first, day = parts.second;
    if (!parts.yearFirst && m_order == DayMonthOrder::DayFirst)
        std::swap(month, day);
    if (!validDate(parts.year, month, day))
        return std::nullopt;
    std::int64_t seconds = 0;
    if (!parseTime(scan, seconds))
        return std::nullopt;
    return daysFromCivil(parts.year, month, day) * 86400 + seconds;
}

bool hasTwoDigitYear(std::string_view text)
{
    Scanner scan{trimmed(text)};
    DateParts parts;
    return parseDateParts(scan, parts) && parts.twoDigitYear;
}

std::optional<QString> parseMonth(std::string_view text, DayMonthOrder order)
{
    Scanner scan{trimmed(text)};
    int a = 0, b = 0;
    const int digits = scan.number(a);
    int year = 0, month = 0;
    if (digits == 6 && scan.atEnd()) {
        year = a / 100, month = a % 100;
    } else if (digits == 4 && (scan.accept('-') || scan.accept('/') || scan.accept('.')) && scan.number(b, 2) > 0 && scan.atEnd()) {
        year = a, month = b;
    } else if (digits <= 2 && digits > 0 && (scan.accept('/') || scan.accept('-') || scan.accept('.'))
               && scan.number(b, 4) == 4 && scan.atEnd()) {
        year = b, month = a;
    } else if (const auto date = DateParser(order).parse(text)) {
        const QDate day = QDate(1970, 1, 1).addDays(epochDay(*date));
        return QStringLiteral("%1-%2").arg(day.year(), 4, 10, QLatin1Char('0')).arg(day.month(), 2, 10, QLatin1Char('0'));
    }
    if (!validDate(year, month, 1))
        return std::nullopt;
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

void DayMonthOrderDetector::add(std::string_view text)
{
    Scanner scan{trimmed(text)};
    DateParts parts;
    if (!parseDateParts(scan, parts) || parts.yearFirst)
        return;
    ++m_slashDates;
    if (parts.first > 12 && parts.second <= 12)
        ++m_dayFirst;
    else if (parts.second > 12 && parts.first <= 12)
        ++m_monthFirst;
}

std::optional<DayMonthOrder> DayMonthOrderDetector::result() const
{
    if (m_dayFirst == 0 && m_monthFirst == 0)
        return std::nullopt;
    // Conflicting evidence: the majority wins and the other rows are rejected as unparseable.
    return m_dayFirst >= m_monthFirst ? DayMonthOrder::DayFirst : DayMonthOrder::MonthFirst;
}

} // namespace lodestar
