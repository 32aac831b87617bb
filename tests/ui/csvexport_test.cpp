#include "models/import/csvwriter.h"
#include "models/itemmodels/csvexport.h"
#include "models/itemmodels/segmenttablemodel.h"

#include <gtest/gtest.h>

#include <QBuffer>

using namespace lodestar;

TEST(CsvExport, NeutralisesCellsThatASpreadsheetWouldEvaluate)
{
    for (const char *dangerous : {"=1+1", "+1", "-1+2", "@SUM(A1)", "\tx"})
        EXPECT_EQ(csvCell(QString::fromLatin1(dangerous)), QByteArray("'") + dangerous);
    EXPECT_EQ(csvCell(QStringLiteral("\rx")), QByteArray("\"'\rx\""));
    EXPECT_EQ(csvCell(QStringLiteral("High")), QByteArray("High"));
    EXPECT_EQ(csvCell(QString()), QByteArray());
}

TEST(CsvExport, QuotesFieldsWithSeparatorsAndQuotes)
{
    EXPECT_EQ(csvCell(QStringLiteral("a,b")), QByteArray("\"a,b\""));
    EXPECT_EQ(csvCell(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
    EXPECT_EQ(csvCell(QStringLiteral("plain")), QByteArray("plain"));
}

TEST(CsvExport, WritesRawNumbersAndNeutralisedText)
{
    SegmentTableModel model;
    SegmentSummary segment;
    segment.key = QStringLiteral("=HYPERLINK(\"http://x\")");
    segment.customers = 12;
    segment.totalClv = 1234.5;
    model.setSegments({segment});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(writeCsv(model, buffer).ok());
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Segment,Customers")));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",12,")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",1234.5,")));
}
