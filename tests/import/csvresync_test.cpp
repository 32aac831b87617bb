// Hostile input, stray quotes (issue 12, item 3): a quote that never closes, or text after a closing
// quote, breaks its own row only. The row is rejected with its line and the quote's line, reading
// goes on at the next line that reads as a record, and every row read is accounted for.
#include "importfixture.h"

#include "models/import/csvreader.h"

#include <QRandomGenerator>

using namespace lodestar;
using namespace lodestar::test;

namespace {

const QByteArray kHeader = "customer_id,date,amount,order_id,note\n";

QByteArray goodRow(int i)
{
    return QByteArray("C") + QByteArray::number(i % 37) + ",2024-02-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ","
           + QByteArray::number(10 + i % 90) + ".50,O" + QByteArray::number(i) + ",\"ok, " + QByteArray::number(i) + "\"\n";
}

// rows good rows, with the row at each index of broken replaced by brokenRow(index).
QByteArray fileWith(int rows, const QList<int> &broken, const std::function<QByteArray(int)> &brokenRow)
{
    QByteArray csv = kHeader;
    for (int i = 0; i < rows; ++i)
        csv += broken.contains(i) ? brokenRow(i) : goodRow(i);
    return csv;
}

void expectAccounted(const ImportReport &report)
{
    EXPECT_EQ(report.counts.rowsRead, report.counts.imported + report.counts.rejected + report.counts.duplicates);
}

} // namespace

TEST_F(ImportTest, Import_RejectsRowWithUnclosedQuoteAndReadsOn)
{
    // Row 500 sits on line 502 (header on line 1).
    const auto report = importText(fileWith(1000, {500}, [](int i) {
        return "B,2024-01-02,20.00,O" + QByteArray::number(i) + ",\"Smith, John\n";
    }));
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    expectAccounted(*report);
    EXPECT_EQ(report->counts.rowsRead, 1000);
    EXPECT_EQ(report->counts.imported, 999);
    ASSERT_EQ(report->counts.rejected, 1);
    EXPECT_EQ(report->rejects.first().line, 502);
    EXPECT_TRUE(report->rejects.first().reason.contains(QStringLiteral("line 502"))) << qPrintable(report->rejects.first().reason);
    EXPECT_EQ(transactions(), 999);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE order_id = 'O999'")), 1);
}

TEST_F(ImportTest, Import_RejectsRowWithTextAfterClosingQuote)
{
    const auto report = importText(fileWith(300, {10, 11, 200}, [](int i) {
        return "B,2024-01-02,20.00,O" + QByteArray::number(i) + ",\"note\"x\n";
    }));
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    expectAccounted(*report);
    EXPECT_EQ(report->counts.rowsRead, 300);
    EXPECT_EQ(report->counts.imported, 297);
    ASSERT_EQ(report->rejects.size(), 3);
    EXPECT_EQ(report->rejects.at(0).line, 12);
    EXPECT_EQ(report->rejects.at(1).line, 13);
    EXPECT_EQ(report->rejects.at(2).line, 202);
    EXPECT_TRUE(report->rejects.at(2).reason.contains(QStringLiteral("column 5"))) << qPrintable(report->rejects.at(2).reason);
}

TEST_F(ImportTest, Import_RejectsUnclosedQuoteOnTheLastLine)
{
    const auto report = importText(kHeader + goodRow(1) + goodRow(2) + "B,2024-01-02,20.00,O9,\"never closed");
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    expectAccounted(*report);
    EXPECT_EQ(report->counts.imported, 2);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().line, 4);
}

TEST_F(ImportTest, Import_KeepsQuotedFieldSpanningLinesThatAreNotRecords)
{
    // The note runs over three lines; none of them on its own is a five-column record.
    const auto report = importText(kHeader + goodRow(1) + "A,2024-01-02,5,O77,\"first line\nsecond, still the note\n"
                                   "third\"\n" + goodRow(2));
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.imported, 3);
    EXPECT_EQ(report->counts.rejected, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE order_id = 'O77'")), 1);
}

// Stray quotes and quote-then-text at random places in a large file: each breaks at most its own
// row, and the counts always add up to the rows written.
TEST_F(ImportTest, Import_AccountsForEveryRowWithStrayQuotesAnywhere)
{
    QRandomGenerator random(12);
    QList<int> broken;
    for (int i = 0; i < 40; ++i)
        broken << int(random.bounded(20000));
    const auto report = importText(fileWith(20000, broken, [&](int i) {
        QByteArray row = goodRow(i);
        row.chop(1);
        const int at = int(random.bounded(qsizetype(row.size())));
        return row.left(at) + (random.bounded(2) ? "\"" : "\"x\"y") + row.mid(at) + "\n";
    }));
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    expectAccounted(*report);
    EXPECT_EQ(report->counts.rowsRead, 20000);
    EXPECT_GE(report->counts.imported, 20000 - broken.size());
    EXPECT_EQ(transactions(), report->counts.imported);
}

TEST(CsvReader, MarksBrokenRecordWithTheQuoteLine)
{
    TempWorkspace workspace;
    const QString path = workspace.writeFile(QStringLiteral("q.csv"), "a,b,c\n1,\"2\n3,4,5\n6,7,\"8\"\"x\"\n");
    CsvReader reader;
    ASSERT_TRUE(reader.open(path));
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line(), 2);
    EXPECT_EQ(record.problem(), CsvRecord::Problem::UnclosedQuote);
    EXPECT_EQ(record.problemLine(), 2);
    EXPECT_EQ(record.problemColumn(), 2);
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.problem(), CsvRecord::Problem::None);
    EXPECT_EQ(record.line(), 3);
    EXPECT_EQ(record.field(2), "5");
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.problem(), CsvRecord::Problem::None);
    EXPECT_EQ(record.field(2), "8\"x");
    EXPECT_FALSE(reader.next(record));
    EXPECT_TRUE(reader.status());
}

TEST(CsvReader, TrimsSpacesAroundFieldsAndKeepsEmptyLastField)
{
    TempWorkspace workspace;
    const QString path = workspace.writeFile(QStringLiteral("s.csv"), "a,b,c\r\n  x , \"y, z\"  ,\r\n");
    CsvReader reader;
    ASSERT_TRUE(reader.open(path));
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    ASSERT_TRUE(reader.next(record));
    ASSERT_EQ(record.size(), 3);
    EXPECT_EQ(record.field(0), "x");
    EXPECT_EQ(record.field(1), "y, z");
    EXPECT_EQ(record.field(2), "");
}
