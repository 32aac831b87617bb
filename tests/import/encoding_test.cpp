// Hostile input, 8-bit files (issue 12, item 6): a file that is not UTF-8 is read as Windows-1252
// (or as the encoding the user names), its text stored as UTF-8 and shown as written, so the same
// customer in a UTF-8 file and a Windows-1252 file is one customer.
#include "importfixture.h"

#include "models/import/textencoding.h"

using namespace lodestar;
using namespace lodestar::test;

namespace {

const QByteArray kHeader = "customer_id,date,amount\n";

} // namespace

TEST_F(ImportTest, Import_ReadsWindows1252FileAsWritten)
{
    const auto report = importText(kHeader + "M\xFCller,2024-01-02,5\nX\xFF,2024-01-03,6\nX\xFE,2024-01-04,7\n\x80uro,2024-01-05,8\n");
    ASSERT_TRUE(report) << qPrintable(report.errorString());
    EXPECT_EQ(report->encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(report->counts.imported, 4);
    EXPECT_EQ(customers(), 4);
    EXPECT_EQ(text(QStringLiteral("SELECT group_concat(external_id, '|') FROM (SELECT external_id FROM customers ORDER BY id)")),
              QString::fromUtf8("Müller|Xÿ|Xþ|€uro"));
}

TEST_F(ImportTest, Import_SameCustomerInUtf8AndWindows1252FilesIsOneCustomer)
{
    ASSERT_TRUE(importText(kHeader + "M\xC3\xBCller,2024-01-02,5\n", {}, QStringLiteral("january.csv")));
    const auto february = importText(kHeader + "M\xFCller,2024-02-02,6\n", {}, QStringLiteral("february.csv"));
    ASSERT_TRUE(february) << qPrintable(february.errorString());
    EXPECT_EQ(february->counts.imported, 1);
    EXPECT_EQ(february->customersCreated, 0);
    EXPECT_EQ(customers(), 1);
    EXPECT_EQ(transactions(), 2);
}

TEST_F(ImportTest, Import_DetectsEncodingPerFile)
{
    // Valid UTF-8 (even "Ã¼", which Windows-1252 would read as two letters) is read as UTF-8.
    const auto utf8 = importText(kHeader + "M\xC3\xBCller,2024-01-02,5\n");
    ASSERT_TRUE(utf8);
    EXPECT_EQ(utf8->encoding, QStringLiteral("utf-8"));
    // One stray byte at the very end makes the whole file Windows-1252, its first row included.
    const auto mixed = importText(kHeader + "M\xC3\xBCller,2024-01-03,5\nZ\xE9,2024-01-04,6\n", {}, QStringLiteral("mixed.csv"));
    ASSERT_TRUE(mixed);
    EXPECT_EQ(mixed->encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM customers WHERE external_id = 'MÃ¼ller'")), 1);
}

TEST_F(ImportTest, Import_NamedEncodingOverridesDetection)
{
    ImportOptions options;
    options.encoding = TextEncoding::Latin1;
    const auto report = importText(kHeader + "\x80" "A,2024-01-02,5\n", options);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->encoding, QStringLiteral("latin-1"));
    EXPECT_EQ(text(QStringLiteral("SELECT external_id FROM customers")), QString(QChar(0x80)) + QLatin1Char('A'));

    options.encoding = TextEncoding::Utf8;
    const auto forced = importText(kHeader + "B\xFC,2024-01-02,5\nC,2024-01-03,6\n", options, QStringLiteral("forced.csv"));
    ASSERT_TRUE(forced);
    EXPECT_EQ(forced->counts.imported, 1);
    EXPECT_EQ(forced->counts.rejected, 1);
}

TEST(TextEncoding, ValidatesUtf8ByRfc3629)
{
    const auto valid = [](std::string_view bytes) {
        Utf8Validator validator;
        validator.add(bytes);
        return validator.valid();
    };
    EXPECT_TRUE(valid("plain"));
    EXPECT_TRUE(valid("M\xC3\xBCller \xE2\x82\xAC \xF0\x9F\x98\x80"));
    EXPECT_FALSE(valid("\xC0\xAF"));         // overlong '/'
    EXPECT_FALSE(valid("\xED\xA0\x80"));     // a UTF-16 surrogate
    EXPECT_FALSE(valid("\xF4\x90\x80\x80")); // past U+10FFFF
    EXPECT_FALSE(valid("\xE2\x82"));         // cut off
    EXPECT_FALSE(valid("M\xFCller"));

    Utf8Validator split;
    split.add("\xE2\x82");
    split.add("\xAC");
    EXPECT_TRUE(split.valid());
}

TEST(TextEncoding, ParsesEncodingNames)
{
    EXPECT_EQ(encodingFromName(QStringLiteral("UTF-8")), TextEncoding::Utf8);
    EXPECT_EQ(encodingFromName(QStringLiteral("cp1252")), TextEncoding::Windows1252);
    EXPECT_EQ(encodingFromName(QStringLiteral("ISO-8859-1")), TextEncoding::Latin1);
    EXPECT_FALSE(encodingFromName(QStringLiteral("ebcdic")));
}
