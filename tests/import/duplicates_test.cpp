// Hostile input, repeated order ids (issue 12, item 10): one rule for rows of the same file and of
// earlier imports. A row that repeats a line of its order is a duplicate; a row that gives the
// order to another customer or day is rejected where it is, never dropped silently.
#include "importfixture.h"

#include "models/store/orderledger.h"

using namespace lodestar;
using namespace lodestar::test;

namespace {

const QByteArray kHeader = "customer_id,date,amount,order_id\n";

} // namespace

TEST_F(ImportTest, Import_CountsRepeatedRowInTheSameFileAsDuplicate)
{
    QByteArray csv = kHeader;
    for (int i = 0; i < 100; ++i)
        csv += "A" + QByteArray::number(i) + ",2024-01-02,55.49,O" + QByteArray::number(i) + "\n";
    csv += csv.mid(kHeader.size()); // the whole export pasted twice
    const auto report = importText(csv);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.rowsRead, 200);
    EXPECT_EQ(report->counts.imported, 100);
    EXPECT_EQ(report->counts.duplicates, 100);
    EXPECT_NEAR(real(QStringLiteral("SELECT SUM(amount) FROM transactions")), 5549.0, 1e-6);
}

TEST_F(ImportTest, Import_RejectsOrderIdOfAnotherCustomerInTheSameFile)
{
    const auto report = importText(kHeader + "A,2024-01-01,5,1001\nB,2024-03-04,9,1001\nA,2024-01-02,6,1001\n");
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, 1);
    ASSERT_EQ(report->rejects.size(), 2);
    EXPECT_EQ(report->rejects.at(0).line, 3);
    EXPECT_EQ(report->rejects.at(0).column, QStringLiteral("order_id"));
    EXPECT_TRUE(report->rejects.at(0).reason.contains(QStringLiteral("order id 1001 already belongs to customer A on 2024-01-01")))
        << qPrintable(report->rejects.at(0).reason);
    EXPECT_EQ(report->rejects.at(1).line, 4); // same customer, another day
}

// Past 262,144 orders the file's earlier orders leave memory for a temporary table: the rule
// holds across that line, for an order first seen long before it.
TEST_F(ImportTest, Import_RepeatedOrdersAreFoundAfterTheFileOutgrowsMemory)
{
    QByteArray csv = kHeader;
    constexpr int kOrders = 300000;
    csv.reserve(kOrders * 32);
    for (int i = 0; i < kOrders; ++i)
        csv += "C" + QByteArray::number(i % 5000) + ",2024-01-02,7.5,O" + QByteArray::number(i) + "\n";
    csv += "C0,2024-01-02,7.5,O0\n";       // line 300002: a repeat of line 2
    csv += "C9,2024-01-02,7.5,O1\n";       // line 300003: order O1 given to another customer
    csv += "C2,2024-01-02,7.5,O299999\n";  // line 300004: a repeat of the last order before it
    const auto report = importText(csv);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->counts.imported, kOrders);
    EXPECT_EQ(report->counts.duplicates, 1);
    ASSERT_EQ(report->rejects.size(), 2);
    EXPECT_EQ(report->rejects.at(0).line, 300003);
    EXPECT_TRUE(report->rejects.at(0).reason.contains(QStringLiteral("order id O1 already belongs to customer C1 on 2024-01-02 (line 3)")))
        << qPrintable(report->rejects.at(0).reason);
    EXPECT_EQ(report->rejects.at(1).line, 300004);
}

TEST_F(ImportTest, Import_RejectsOrderIdStoredForAnotherCustomer)
{
    ASSERT_TRUE(importText(kHeader + "A,2024-01-01,5,1001\n"));
    const auto later = importText(kHeader + "B,2024-02-03,70,1001\nC,2024-02-04,8,1002\n", {}, QStringLiteral("later.csv"));
    ASSERT_TRUE(later);
    EXPECT_EQ(later->counts.rowsRead, 2);
    EXPECT_EQ(later->counts.imported, 1);
    EXPECT_EQ(later->counts.duplicates, 0);
    ASSERT_EQ(later->rejects.size(), 1);
    EXPECT_EQ(later->rejects.first().line, 2);
    EXPECT_TRUE(later->rejects.first().reason.contains(QStringLiteral("order id 1001 already belongs to customer A on 2024-01-01")))
        << qPrintable(later->rejects.first().reason);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM import_rejects WHERE line = 2")), 1);
}

TEST_F(ImportTest, Import_RejectsStoredOrderWithAnotherAmount)
{
    ASSERT_TRUE(importText(kHeader + "A,2024-01-01,5,1001\nA,2024-01-01,6,1001\n"));
    const auto later = importText(kHeader + "A,2024-01-01,6,1001\nA,2024-01-01,7,1001\n", {}, QStringLiteral("later.csv"));
    ASSERT_TRUE(later);
    EXPECT_EQ(later->counts.duplicates, 1);
    EXPECT_EQ(later->counts.rejected, 1);
    EXPECT_EQ(later->counts.imported, 0);
    EXPECT_EQ(transactions(), 2);
}

TEST(OrderLedger, FindsEveryLineOfEveryOrderAfterGrowing)
{
    OrderLedger ledger;
    for (int i = 0; i < 50000; ++i) {
        const std::string order = "O" + std::to_string(i % 20000);
        ledger.add(order, "C" + std::to_string(i % 20000), i, double(i), i + 2);
    }
    for (int order : {0, 7, 19999}) {
        int lines = 0;
        for (const OrderLedger::Line *line = ledger.find("O" + std::to_string(order)); line; line = ledger.next()) {
            EXPECT_EQ(line->customer, "C" + std::to_string(order));
            EXPECT_EQ(line->occurredAt % 20000, order);
            ++lines;
        }
        EXPECT_EQ(lines, order < 10000 ? 3 : 2);
    }
    EXPECT_EQ(ledger.find("O20000"), nullptr);
    EXPECT_EQ(ledger.find(""), nullptr);
}
