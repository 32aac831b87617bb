#include "testsupport.h"

#include "models/store/store.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

using lodestar::test::TempWorkspace;
using lodestar::test::runLodestar;

TEST(Cli, UnknownCommandExitsWithUsageError)
{
    const auto result = runLodestar({QStringLiteral("frobnicate")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("unknown command"));
}

TEST(Cli, VersionNamesQtAndLicence)
{
    const auto result = runLodestar({QStringLiteral("--version")});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.out.contains("Lodestar"));
    EXPECT_TRUE(result.out.contains("Qt"));
    EXPECT_TRUE(result.out.contains("GPL"));
}

TEST(Cli, SummaryOfMissingWorkspaceExitsTwo)
{
    TempWorkspace workspace;
    const auto result = runLodestar({QStringLiteral("summary"), QStringLiteral("--db"), workspace.dbPath()});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains("no workspace"));
}

TEST(Cli, SummaryJsonOfEmptyWorkspaceHasStableKeys)
{
    TempWorkspace workspace;
    ASSERT_TRUE(lodestar::Store::open(workspace.dbPath()));
    const auto result = runLodestar({QStringLiteral("summary"), QStringLiteral("--db"), workspace.dbPath(), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.constData();
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    for (const char *key : {"customers", "transactions", "first_date", "last_date", "total_revenue"})
        EXPECT_TRUE(json.contains(QString::fromLatin1(key))) << key;
    EXPECT_EQ(json.value(QStringLiteral("transactions")).toInt(), 0);
}
