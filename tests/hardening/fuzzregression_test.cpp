// Replays the fuzz seed corpus and every crasher the fuzzers found (tests/fuzz/regressions) through
// the harness bodies, in every build: a fixed crash stays fixed even where clang is missing.
#include "../fuzz/fuzztargets.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

namespace {

QFileInfoList inputs(const QString &folder)
{
    return QDir(QStringLiteral(LODESTAR_FUZZ_DIR) + QLatin1Char('/') + folder).entryInfoList(QDir::Files, QDir::Name);
}

void replay(const QFileInfoList &files, void (*harness)(const std::uint8_t *, std::size_t))
{
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(info.filePath());
        const QByteArray bytes = file.readAll();
        SCOPED_TRACE(info.fileName().toStdString());
        harness(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
    }
}

} // namespace

TEST(FuzzRegression, CsvSeedsAndCrashersRunClean)
{
    const QFileInfoList files = inputs(QStringLiteral("corpus/csv")) + inputs(QStringLiteral("regressions/csv"));
    ASSERT_FALSE(files.isEmpty());
    replay(files, lodestar::fuzz::csvReaderOneInput);
}

TEST(FuzzRegression, ParserSeedsAndCrashersRunClean)
{
    const QFileInfoList files = inputs(QStringLiteral("corpus/parsers")) + inputs(QStringLiteral("regressions/parsers"));
    ASSERT_FALSE(files.isEmpty());
    replay(files, lodestar::fuzz::parsersOneInput);
}
