// Refusals and fallbacks as a script sees them: a failing command with --json prints
// {"error", "reason", "hint"} on stdout with its exit code unchanged, and a valuation whose
// model cannot be used falls back visibly, with a "warnings" array in its JSON.

#include "testsupport.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using lodestar::test::TempWorkspace;
using lodestar::test::runLodestar;

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

// Customers whose histories are given as day lists (days since 2024-01-01), amount 10 + day.
void importHistories(const TempWorkspace &workspace, const std::vector<std::vector<int>> &histories)
{
    QByteArray csv("customer,date,amount\n");
    const QDate start(2024, 1, 1);
    for (std::size_t c = 0; c < histories.size(); ++c)
        for (int day : histories[c])
            csv += "c" + QByteArray::number(qulonglong(c)) + "," + start.addDays(day).toString(Qt::ISODate).toLatin1() + ","
                + QByteArray::number(10 + day % 37) + "\n";
    const QString file = workspace.writeFile(str("tx.csv"), csv);
    const auto imported = runLodestar({str("import"), str("--db"), workspace.dbPath(), str("--transactions"), file,
                                       str("--map"), str("customer_id=customer"), str("--map"), str("date=date"),
                                       str("--map"), str("amount=amount")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.constData();
}

// 60 customers who each bought twice, the second time on the last day of the data.
std::vector<std::vector<int>> boughtAgainOnTheLastDay()
{
    std::vector<std::vector<int>> histories;
    for (int c = 0; c < 60; ++c)
        histories.push_back({c * 3, 300});
    return histories;
}

QJsonObject jsonOf(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.trimmed(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << out.constData();
    return document.object();
}

} // namespace

TEST(FitRefusalCli, RefusedFitPrintsErrorReasonAndHintAsJson)
{
    TempWorkspace workspace;
    importHistories(workspace, boughtAgainOnTheLastDay());
    const auto result = runLodestar({str("fit"), str("--db"), workspace.dbPath(), str("--model"), str("pareto-nbd"),
                                     str("--json")});
    EXPECT_EQ(result.exitCode, 2);
    const QJsonObject json = jsonOf(result.out);
    EXPECT_TRUE(json.value(str("error")).toString().contains(str("Pareto/NBD"))) << result.out.constData();
    EXPECT_TRUE(json.value(str("reason")).toString().contains(str("no drop-out"))) << result.out.constData();
    EXPECT_FALSE(json.value(str("hint")).toString().isEmpty());
    EXPECT_TRUE(result.err.contains("cannot be used")) << result.err.constData();
}

TEST(FitRefusalCli, UsageErrorsAreJsonToo)
{
    TempWorkspace workspace;
    const auto result = runLodestar({str("fit"), str("--db"), workspace.dbPath(), str("--model"), str("nope"), str("--json")});
    EXPECT_EQ(result.exitCode, 2);
    const QJsonObject json = jsonOf(result.out);
    EXPECT_TRUE(json.value(str("error")).toString().contains(str("--model"))) << result.out.constData();
    EXPECT_TRUE(json.contains(str("reason")));
    EXPECT_TRUE(json.contains(str("hint")));
}

TEST(FitRefusalCli, ValuationFallsBackVisiblyWhenTheModelIsRefused)
{
    TempWorkspace workspace;
    importHistories(workspace, boughtAgainOnTheLastDay());
    ASSERT_EQ(runLodestar({str("definition"), str("--db"), workspace.dbPath(), str("--method"), str("pareto-nbd-gg")}).exitCode, 0);
    for (const char *command : {"clv", "segments", "kpis", "cohorts"}) {
        const auto result = runLodestar({str(command), str("--db"), workspace.dbPath(), str("--json")});
        ASSERT_EQ(result.exitCode, 0) << command << ": " << result.err.constData();
        const QJsonArray warnings = jsonOf(result.out).value(str("warnings")).toArray();
        QString all;
        for (const auto &warning : warnings)
            all += warning.toString() + QLatin1Char('\n');
        EXPECT_TRUE(all.contains(str("Fallback"))) << command << ": " << qPrintable(all);
        EXPECT_TRUE(all.contains(str("Pareto/NBD"))) << command << ": " << qPrintable(all);
    }
    const auto text = runLodestar({str("clv"), str("--db"), workspace.dbPath()});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.err.contains("Fallback")) << text.err.constData();
}

TEST(FitRefusalCli, ValuationJsonAlwaysHasAWarningsArray)
{
    TempWorkspace workspace;
    std::vector<std::vector<int>> histories;
    for (int c = 0; c < 80; ++c)
        histories.push_back({c, c + 20 + c % 13, c + 50 + c % 29, c + 90 + c % 41});
    importHistories(workspace, histories);
    const auto result = runLodestar({str("clv"), str("--db"), workspace.dbPath(), str("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    EXPECT_TRUE(jsonOf(result.out).value(str("warnings")).isArray()) << result.out.constData();
}
