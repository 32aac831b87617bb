#include "models/store/importrepository.h"
#include "ui/languagesettings.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QImage>

using namespace lodestar::ui;

namespace {

// Leaves the process in English whatever a test installed.
struct EnglishAfterwards
{
    ~EnglishAfterwards() { installTranslators(QLocale(QLocale::English)); }
};

} // namespace

TEST(LanguageSettings, SystemMeansTheSystemLocale)
{
    const QLocale system(QLocale::Italian, QLocale::Italy);
    EXPECT_EQ(localeForLanguage(QStringLiteral("system"), system), system);
    EXPECT_EQ(localeForLanguage(QString(), system), system);
}

TEST(LanguageSettings, UnknownLanguageFallsBackToTheSystemLocale)
{
    const QLocale system(QLocale::Italian, QLocale::Italy);
    EXPECT_EQ(localeForLanguage(QStringLiteral("klingon"), system), system);
}

TEST(LanguageSettings, ExplicitLanguageOverridesTheSystemLocale)
{
    const QLocale system(QLocale::Italian, QLocale::Italy);
    EXPECT_EQ(localeForLanguage(QStringLiteral("fr"), system).language(), QLocale::French);
}

TEST(LanguageSettings, RegionalVariantsUseTheLanguageCatalogue)
{
    EXPECT_EQ(catalogueLanguage(QLocale(QLocale::German, QLocale::Austria)), QStringLiteral("de"));
    EXPECT_EQ(catalogueLanguage(QLocale(QLocale::French, QLocale::Canada)), QStringLiteral("fr"));
}

TEST(LanguageSettings, LanguagesWithoutCatalogueStayInEnglish)
{
    EXPECT_EQ(catalogueLanguage(QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("en"));
    EXPECT_EQ(catalogueLanguage(QLocale(QLocale::Spanish, QLocale::Spain)), QStringLiteral("en"));
    EXPECT_EQ(catalogueLanguage(QLocale::c()), QStringLiteral("en"));
}

TEST(LanguageSettings, EveryBundledCatalogueIsCompiledIntoTheResources)
{
    for (const QString &language : bundledLanguages() + QStringList{QStringLiteral("en")})
        EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/lodestar_%1.qm").arg(language))) << qPrintable(language);
}

TEST(LanguageSettings, GermanTranslatesTheCommandLine)
{
    EnglishAfterwards restore;
    EXPECT_EQ(installTranslators(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));
    EXPECT_EQ(QCoreApplication::translate("cli", "Commands:"), QStringLiteral("Befehle:"));
}

TEST(LanguageSettings, FrenchReplacesGermanRatherThanStackingOnIt)
{
    EnglishAfterwards restore;
    installTranslators(QLocale(QLocale::German));
    EXPECT_EQ(installTranslators(QLocale(QLocale::French, QLocale::France)), QStringLiteral("fr"));
    EXPECT_EQ(QCoreApplication::translate("cli", "Commands:"), QString::fromUtf8("Commandes\u00a0:"));
}

TEST(LanguageSettings, StoreFailuresReadAsOneTranslatedSentence)
{
    EnglishAfterwards restore;
    const char *action = QT_TRANSLATE_NOOP("store", "read the customers");
    EXPECT_EQ(lodestar::storeFailureMessage(action, false), QStringLiteral("The workspace could not read the customers."));
    installTranslators(QLocale(QLocale::German));
    EXPECT_EQ(lodestar::storeFailureMessage(action, false), QStringLiteral("Der Arbeitsbereich konnte nicht die Kunden lesen."));
    installTranslators(QLocale(QLocale::French));
    EXPECT_EQ(lodestar::storeFailureMessage(action, true),
              QString::fromUtf8("Le disque de l’espace de travail est plein\u00a0; l’espace de travail n’a pas pu lire les clients."));
}

TEST(LanguageSettings, EnglishRemovesTheTranslators)
{
    installTranslators(QLocale(QLocale::German));
    EXPECT_EQ(installTranslators(QLocale(QLocale::English)), QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("cli", "Commands:"), QStringLiteral("Commands:"));
}

TEST(LanguageSettings, EnglishPluralsReadAsSingularAndPlural)
{
    installTranslators(QLocale(QLocale::English));
    const char *context = "lodestar::ui::ImportsView";
    const char *source = "%1: %n rejected row(s)";
    EXPECT_EQ(QCoreApplication::translate(context, source, nullptr, 1), QStringLiteral("%1: 1 rejected row"));
    EXPECT_EQ(QCoreApplication::translate(context, source, nullptr, 3), QStringLiteral("%1: 3 rejected rows"));
}

TEST(Resources, ApplicationIconComesInEveryHicolorSize)
{
    for (int size : {16, 32, 48, 64, 128, 256}) {
        const QString path = QStringLiteral(":/icons/%1x%1/apps/io.github.lodestar.Lodestar.png").arg(size);
        ASSERT_TRUE(QFile::exists(path)) << qPrintable(path);
        EXPECT_EQ(QImage(path).size(), QSize(size, size)) << qPrintable(path);
    }
}

TEST(Packaging, MetainfoNamesTheProjectVersion)
{
    QFile metainfo(QStringLiteral(LODESTAR_METAINFO));
    ASSERT_TRUE(metainfo.open(QIODevice::ReadOnly));
    EXPECT_TRUE(metainfo.readAll().contains("<release version=\"" LODESTAR_PROJECT_VERSION "\""));
}
