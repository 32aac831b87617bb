// Push-down (issue 15): the customer summary computed by the database as SQL equals the one the
// engine computes from the transactions, field by field, on SQLite and on PostgreSQL, under every
// kind of window; a valuation on either is the same; and on a PostgreSQL workspace a segments run
// receives about one row per customer, as the server's own statistics count them.
#include "postgresserver.h"
#include "testsupport.h"

#include "models/clv/customersummary.h"
#include "models/engine/analysis.h"
#include "models/engine/asof.h"
#include "models/engine/churn.h"
#include "models/engine/transactionaggregates.h"
#include "models/store/datasetreader.h"
#include "models/store/store.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cmath>
#include <random>

using namespace lodestar;
using lodestar::test::PostgresServer;
using lodestar::test::server;
using lodestar::test::str;
using lodestar::test::runLodestar;
using lodestar::test::TempWorkspace;

namespace {

// An event log with what the summary must get right: same-day purchases (one purchase day, spend
// summed), refunds (revenue but no purchase day), a refund-only customer, days before 1970 (epoch
// days below zero), times late in the day, customers with no transaction at all, and an amount of 0.
struct EventLog
{
    QByteArray customers;
    QByteArray transactions;
};

EventLog makeEventLog(unsigned seed, int customerCount)
{
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> startDay(-40, 500);
    std::uniform_int_distribution<int> gap(0, 60);
    std::uniform_int_distribution<int> purchases(1, 12);
    std::uniform_real_distribution<double> amount(0.0, 180.0);
    std::uniform_int_distribution<int> percent(0, 99);
    const QDate epoch(1970, 1, 1);
    EventLog log;
    log.customers = "customer_id,channel\n";
    log.transactions = "customer_id,date,amount\n";
    const auto row = [&](int customer, int day, double value) {
        const QString time = percent(random) < 30 ? QStringLiteral(" 23:%1:00").arg(percent(random) % 60, 2, 10, QLatin1Char('0'))
                                                  : QString();
        log.transactions += QStringLiteral("c%1,%2%3,%4\n").arg(customer).arg(epoch.addDays(day).toString(Qt::ISODate), time)
                                .arg(value, 0, 'f', 2).toUtf8();
    };
    for (int c = 0; c < customerCount; ++c) {
        log.customers += QStringLiteral("c%1,%2\n").arg(c).arg(c % 3 == 0 ? str("web") : str("store")).toUtf8();
        if (c % 17 == 5)
            continue; // no transaction
        int day = startDay(random);
        if (c % 23 == 7) {
            row(c, day, -25.0); // refunds only
            continue;
        }
        const int n = purchases(random);
        for (int k = 0; k < n; ++k) {
            row(c, day, k == 2 ? 0.0 : amount(random));
            if (percent(random) < 15)
                row(c, day, amount(random)); // same day
            if (percent(random) < 8)
                row(c, day + gap(random) / 4, -amount(random) / 4); // a refund
            day += gap(random);
        }
    }
    return log;
}

void importLog(const QString &db, const EventLog &log, const TempWorkspace &files)
{
    const auto imported = runLodestar({str("import"), str("--db"), db, str("--customers"), files.writeFile(str("customers.csv"), log.customers),
                                       str("--transactions"), files.writeFile(str("transactions.csv"), log.transactions),
                                       str("--min-date"), str("1969-01-01"), str("--json")});
    ASSERT_EQ(imported.exitCode, 0) << imported.out.constData() << imported.err.constData();
}

void expectNear(double a, double b, const char *what, std::size_t customer)
{
    EXPECT_NEAR(a, b, 1e-9 * std::max(1.0, std::abs(a))) << what << " of customer " << customer;
}

void expectSameSummary(const Result<SummaryTable> &engine, const Result<SummaryTable> &database)
{
    ASSERT_EQ(bool(engine), bool(database)) << qPrintable(engine ? database.errorString() : engine.errorString());
    if (!engine) {
        EXPECT_EQ(engine.errorString(), database.errorString());
        return;
    }
    EXPECT_EQ(engine->firstPurchase, database->firstPurchase);
    EXPECT_EQ(engine->lastPurchase, database->lastPurchase);
    EXPECT_EQ(engine->calibrationEnd, database->calibrationEnd);
    EXPECT_EQ(engine->calibrationCustomers, database->calibrationCustomers);
    EXPECT_EQ(engine->holdoutPurchasesByPeriod, database->holdoutPurchasesByPeriod);
    ASSERT_EQ(engine->customers.size(), database->customers.size());
    for (std::size_t i = 0; i < engine->customers.size(); ++i) {
        const CustomerSummary &a = engine->customers[i];
        const CustomerSummary &b = database->customers[i];
        EXPECT_EQ(a.hasPurchases, b.hasPurchases) << i;
        EXPECT_EQ(a.inCalibration, b.inCalibration) << i;
        EXPECT_EQ(a.firstDay, b.firstDay) << i;
        EXPECT_EQ(a.lastDay, b.lastDay) << i;
        EXPECT_EQ(a.purchaseDays, b.purchaseDays) << i;
        expectNear(a.frequency, b.frequency, "x", i);
        expectNear(a.recency, b.recency, "t_x", i);
        expectNear(a.age, b.age, "T", i);
        expectNear(a.meanRepeatValue, b.meanRepeatValue, "mean repeat spend", i);
        expectNear(a.calibrationRevenue, b.calibrationRevenue, "calibration revenue", i);
        expectNear(a.revenue, b.revenue, "revenue", i);
        expectNear(a.holdoutFrequency, b.holdoutFrequency, "holdout purchases", i);
        expectNear(a.holdoutRevenue, b.holdoutRevenue, "holdout revenue", i);
    }
}

std::vector<SummaryOptions> windows()
{
    return {
        {},
        {TimeUnit::Day, QDate(), QDate(1970, 6, 30), QDate()},
        {TimeUnit::Week, QDate(), QDate(1970, 9, 30), QDate(1971, 3, 31)},
        {TimeUnit::Month, QDate(1969, 12, 28), QDate(1971, 1, 15), QDate(1971, 6, 1)},
        {TimeUnit::Week, QDate(1970, 3, 1), QDate(1970, 12, 31), QDate()},
        {TimeUnit::Week, QDate(), QDate(1969, 10, 1), QDate()}, // before the first purchase: the same refusal
    };
}

// Compares both reads of one workspace: summaries under every window, cut at past dates (the as-of
// valuations' question), annual churn, and whole valuations.
void expectPushDownEqualsEngine(const QString &db)
{
    auto store = Store::open(db, Store::Mode::ReadOnly);
    ASSERT_TRUE(store) << qPrintable(store.errorString());
    const auto full = readDataset(**store);
    ASSERT_TRUE(full) << qPrintable(full.errorString());
    const auto pushed = readDataset(**store, DatasetScope::CustomerSummaries, windows()[2]);
    ASSERT_TRUE(pushed) << qPrintable(pushed.errorString());
    ASSERT_FALSE(pushed->holdsTransactions());
    EXPECT_TRUE(pushed->transactions.empty());
    EXPECT_EQ(pushed->aggregates->transactionCount(), qint64(full->transactions.size()));
    ASSERT_EQ(pushed->customers.size(), full->customers.size());
    for (std::size_t i = 0; i < full->customers.size(); ++i) {
        EXPECT_EQ(pushed->customers[i].externalId, full->customers[i].externalId);
        EXPECT_EQ(pushed->customers[i].channel, full->customers[i].channel);
    }
    for (const SummaryOptions &options : windows())
        expectSameSummary(summarizeCustomers(*full, options), summarizeCustomers(*pushed, options));
    for (const QDate &cut : {QDate(1970, 2, 1), QDate(1970, 12, 31)}) {
        const Dataset fullCut = datasetAsOf(*full, cut);
        const Dataset pushedCut = datasetAsOf(*pushed, cut);
        expectSameSummary(summarizeCustomers(fullCut, windows()[1]), summarizeCustomers(pushedCut, windows()[1]));
        expectSameSummary(summarizeCustomers(fullCut, {}), summarizeCustomers(pushedCut, {}));
    }
    for (const QDate &end : {QDate(1970, 12, 31), QDate(1971, 6, 30), QDate(1972, 1, 1)}) {
        const AnnualChurn a = measureAnnualChurn(*full, epochDayOf(end));
        const AnnualChurn b = measureAnnualChurn(*pushed, epochDayOf(end));
        EXPECT_EQ(a.activeInFirstYear, b.activeInFirstYear) << qPrintable(end.toString(Qt::ISODate));
        EXPECT_EQ(a.lapsed, b.lapsed) << qPrintable(end.toString(Qt::ISODate));
    }
    for (const ClvMethod method : {ClvMethod::BgNbdGammaGamma, ClvMethod::SimpleFormula}) {
        ClvDefinition definition;
        definition.method = method;
        const auto a = valueCustomers(*full, definition);
        const auto b = valueCustomers(*pushed, definition);
        ASSERT_TRUE(a && b) << qPrintable(a ? b.errorString() : a.errorString());
        ASSERT_EQ(a->customers.size(), b->customers.size());
        for (std::size_t i = 0; i < a->customers.size(); ++i) {
            expectNear(a->customers[i].clv, b->customers[i].clv, "CLV", i);
            EXPECT_EQ(a->customers[i].tier, b->customers[i].tier) << i;
            EXPECT_EQ(a->customers[i].rfmSegment, b->customers[i].rfmSegment) << i;
        }
    }
}

} // namespace

// The SQL is standard: SQLite runs it too, so a SQLite workspace checks it without a server.
TEST(PushDown, SqliteRunsTheSummarySqlToTheEnginesFigures)
{
    for (unsigned seed : {1u, 2u, 3u}) {
        TempWorkspace files;
        importLog(files.dbPath(), makeEventLog(seed, 400), files);
        expectPushDownEqualsEngine(files.dbPath());
    }
}

TEST(PushDown, PostgresComputesTheSummaryToTheEnginesFigures)
{
    LODESTAR_REQUIRE_POSTGRES();
    for (unsigned seed : {4u, 5u}) {
        const QString schema = QStringLiteral("pushdown_%1").arg(seed);
        server().run(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
        TempWorkspace files;
        importLog(server().workspace(schema), makeEventLog(seed, 400), files);
        expectPushDownEqualsEngine(server().workspace(schema));
    }
}

// The done-when of issue 15, scaled to a test's time: 300,000 transactions of 30,000 customers on the
// server; `segments --by tier` receives fewer rows than customers + 10%, counted by pg_stat_statements
// in a database no other test uses. The full suite's figure at 3M/300k is in benchmarks/.
TEST(PushDown, SegmentsByTierReceiveAboutOneRowPerCustomer)
{
    LODESTAR_REQUIRE_POSTGRES();
    const QString database = str("lodestar_pushdown");
    server().run(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database));
    ASSERT_TRUE(server().run(QStringLiteral("CREATE DATABASE %1").arg(database)));
    ASSERT_TRUE(server().run(str("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"), database));
    QUrl url(server().url);
    url.setPath(QLatin1Char('/') + database);
    const QString db = url.toString();

    constexpr int kCustomers = 30000;
    QByteArray csv("customer_id,date,amount\n");
    std::mt19937 random(15);
    std::uniform_int_distribution<int> day(0, 540);
    for (int i = 0; i < 10 * kCustomers; ++i)
        csv += QStringLiteral("k%1,%2,%3\n").arg(i % kCustomers).arg(QDate(2023, 1, 1).addDays(day(random)).toString(Qt::ISODate))
                   .arg(5 + i % 97).toUtf8();
    TempWorkspace files;
    const auto imported = runLodestar({str("import"), str("--db"), db, str("--transactions"), files.writeFile(str("t.csv"), csv)});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.constData();

    ASSERT_TRUE(server().run(str("SELECT pg_stat_statements_reset()"), database));
    const auto segments = runLodestar({str("segments"), str("--db"), db, str("--by"), str("tier"), str("--json")});
    ASSERT_EQ(segments.exitCode, 0) << segments.out.constData() << segments.err.constData();
    const QJsonArray rows = QJsonDocument::fromJson(segments.out).object().value(str("segments")).toArray();
    int customers = 0;
    for (const auto &row : rows)
        customers += row.toObject().value(str("customers")).toInt();
    EXPECT_EQ(customers, kCustomers);

    const qint64 received = server().value(str("SELECT COALESCE(SUM(rows), 0) FROM pg_stat_statements s JOIN pg_database d "
                                               "ON d.oid = s.dbid WHERE d.datname = 'lodestar_pushdown' "
                                               "AND s.query NOT LIKE '%pg_stat_statements%'"),
                                           database).toLongLong();
    EXPECT_GT(received, 0);
    EXPECT_LT(received, qint64(kCustomers * 1.1)) << "rows sent to the client";
    server().run(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database));
}

// `clv --write-back` puts every customer's CLV where other tools query it: the rows equal the
// command's own output, a second run replaces rather than adds, and a user who may only read gets
// one sentence, exit 2, and the table as it was.
TEST(PushDown, ClvWriteBackReplacesTheServerTable)
{
    LODESTAR_REQUIRE_POSTGRES();
    server().run(str("DROP SCHEMA IF EXISTS t_writeback CASCADE"));
    const QString db = server().workspace(str("t_writeback"));
    const auto imported = runLodestar({str("import"), str("--db"), db, str("--transactions"),
                                       lodestar::test::testData(str("engine/cdnowElog.csv")), str("--map"), str("customer_id=sampleid"),
                                       str("--map"), str("date=date"), str("--map"), str("amount=sales")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.constData();
    for (int run = 0; run < 2; ++run) {
        const auto valued = runLodestar({str("clv"), str("--db"), db, str("--write-back"), str("--json")});
        ASSERT_EQ(valued.exitCode, 0) << valued.out.constData() << valued.err.constData();
        const QJsonObject json = QJsonDocument::fromJson(valued.out).object();
        EXPECT_EQ(json.value(str("written_back")).toObject().value(str("table")).toString(), str("t_writeback.customer_values"));
        EXPECT_EQ(json.value(str("written_back")).toObject().value(str("rows")).toInt(), 2357);
        double total = 0.0;
        for (const auto &row : json.value(str("customers")).toArray())
            total += row.toObject().value(str("clv")).toDouble();
        EXPECT_EQ(server().value(str("SELECT COUNT(*) FROM t_writeback.customer_values")), str("2357"));
        EXPECT_NEAR(server().value(str("SELECT SUM(clv) FROM t_writeback.customer_values")).toDouble(), total, 1e-6 * total);
    }
    EXPECT_EQ(server().value(str("SELECT tier FROM t_writeback.customer_values ORDER BY clv DESC LIMIT 1")), str("High"));

    server().run(str("GRANT USAGE ON SCHEMA t_writeback TO reader; GRANT SELECT ON ALL TABLES IN SCHEMA t_writeback TO reader"));
    const auto refused = runLodestar({str("clv"), str("--db"), server().as(str("reader"), str("reader"), str("t_writeback")),
                                      str("--write-back"), str("--json")});
    EXPECT_EQ(refused.exitCode, 2) << refused.out.constData() << refused.err.constData();
    const QString error = QJsonDocument::fromJson(refused.out).object().value(str("error")).toString();
    EXPECT_FALSE(error.isEmpty()) << refused.out.constData();
    EXPECT_FALSE(error.contains(QLatin1Char('\n'))) << qPrintable(error);
    EXPECT_EQ(server().value(str("SELECT COUNT(*) FROM t_writeback.customer_values")), str("2357"));
}
