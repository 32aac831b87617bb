#include "testsupport.h"

#include "models/import/filehash.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>

using namespace lodestar;
using lodestar::test::TempWorkspace;

// Workspaces store this hash to recognise re-imports: it must stay the plain SHA-256 of the bytes.
TEST(FileHash, IsTheSha256OfTheBytesAcrossChunks)
{
    TempWorkspace workspace;
    QByteArray contents;
    for (int i = 0; contents.size() < (3 << 20) + 17; ++i)
        contents += "C" + QByteArray::number(i) + ",2024-01-02,5\n";
    const auto hash = contentHash(workspace.writeFile(QStringLiteral("big.csv"), contents));
    ASSERT_TRUE(hash);
    EXPECT_EQ(*hash, QString::fromLatin1(QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex()));
}

TEST(FileHash, ReportsAMissingFile)
{
    TempWorkspace workspace;
    EXPECT_FALSE(contentHash(workspace.filePath(QStringLiteral("missing.csv"))));
}
