// Hostile command-line options (issue 12, items 4 and 11): repeated options, absurd goal targets,
// quarters and logos the report cannot use, and a workspace whose dates run from 1990 to 9999.
// Each is refused with exit code 2 and a sentence naming what was wrong; nothing is changed.
#include "testsupport.h"
#include "workspaceprobe.h"

#include "models/store/store.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace lodestar;
using namespace lodestar::test;

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

class HostileOptions : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_workspace = std::make_unique<TempWorkspace>();
        s_csv = s_workspace->writeFile(s("t.csv"), transactionsCsv(3000, 300, 17));
        const auto imported = runLodestar({s("import"), s("--db"), s_workspace->dbPath(), s("--transactions"), s_csv});
        s_ready = imported.exitCode == 0;
    }
    static void TearDownTestSuite() { s_workspace.reset(); }

    void SetUp() override
    {
        ASSERT_TRUE(s_ready);
        m_digest = workspaceDigest(db());
    }

    static QString db() { return s_workspace->dbPath(); }

    // Exit 2, one line on stderr holding every word given, and the workspace as it was.
    void expectRefused(const QStringList &arguments, const QList<QByteArray> &words) const
    {
        const auto result = runLodestar(arguments, 60000);
        EXPECT_EQ(result.exitCode, 2) << qPrintable(arguments.join(QLatin1Char(' '))) << ": " << result.err.constData();
        EXPECT_EQ(messageLines(result.err).size(), 1) << result.err.constData();
        for (const QByteArray &word : words)
            EXPECT_TRUE(result.err.contains(word)) << qPrintable(arguments.join(QLatin1Char(' '))) << ": " << result.err.constData();
        EXPECT_EQ(workspaceDigest(db()), m_digest) << qPrintable(arguments.join(QLatin1Char(' ')));
    }

    static inline std::unique_ptr<TempWorkspace> s_workspace;
    static inline QString s_csv;
    static inline bool s_ready = false;
    QByteArray m_digest;
};

} // namespace

TEST_F(HostileOptions, RepeatedSingleValuedOptionIsRefusedNamingIt)
{
    const QString other = s_workspace->writeFile(s("other.csv"), transactionsCsv(10, 5, 3, 900000));
    expectRefused({s("import"), s("--db"), db(), s("--transactions"), s_csv, s("--transactions"), other}, {"--transactions", "2"});
    expectRefused({s("clv"), s("--db"), db(), s("--db"), s_workspace->filePath(s("elsewhere.lodestar"))}, {"--db"});
    expectRefused({s("kpis"), s("--db"), db(), s("--period"), s("month"), s("--period"), s("quarter")}, {"--period"});
    expectRefused({s("report"), s("--db"), db(), s("--out"), s_workspace->filePath(s("a.pdf")), s("--out"),
                   s_workspace->filePath(s("b.pdf"))}, {"--out"});
    EXPECT_FALSE(QFile::exists(s_workspace->filePath(s("a.pdf"))));
    EXPECT_FALSE(QFile::exists(s_workspace->filePath(s("elsewhere.lodestar"))));
}

TEST_F(HostileOptions, OptionsMeantToRepeatStillRepeat)
{
    const QString scratch = s_workspace->filePath(s("mapped.lodestar"));
    const auto result = runLodestar({s("import"), s("--db"), scratch, s("--transactions"), s_csv, s("--map"),
                                     s("customer_id=customer_id"), s("--map"), s("date=date")});
    EXPECT_EQ(result.exitCode, 0) << result.err.constData();
}

TEST_F(HostileOptions, GoalTargetsThatCannotBeReachedAreRefused)
{
    const QStringList add{s("goals"), s("add"), s("--db"), db(), s("--team"), s("Growth"), s("--name"), s("G"),
                          s("--quarter"), s("2023Q4")};
    const QList<std::pair<const char *, const char *>> absurd{
        {"average-clv", "1e308"}, {"average-clv", "-1e308"}, {"average-clv", "inf"}, {"average-clv", "nan"},
        {"average-clv", "5e9"},   {"retention", "1.5"},      {"retention", "-0.1"},  {"nps", "250"},
    };
    for (const auto &[indicator, target] : absurd)
        expectRefused(add + QStringList{s("--indicator"), s(indicator), s("--target"), s(target)}, {"--target"});
    expectRefused(add + QStringList{s("--indicator"), s("entered"), s("--target"), s("10"), s("--actual"), s("1e300")},
                  {"--actual"});
}

TEST_F(HostileOptions, GoalWithAReachableTargetIsStillAdded)
{
    const QString scratch = s_workspace->filePath(s("goals.lodestar"));
    ASSERT_TRUE(QFile::copy(db(), scratch));
    ASSERT_EQ(runLodestar({s("goals"), s("add-team"), s("--db"), scratch, s("--name"), s("Growth")}).exitCode, 0);
    const auto added = runLodestar({s("goals"), s("add"), s("--db"), scratch, s("--team"), s("Growth"), s("--name"), s("G"),
                                    s("--quarter"), s("2023Q4"), s("--indicator"), s("retention"), s("--target"), s("0.4")});
    EXPECT_EQ(added.exitCode, 0) << added.err.constData();
    const auto listed = runLodestar({s("goals"), s("--db"), scratch});
    EXPECT_EQ(listed.exitCode, 0) << listed.err.constData();
    EXPECT_FALSE(listed.out.contains("inf")) << listed.out.constData();
}

TEST_F(HostileOptions, ReportQuarterOutsideTheDataNamesTheQuartersCovered)
{
    const auto summary = runLodestar({s("summary"), s("--db"), db(), s("--json")});
    ASSERT_EQ(summary.exitCode, 0);
    const QJsonObject facts = QJsonDocument::fromJson(summary.out).object();
    const QDate first = QDate::fromString(facts.value(s("first_date")).toString(), Qt::ISODate);
    const QDate last = QDate::fromString(facts.value(s("last_date")).toString(), Qt::ISODate);
    ASSERT_TRUE(first.isValid() && last.isValid()) << summary.out.constData();
    const auto quarterOf = [](const QDate &date) {
        return QStringLiteral("%1Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1).toUtf8();
    };
    for (const char *quarter : {"1000Q1", "9999Q4"}) {
        const QString out = s_workspace->filePath(s("q.pdf"));
        expectRefused({s("report"), s("--db"), db(), s("--out"), out, s("--quarter"), s(quarter)},
                      {quarter, quarterOf(first), quarterOf(last)});
        EXPECT_FALSE(QFile::exists(out));
    }
    // The quarter just after the data is as blank as any other.
    const QDate after = last.addMonths(3);
    expectRefused({s("report"), s("--db"), db(), s("--out"), s_workspace->filePath(s("q.pdf")), s("--quarter"),
                   QString::fromUtf8(quarterOf(after))}, {quarterOf(last)});
}

TEST_F(HostileOptions, ReportLogoThatCannotBeReadIsRefused)
{
    const QString out = s_workspace->filePath(s("logo.pdf"));
    const QString text = s_workspace->writeFile(s("logo.png"), "this is not a picture");
    const QString fifo = s_workspace->filePath(s("logo.fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &logo : {s_workspace->filePath(s("missing.png")), text, fifo, s_workspace->filePath(QString())}) {
        expectRefused({s("report"), s("--db"), db(), s("--out"), out, s("--logo"), logo}, {"--logo"});
        EXPECT_FALSE(QFile::exists(out));
    }
}

// One transaction moved to 9999-12-31 and one to 1990-01-01 in an existing workspace, as an
// import before the importer learned to refuse such dates would have left it: the analyses that
// lay periods over the span refuse it with the dates instead of asking for gigabytes.
TEST_F(HostileOptions, WorkspaceSpanningTheYear9999IsRefusedWithItsDates)
{
    const QString spanning = s_workspace->filePath(s("span.lodestar"));
    ASSERT_TRUE(QFile::copy(db(), spanning));
    {
        auto store = Store::open(spanning);
        ASSERT_TRUE(store);
        QSqlQuery query((*store)->database());
        const qint64 farFuture = QDateTime(QDate(9999, 12, 31), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        const qint64 farPast = QDateTime(QDate(1990, 1, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE transactions SET occurred_at = %1 WHERE id = (SELECT MAX(id) FROM transactions)").arg(farFuture)));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE transactions SET occurred_at = %1 WHERE id = (SELECT MIN(id) FROM transactions)").arg(farPast)));
    }
    for (const QStringList &command : {QStringList{s("kpis"), s("--period"), s("month")}, QStringList{s("cohorts")},
                                       QStringList{s("report"), s("--out"), s_workspace->filePath(s("span.pdf"))}}) {
        QStringList arguments = command;
        arguments << s("--db") << spanning;
        const auto result = runLodestar(arguments, 60000);
        EXPECT_EQ(result.exitCode, 2) << qPrintable(command.first()) << ": " << result.err.constData();
        EXPECT_TRUE(result.err.contains("9999-12-31")) << qPrintable(command.first()) << ": " << result.err.constData();
        EXPECT_TRUE(result.err.contains("1990-01-01")) << qPrintable(command.first()) << ": " << result.err.constData();
    }
    if (!builtWithAddressSanitizer()) {
        // 96,000 months squared was 15.6 GB; whatever the children needed stays far below that.
        EXPECT_LT(peakChildRssKiB(), 1024L * 1024L) << "a lodestar run used more than 1 GiB";
    }
}
