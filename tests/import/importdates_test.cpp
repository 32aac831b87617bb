// Hostile input, dates and amounts (issue 12, items 4 and 11): a far-future "open end" date, a year
// typo, a date before any plausible business, a two-digit year and negative spend or acquisition
// cost are rejected rows with a located reason; the range is an import option.
#include "importfixture.h"

#include <QDate>

using namespace lodestar;
using namespace lodestar::test;

namespace {

const QByteArray kHeader = "customer_id,date,amount\n";

QByteArray isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate).toUtf8();
}

const RejectedRow *rejectOnLine(const ImportReport &report, qint64 line)
{
    for (const RejectedRow &row : report.rejects) {
        if (row.line == line)
            return &row;
    }
    return nullptr;
}

} // namespace

TEST_F(ImportTest, Import_RejectsDatesAfterTheImportDay)
{
    const auto report = importText(kHeader + "A,2024-01-02,5\nB,9999-12-31,6\nC,3024-05-06,7\nD,2024-01-03T10:00:00Z,8\n");
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->counts.imported, 2);
    ASSERT_EQ(report->counts.rejected, 2);
    for (qint64 line : {3, 4}) {
        const RejectedRow *row = rejectOnLine(*report, line);
        ASSERT_TRUE(row) << line;
        EXPECT_EQ(row->column, QStringLiteral("date"));
        EXPECT_TRUE(row->reason.contains(QStringLiteral("--max-date"))) << qPrintable(row->reason);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT MAX(occurred_at) FROM transactions")), QDateTime(QDate(2024, 1, 3), QTime(10, 0), Qt::UTC).toSecsSinceEpoch());
}

TEST_F(ImportTest, Import_AcceptsTomorrowForTimeZonesButNotTheDayAfter)
{
    const QDate today = QDate::currentDate();
    const auto report = importText(kHeader + "A," + isoDay(today.addDays(1)) + ",5\nB," + isoDay(today.addDays(2)) + ",6\n");
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, 1);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().line, 3);
}

TEST_F(ImportTest, Import_RejectsDatesBeforeTheFloor)
{
    const auto report = importText(kHeader + "A,1899-12-31,5\nB,1900-01-01,6\nC,01/01/1066,7\n");
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, 1);
    EXPECT_EQ(report->counts.rejected, 2);
    ASSERT_TRUE(rejectOnLine(*report, 2));
    EXPECT_TRUE(rejectOnLine(*report, 2)->reason.contains(QStringLiteral("1900-01-01")));
}

TEST_F(ImportTest, Import_DateRangeIsAnOption)
{
    ImportOptions options;
    options.earliestDate = QDate(2024, 1, 2);
    options.latestDate = QDate(9999, 12, 31);
    const auto report = importText(kHeader + "A,2024-01-01,5\nB,2024-01-02,6\nC,9999-12-31,7\n", options);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, 2);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().line, 2);
    EXPECT_TRUE(report->rejects.first().reason.contains(QStringLiteral("2024-01-02")));
}

TEST_F(ImportTest, Import_RejectsSignupAndResponseDatesOutsideTheRange)
{
    const auto customers = importText("customer_id,signup_date\nA,2024-01-01\nB,2999-01-01\n", kind(ImportKind::Customers));
    ASSERT_TRUE(customers);
    EXPECT_EQ(customers->counts.rejected, 1);
    const auto nps = importText("customer_id,date,score\nA,2024-01-01,9\nA,1492-10-12,3\n", kind(ImportKind::Nps), QStringLiteral("nps.csv"));
    ASSERT_TRUE(nps);
    EXPECT_EQ(nps->counts.rejected, 1);
}

TEST_F(ImportTest, Import_RejectsTwoDigitYearsUnlessTheFormatIsGiven)
{
    const QByteArray csv = kHeader + "A,24-01-01,5\nB,2024-01-05,6\n";
    const auto report = importText(csv);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, 1);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().line, 2);
    EXPECT_TRUE(report->rejects.first().reason.contains(QStringLiteral("two-digit"))) << qPrintable(report->rejects.first().reason);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE occurred_at < 1104537600")), 0); // nothing in 2001

    ImportOptions options;
    options.dateOrder = DayMonthOrder::DayFirst;
    options.dateFormatGiven = true;
    const auto given = importText(kHeader + "C,24-01-01,5\n", options, QStringLiteral("dated.csv"));
    ASSERT_TRUE(given);
    EXPECT_EQ(given->counts.imported, 1);
}

TEST_F(ImportTest, Import_RejectsNegativeMarketingSpend)
{
    const auto report = importText("month,channel,amount\n2024-01,search,100\n2024-02,search,-34\n", kind(ImportKind::Spend));
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, 1);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().line, 3);
    EXPECT_EQ(report->rejects.first().column, QStringLiteral("amount"));
}

TEST_F(ImportTest, Import_RejectsNegativeAcquisitionCost)
{
    const auto report = importText("customer_id,acquisition_cost\nA,12\nB,-34\nC,0\n", kind(ImportKind::Customers));
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, 2);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().line, 3);
    EXPECT_TRUE(report->rejects.first().reason.contains(QStringLiteral("negative")));
}

TEST_F(ImportTest, Import_KeepsRefundsAsNegativeTransactions)
{
    const auto report = importText(kHeader + "A,2024-01-02,50\nA,2024-01-09,-50\n");
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, 2);
    EXPECT_EQ(real(QStringLiteral("SELECT SUM(amount) FROM transactions")), 0.0);
}
