// The German and French catalogues, and the English one of plural forms only: complete, current with the
// sources, and faithful to placeholders.
// When a test here fails after strings were added or changed: run scripts/update-translations.sh,
// translate the entries it leaves unfinished (Qt Linguist, or by hand in the .ts), commit the .ts files.
#include "tscatalogue.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using lodestar::test::readTsCatalogue;
using lodestar::test::TsCatalogue;
using lodestar::test::TsMessage;

namespace {

const QStringList Languages{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en")};
const auto PluralsOnly = QStringLiteral("en");

QString catalogueFile(const QString &language)
{
    return QStringLiteral(LODESTAR_SOURCE_DIR "/translations/lodestar_%1.ts").arg(language);
}

QString describe(const TsMessage &message)
{
    return message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
}

QString key(const TsMessage &message)
{
    return message.context + QLatin1Char('\x1f') + message.source + QLatin1Char('\x1f') + message.comment;
}

struct LupdateRun
{
    QString output;     // what lupdate printed
    TsCatalogue result; // the catalogue as lupdate left it
};

// Runs lupdate as the update_translations target does (see app/CMakeLists.txt), on a copy of the catalogue.
LupdateRun refreshedCopy(const QString &language)
{
    LupdateRun run;
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QFileInfo(catalogueFile(language)).fileName());
    if (!QFile::copy(catalogueFile(language), copy)) {
        run.result.errorString = QStringLiteral("cannot copy ") + catalogueFile(language);
        return run;
    }
    const QDir source(QStringLiteral(LODESTAR_SOURCE_DIR));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-source-language"), QStringLiteral("en"),
                          QStringLiteral("-I"), source.path(),
                          source.filePath(QStringLiteral("app")), source.filePath(QStringLiteral("ui")),
                          source.filePath(QStringLiteral("models")),
                          QStringLiteral("-ts"), copy};
    if (language == PluralsOnly)
        arguments << QStringLiteral("-pluralonly");
    lupdate.start(QStringLiteral(LODESTAR_LUPDATE), arguments);
    if (!lupdate.waitForFinished(60000) || lupdate.exitCode() != 0) {
        run.result.errorString = QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAll());
        return run;
    }
    run.output = QString::fromLocal8Bit(lupdate.readAll());
    run.result = readTsCatalogue(copy);
    return run;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (const auto &match : placeholder.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

} // namespace

TEST(Translations, CommittedCataloguesHaveNoUnfinishedOrVanishedEntries)
{
    for (const QString &language : Languages) {
        const TsCatalogue catalogue = readTsCatalogue(catalogueFile(language));
        ASSERT_TRUE(catalogue.errorString.isEmpty()) << qPrintable(catalogue.errorString);
        EXPECT_FALSE(catalogue.messages.empty()) << qPrintable(language);
        for (const TsMessage &message : catalogue.messages) {
            EXPECT_TRUE(message.type.isEmpty())
                << qPrintable(language) << " entry is " << qPrintable(message.type) << ": " << qPrintable(describe(message));
            for (const QString &translation : message.translations)
                EXPECT_FALSE(translation.trimmed().isEmpty()) << qPrintable(language) << " empty: " << qPrintable(describe(message));
        }
    }
}

TEST(Translations, CataloguesHoldExactlyTheStringsOfTheSources)
{
    for (const QString &language : Languages) {
        const TsCatalogue committed = readTsCatalogue(catalogueFile(language));
        const LupdateRun refreshed = refreshedCopy(language);
        ASSERT_TRUE(refreshed.result.errorString.isEmpty()) << qPrintable(refreshed.result.errorString);
        QSet<QString> committedKeys;
        for (const TsMessage &message : committed.messages)
            committedKeys.insert(key(message));
        QSet<QString> sourceKeys;
        for (const TsMessage &message : refreshed.result.messages) {
            sourceKeys.insert(key(message));
            EXPECT_TRUE(committedKeys.contains(key(message)))
                << "new string not in lodestar_" << qPrintable(language) << ".ts (run scripts/update-translations.sh): "
                << qPrintable(describe(message));
        }
        for (const TsMessage &message : committed.messages)
            EXPECT_TRUE(sourceKeys.contains(key(message)))
                << "string gone from the sources but still in lodestar_" << qPrintable(language)
                << ".ts (run scripts/update-translations.sh): " << qPrintable(describe(message));
    }
}

TEST(Translations, LupdateSeesTheContextEveryStringIsTranslatedIn)
{
    // lupdate files a tr() outside a Q_OBJECT / Q_DECLARE_TR_FUNCTIONS class under the enclosing
    // namespace or class. A file-local helper `tr(s)` that calls QCoreApplication::translate("cli", s)
    // is therefore looked up at run time in "cli" but translated under "lodestar::cli": it never shows.
    // Call QCoreApplication::translate("cli", "...") directly, or use a Q_DECLARE_TR_FUNCTIONS class.
    const LupdateRun refreshed = refreshedCopy(Languages.first());
    ASSERT_TRUE(refreshed.result.errorString.isEmpty()) << qPrintable(refreshed.result.errorString);
    QStringList misplaced;
    for (const QString &line : refreshed.output.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("lacks Q_OBJECT macro")))
            misplaced << line.trimmed();
    }
    EXPECT_TRUE(misplaced.isEmpty())
        << "these tr() calls are filed under a context the code never asks for, so they stay English.\n"
           "Fix: declare `struct Text { Q_DECLARE_TR_FUNCTIONS(cli) };` (the context the code uses) and call\n"
           "Text::tr(\"...\"), or call QCoreApplication::translate(\"cli\", \"...\") directly. lupdate names the\n"
           "first place per context:\n"
        << qPrintable(misplaced.join(QLatin1Char('\n')));
}

TEST(Translations, KeepEveryPlaceholderOfTheSource)
{
    for (const QString &language : Languages) {
        const TsCatalogue catalogue = readTsCatalogue(catalogueFile(language));
        for (const TsMessage &message : catalogue.messages) {
            if (!message.type.isEmpty())
                continue; // the first test reports unfinished entries
            for (const QString &translation : message.translations) {
                EXPECT_EQ(placeholders(translation), placeholders(message.source))
                    << qPrintable(language) << ": " << qPrintable(describe(message)) << " -> \""
                    << qPrintable(translation) << '"';
            }
        }
    }
}
