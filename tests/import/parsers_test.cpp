#include "models/import/dateparser.h"
#include "models/import/numberparser.h"

#include <gtest/gtest.h>

using namespace lodestar;

namespace {

EpochSeconds day(int y, int m, int d)
{
    return daysFromCivil(y, m, d) * 86400;
}

std::optional<double> number(const char *text)
{
    const auto parsed = parseNumber(text);
    return parsed ? std::optional<double>(parsed->value) : std::nullopt;
}

} // namespace

TEST(DateParser, ReadsIsoDate)
{
    EXPECT_EQ(DateParser().parse("2024-03-05"), day(2024, 3, 5));
}

TEST(DateParser, ReadsIsoDateTimeWithZone)
{
    EXPECT_EQ(DateParser().parse("2024-03-05T10:30:00Z"), day(2024, 3, 5) + 10 * 3600 + 30 * 60);
    EXPECT_EQ(DateParser().parse("2024-03-05T10:30:00+02:00"), day(2024, 3, 5) + 8 * 3600 + 30 * 60);
    EXPECT_EQ(DateParser().parse("2024-03-05 10:30"), day(2024, 3, 5) + 10 * 3600 + 30 * 60);
}

TEST(DateParser, ReadsCompactCdnowDate)
{
    EXPECT_EQ(DateParser().parse("19970101"), day(1997, 1, 1));
}

TEST(DateParser, ReadsDayFirstAndMonthFirst)
{
    EXPECT_EQ(DateParser(DayMonthOrder::DayFirst).parse("5/3/2024"), day(2024, 3, 5));
    EXPECT_EQ(DateParser(DayMonthOrder::MonthFirst).parse("5/3/2024"), day(2024, 5, 3));
    EXPECT_EQ(DateParser(DayMonthOrder::DayFirst).parse("05.03.2024"), day(2024, 3, 5));
}

TEST(DateParser, ReadsTimeWithAmPm)
{
    EXPECT_EQ(DateParser().parse("3/5/2024 1:15 PM"), day(2024, 3, 5) + 13 * 3600 + 15 * 60);
}

TEST(DateParser, ReadsTwoDigitYears)
{
    EXPECT_EQ(DateParser().parse("3/5/24"), day(2024, 3, 5));
    EXPECT_EQ(DateParser().parse("3/5/97"), day(1997, 3, 5));
}

TEST(DateParser, RejectsImpossibleDates)
{
    EXPECT_FALSE(DateParser().parse("2023-02-29"));
    EXPECT_FALSE(DateParser().parse("2024-13-01"));
    EXPECT_FALSE(DateParser().parse("yesterday"));
    EXPECT_FALSE(DateParser().parse("2024-01-01 25:00"));
    EXPECT_TRUE(DateParser().parse("2024-02-29"));
}

TEST(DateParser, DetectsDayFirstFromFirstComponentAboveTwelve)
{
    DayMonthOrderDetector detector;
    detector.add("01/02/2024");
    EXPECT_FALSE(detector.decided());
    detector.add("25/02/2024");
    EXPECT_TRUE(detector.decided());
    EXPECT_EQ(detector.result(), DayMonthOrder::DayFirst);
}

TEST(DateParser, DetectsMonthFirstFromSecondComponentAboveTwelve)
{
    DayMonthOrderDetector detector;
    detector.add("02/25/2024");
    EXPECT_EQ(detector.result(), DayMonthOrder::MonthFirst);
}

TEST(DateParser, LeavesAmbiguousDatesUndecided)
{
    DayMonthOrderDetector detector;
    detector.add("01/02/2024");
    detector.add("2024-05-30");
    EXPECT_TRUE(detector.sawSlashDates());
    EXPECT_FALSE(detector.result());
}

TEST(DateParser, ParsesDateFormatOption)
{
    std::optional<DayMonthOrder> order;
    EXPECT_TRUE(parseDateFormatOption(QStringLiteral("d/M/yyyy"), order));
    EXPECT_EQ(order, DayMonthOrder::DayFirst);
    EXPECT_TRUE(parseDateFormatOption(QStringLiteral("MM/dd/yyyy"), order));
    EXPECT_EQ(order, DayMonthOrder::MonthFirst);
    EXPECT_TRUE(parseDateFormatOption(QStringLiteral("yyyyMMdd"), order));
    EXPECT_FALSE(order);
    EXPECT_FALSE(parseDateFormatOption(QStringLiteral("whenever"), order));
}

TEST(DateParser, ReadsSpendMonths)
{
    EXPECT_EQ(parseMonth("2024-03", DayMonthOrder::MonthFirst), QStringLiteral("2024-03"));
    EXPECT_EQ(parseMonth("202403", DayMonthOrder::MonthFirst), QStringLiteral("2024-03"));
    EXPECT_EQ(parseMonth("3/2024", DayMonthOrder::MonthFirst), QStringLiteral("2024-03"));
    EXPECT_EQ(parseMonth("2024-03-17", DayMonthOrder::MonthFirst), QStringLiteral("2024-03"));
    EXPECT_FALSE(parseMonth("2024-13", DayMonthOrder::MonthFirst));
}

TEST(NumberParser, ReadsDotDecimals)
{
    EXPECT_EQ(number("1234.5"), 1234.5);
    EXPECT_EQ(number(" 12 "), 12.0);
}

TEST(NumberParser, ReadsCommaDecimals)
{
    EXPECT_EQ(number("12,50"), 12.5);
    EXPECT_EQ(number("1.234,56"), 1234.56);
    EXPECT_EQ(number("1 234,56"), 1234.56);
}

TEST(NumberParser, ReadsThousandsSeparators)
{
    EXPECT_EQ(number("1,234.56"), 1234.56);
    EXPECT_EQ(number("1,234,567"), 1234567.0);
    EXPECT_EQ(number("1.234.567"), 1234567.0);
    EXPECT_EQ(number("12,500"), 12500.0);
    EXPECT_EQ(number("1'234.50"), 1234.5);
}

TEST(NumberParser, ReadsCurrencySymbolsAndCodes)
{
    EXPECT_EQ(number("$12.00"), 12.0);
    EXPECT_EQ(parseNumber("$12.00")->currency, QStringLiteral("USD"));
    EXPECT_EQ(number("12,50 \xE2\x82\xAC"), 12.5);
    EXPECT_EQ(parseNumber("12,50 \xE2\x82\xAC")->currency, QStringLiteral("EUR"));
    EXPECT_EQ(number("\xC2\xA3" "7.25"), 7.25);
    EXPECT_EQ(parseNumber("EUR 1.000,00")->value, 1000.0);
    EXPECT_EQ(parseNumber("99.90 CHF")->currency, QStringLiteral("CHF"));
}

TEST(NumberParser, KeepsNegativesAsRefunds)
{
    EXPECT_EQ(number("-12.50"), -12.5);
    EXPECT_EQ(number("-$12.50"), -12.5);
    EXPECT_EQ(number("$-12.50"), -12.5);
    EXPECT_EQ(number("(12.50)"), -12.5);
    EXPECT_EQ(number("12.50-"), -12.5);
}

TEST(NumberParser, RejectsText)
{
    EXPECT_FALSE(number("abc"));
    EXPECT_FALSE(number(""));
    EXPECT_FALSE(number("12.5.x"));
    EXPECT_FALSE(number("1-2"));
}
