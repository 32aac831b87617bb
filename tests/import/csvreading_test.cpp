#include "importfixture.h"

#include "models/import/csvformat.h"
#include "models/import/csvreader.h"

using namespace lodestar;
using lodestar::test::ImportTest;

namespace {

CsvFormat detect(const char *text)
{
    return detectFormat(QByteArray(text));
}

} // namespace

TEST(CsvFormat, DetectsComma)
{
    EXPECT_EQ(detect("a,b,c\n1,2,3\n"), (CsvFormat{CsvFormat::Split::Delimited, ','}));
}

TEST(CsvFormat, DetectsSemicolonDespiteDecimalCommas)
{
    EXPECT_EQ(detect("id;date;amount\n1;2024-01-02;12,50\n2;2024-01-03;7,00\n"), (CsvFormat{CsvFormat::Split::Delimited, ';'}));
}

TEST(CsvFormat, DetectsTab)
{
    EXPECT_EQ(detect("id\tdate\tamount\n1\t2024-01-02\t12.5\n"), (CsvFormat{CsvFormat::Split::Delimited, '\t'}));
}

TEST(CsvFormat, DetectsPipe)
{
    EXPECT_EQ(detect("id|date|amount\n1|2024-01-02|12.5\n"), (CsvFormat{CsvFormat::Split::Delimited, '|'}));
}

TEST(CsvFormat, DetectsWhitespaceRuns)
{
    EXPECT_EQ(detect(" customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n").split,
              CsvFormat::Split::Whitespace);
}

TEST(CsvFormat, IgnoresDelimitersInsideQuotes)
{
    EXPECT_EQ(detect("id;note\n1;\"a, b, c\"\n2;\"d, e\"\n").delimiter, ';');
}

TEST(CsvFormat, ParsesDelimiterOption)
{
    EXPECT_EQ(parseDelimiterOption(QStringLiteral("tab"))->delimiter, '\t');
    EXPECT_EQ(parseDelimiterOption(QStringLiteral("whitespace"))->split, CsvFormat::Split::Whitespace);
    EXPECT_EQ(parseDelimiterOption(QStringLiteral(";"))->delimiter, ';');
    EXPECT_FALSE(parseDelimiterOption(QStringLiteral("ab")));
}

TEST_F(ImportTest, Import_ReadsCommaSeparatedFile)
{
    const auto report = importText("customer_id,date,amount\nA,2024-01-02,10.50\nB,2024-01-03,20\n");
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.imported, 2);
    EXPECT_EQ(report->format, QStringLiteral("comma"));
    EXPECT_DOUBLE_EQ(real(QStringLiteral("SELECT SUM(amount) FROM transactions")), 30.5);
}

TEST_F(ImportTest, Import_ReadsSemicolonSeparatedFile)
{
    const auto report = importText("Kunde;Date;Umsatz\nA;02.01.2024;10,50\nB;03.01.2024;1.234,00\n",
                                   [] { ImportOptions o; o.mapping = {{QStringLiteral("customer_id"), QStringLiteral("Kunde")},
                                                                      {QStringLiteral("amount"), QStringLiteral("Umsatz")}}; return o; }());
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.imported, 2);
    EXPECT_DOUBLE_EQ(real(QStringLiteral("SELECT SUM(amount) FROM transactions")), 1244.5);
}

TEST_F(ImportTest, Import_ReadsTabSeparatedFileWithEmptyOptionalField)
{
    const auto report = importText("customer\tdate\tamount\tqty\nA\t2024-01-02\t5\t\nB\t2024-01-03\t6\t2\n");
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.imported, 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE quantity IS NULL")), 1);
}

TEST_F(ImportTest, Import_ReadsPipeSeparatedFile)
{
    const auto report = importText("client_id|order_date|revenue\nA|2024-01-02|5\n");
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.imported, 1);
    EXPECT_EQ(report->format, QStringLiteral("pipe"));
}

TEST_F(ImportTest, Import_ReadsWhitespaceSeparatedFile)
{
    const auto report = importText(" customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n 00002 19970112  5   77.00\r\n");
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.imported, 2);
    EXPECT_EQ(text(QStringLiteral("SELECT external_id FROM customers ORDER BY id")), QStringLiteral("00001"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT SUM(quantity) FROM transactions")), 6);
}

TEST_F(ImportTest, Import_KeepsQuotedFieldWithEmbeddedNewlineAndDelimiter)
{
    const auto report = importText("customer_id,date,amount,order_id\n\"Smith, J.\",2024-01-02,5,\"A\nB\"\n\"x\"\"y\",2024-01-03,6,C\n");
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.imported, 2);
    EXPECT_EQ(text(QStringLiteral("SELECT order_id FROM transactions ORDER BY id")), QStringLiteral("A\nB"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE external_id IN ('Smith, J.', 'x\"y')")), 2);
}

TEST_F(ImportTest, Import_ReportsLineOfRecordAfterEmbeddedNewline)
{
    const auto report = importText("customer_id,date,amount,order_id\nA,2024-01-02,5,\"multi\nline\"\nB,not-a-date,6,C\n");
    ASSERT_TRUE(report);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().line, 4);
}

// Old Mac exports end lines with a lone CR; a reject must still name its own line, not line 1.
TEST_F(ImportTest, Import_ReportsRealLinesInFileWithCarriageReturnLineEndings)
{
    const auto report = importText("customer_id,date,amount\rA,2024-01-02,5\rB,not-a-date,6\rC,2024-01-04,x\r");
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.imported, 1);
    ASSERT_EQ(report->rejects.size(), 2);
    EXPECT_EQ(report->rejects.at(0).line, 3);
    EXPECT_EQ(report->rejects.at(1).line, 4);
}

TEST_F(ImportTest, Import_CountsCarriageReturnsInsideQuotedFieldAsLines)
{
    const auto report = importText("customer_id,date,amount,order_id\rA,2024-01-02,5,\"multi\rline\"\rB,not-a-date,6,C\r");
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(text(QStringLiteral("SELECT order_id FROM transactions")), QStringLiteral("multi\rline"));
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().line, 4);
}

TEST_F(ImportTest, Import_SplitsWhitespaceSeparatedFileWithCarriageReturnLineEndings)
{
    const auto report = importText(" customer_id  date number_of_cds  dollar_value\r 00001 19970101  1   11.77\r 00002 19970112  5   x\r");
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.imported, 1);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().line, 3);
}

TEST_F(ImportTest, Import_SkipsUtf8ByteOrderMark)
{
    const auto report = importText("\xEF\xBB\xBF" "customer_id,date,amount\nA,2024-01-02,5\n");
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->mapping.value(QStringLiteral("customer_id")).toString(), QStringLiteral("customer_id"));
    EXPECT_EQ(report->counts.imported, 1);
}

TEST_F(ImportTest, Import_RefusesUtf16WithClearMessage)
{
    const auto report = importText(QByteArray("\xFF\xFE" "c\0,\0", 6));
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.errorString().contains(QStringLiteral("UTF-16")));
    EXPECT_EQ(m_failure, ImportFailure::UnusableInput);
}

TEST_F(ImportTest, Import_KeepsUtf8CustomerIds)
{
    const auto report = importText("customer_id,date,amount\nJürgen Müller,2024-01-02,5\n");
    ASSERT_TRUE(report);
    EXPECT_EQ(text(QStringLiteral("SELECT external_id FROM customers")), QStringLiteral("Jürgen Müller"));
}

TEST_F(ImportTest, Import_MapsColumnsByPositionWithoutHeader)
{
    ImportOptions options;
    options.hasHeader = false;
    options.mapping = {{QStringLiteral("customer_id"), QStringLiteral("1")}, {QStringLiteral("date"), QStringLiteral("3")},
                       {QStringLiteral("amount"), QStringLiteral("5")}, {QStringLiteral("quantity"), QStringLiteral("4")}};
    const auto report = importText(" 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n", options);
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.imported, 2);
    EXPECT_EQ(customers(), 1);
    EXPECT_EQ(report->mapping.value(QStringLiteral("amount")).toString(), QStringLiteral("column 5"));
}

TEST_F(ImportTest, Import_WithoutHeaderAndWithoutMapFails)
{
    ImportOptions options;
    options.hasHeader = false;
    const auto report = importText("A,2024-01-02,5\n", options);
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.errorString().contains(QStringLiteral("--map")));
}

TEST_F(ImportTest, Import_HonoursExplicitDelimiter)
{
    ImportOptions options;
    options.format = CsvFormat{CsvFormat::Split::Delimited, ';'};
    const auto report = importText("customer_id;date;amount\nA;2024-01-02;5\n", options);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, 1);
}

TEST_F(ImportTest, Import_SkipsEmptyLineInTheMiddleWithoutRejecting)
{
    const auto report = importText("customer_id,date,amount\nA,2024-01-02,5\n\n   \nB,2024-01-03,6\n");
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, 2);
    EXPECT_EQ(report->counts.rejected, 0);
}

TEST_F(ImportTest, Import_MatchesHeaderNamesIgnoringCaseSpacesAndUnderscores)
{
    const auto report = importText("Customer ID,ORDER_DATE,Total Amount,Invoice No\nA,2024-01-02,5,I1\n");
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(text(QStringLiteral("SELECT order_id FROM transactions")), QStringLiteral("I1"));
}
