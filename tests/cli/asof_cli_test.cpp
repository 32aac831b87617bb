// CLV as of each period end, checked against its definition: `kpis` gives for a quarter what
// `clv` gives on a workspace holding only the data up to that quarter's end, calibrated there.

#include "testsupport.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <cmath>
#include <iostream>

using lodestar::test::runLodestar;
using lodestar::test::sharedData;
using lodestar::test::TempWorkspace;

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

QJsonObject runJson(const QStringList &arguments)
{
    const auto result = runLodestar(arguments);
    EXPECT_EQ(result.exitCode, 0) << qPrintable(arguments.join(QLatin1Char(' '))) << ": " << result.err.constData();
    return QJsonDocument::fromJson(result.out).object();
}

void importInto(const QString &db, const QString &file)
{
    const auto imported = runLodestar({str("import"), str("--db"), db, str("--transactions"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.constData();
}

// The CDNOW master lines dated on or before the day (yyyyMMdd in the second column), header kept.
QByteArray linesUpTo(const QByteArray &master, const QDate &last)
{
    QByteArray out;
    const int cut = last.toString(str("yyyyMMdd")).toInt();
    for (const QByteArray &line : master.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        bool number = false;
        const int date = fields.size() > 1 ? fields[1].toInt(&number) : 0;
        if (!number || date <= cut)
            out += line + '\n';
    }
    return out;
}

double meanClv(const QJsonObject &clv)
{
    double sum = 0.0;
    int valued = 0;
    for (const QJsonValue &row : clv.value(str("customers")).toArray()) {
        const QJsonValue value = row.toObject().value(str("clv"));
        if (value.isDouble()) {
            sum += value.toDouble();
            ++valued;
        }
    }
    return valued > 0 ? sum / valued : std::nan("");
}

} // namespace

TEST(AsOfCli, Kpis_QuarterlyAverageClvIsTheClvOfTheWorkspaceCutAtEachQuarterEnd)
{
    LODESTAR_REQUIRE_SHARED(str("cdnow/CDNOW_master.txt"));
    const QString masterPath = sharedData(str("cdnow/CDNOW_master.txt"));
    QFile file(masterPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray master = file.readAll();
    TempWorkspace whole;
    importInto(whole.dbPath(), masterPath);
    QElapsedTimer timer;
    timer.start();
    const QJsonObject kpis = runJson({str("kpis"), str("--db"), whole.dbPath(), str("--period"), str("quarter"), str("--json")});
    std::cout << "kpis --period quarter, cold fit cache: " << timer.restart() << " ms\n";
    const QJsonObject warm = runJson({str("kpis"), str("--db"), whole.dbPath(), str("--period"), str("quarter"), str("--json")});
    std::cout << "kpis --period quarter, warm fit cache: " << timer.elapsed() << " ms\n";
    EXPECT_EQ(kpis.value(str("periods")), warm.value(str("periods"))) << "the stored fits give the same figures";

    int checked = 0;
    double previous = std::nan("");
    for (const QJsonValue &value : kpis.value(str("periods")).toArray()) {
        const QJsonObject period = value.toObject();
        const QDate end = QDate::fromString(period.value(str("end")).toString(), Qt::ISODate);
        if (end < QDate(1997, 6, 30))
            continue;
        SCOPED_TRACE(period.value(str("label")).toString().toStdString());
        ASSERT_TRUE(period.value(str("average_clv")).isDouble());
        const double averageClv = period.value(str("average_clv")).toDouble();
        TempWorkspace cut;
        const QString cutFile = cut.writeFile(str("cut.txt"), linesUpTo(master, end));
        importInto(cut.dbPath(), cutFile);
        const auto defined = runLodestar({str("definition"), str("--db"), cut.dbPath(), str("--calibration-end"),
                                          end.toString(Qt::ISODate)});
        ASSERT_EQ(defined.exitCode, 0) << defined.err.constData();
        const double expected = meanClv(runJson({str("clv"), str("--db"), cut.dbPath(), str("--json")}));
        std::cout << qPrintable(period.value(str("label")).toString()) << " average_clv " << averageClv
                  << " clv on the cut workspace " << expected << '\n';
        EXPECT_NEAR(averageClv, expected, 0.01 * std::abs(expected));
        if (std::isfinite(previous))
            EXPECT_GT(std::abs(averageClv - previous), 1e-3 * std::abs(previous)) << "the same value two quarters running";
        previous = averageClv;
        ++checked;
    }
    EXPECT_EQ(checked, 5); // 1997Q2 to 1998Q2
}

TEST(AsOfCli, Clv_AfterFitReusesTheStoredFits)
{
    TempWorkspace workspace;
    const auto imported = runLodestar({str("import"), str("--db"), workspace.dbPath(), str("--transactions"),
                                       lodestar::test::testData(str("engine/cdnowElog.csv")), str("--map"),
                                       str("customer_id=sampleid"), str("--map"), str("date=date"), str("--map"),
                                       str("amount=sales")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.constData();
    qputenv("QT_LOGGING_RULES", "lodestar.fits.info=true");
    for (const char *model : {"bgnbd", "gamma-gamma"}) {
        const auto fitted = runLodestar({str("fit"), str("--db"), workspace.dbPath(), str("--model"), str(model)});
        EXPECT_EQ(fitted.exitCode, 0) << fitted.err.constData();
        EXPECT_TRUE(fitted.err.contains("fits made: 1, reused: 0")) << fitted.err.constData();
    }
    const auto first = runLodestar({str("clv"), str("--db"), workspace.dbPath(), str("--json")});
    const auto second = runLodestar({str("clv"), str("--db"), workspace.dbPath(), str("--json")});
    qunsetenv("QT_LOGGING_RULES");
    ASSERT_EQ(first.exitCode, 0) << first.err.constData();
    ASSERT_EQ(second.exitCode, 0) << second.err.constData();
    EXPECT_TRUE(first.err.contains("fits made: 0, reused: 2")) << first.err.constData();
    EXPECT_TRUE(second.err.contains("fits made: 0, reused: 2")) << second.err.constData();
    EXPECT_EQ(first.out, second.out);
}
