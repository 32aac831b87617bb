#include "languagesettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace lodestar::ui {

namespace {

const auto SettingKey = QStringLiteral("language");
const auto SystemLanguage = QStringLiteral("system");
const auto SourceLanguage = QStringLiteral("en");
// Marks the translators installTranslators() owns, so a second call replaces rather than stacks them.
const auto TranslatorName = QStringLiteral("lodestar-translator");

// The explicitly chosen locale, or the C locale for "system" and for names QLocale does not know.
QLocale explicitLocale(const QString &language)
{
    if (language.isEmpty() || language == SystemLanguage)
        return QLocale::c();
    return QLocale(language);
}

bool installTranslator(QCoreApplication &application, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(&application);
    translator->setObjectName(TranslatorName);
    if (translator->load(fileName, directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QStringList bundledLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("fr")};
}

QString languageSetting()
{
    return QSettings().value(SettingKey, SystemLanguage).toString();
}

QLocale localeForLanguage(const QString &language, const QLocale &systemLocale)
{
    const QLocale chosen = explicitLocale(language);
    return chosen.language() == QLocale::C ? systemLocale : chosen;
}

QString catalogueLanguage(const QLocale &locale)
{
    // The UI languages come in the user's order of preference (LANGUAGE=fr:de on Unix); English is the
    // source language, so reaching it means no catalogue, even when a later preference has one.
    const QStringList bundled = bundledLanguages();
    for (const QString &name : locale.uiLanguages()) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::English)
            return SourceLanguage;
        const QString code = QLocale::languageToCode(language);
        if (bundled.contains(code))
            return code;
    }
    return SourceLanguage;
}

QString installTranslators(const QLocale &locale)
{
    QCoreApplication *application = QCoreApplication::instance();
    if (!application)
        return SourceLanguage;
    const auto previous = application->findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    const QString language = catalogueLanguage(locale);
    // English needs a catalogue too, only for its plural forms: "%n row(s)" in the source reads "1 row".
    if (!installTranslator(*application, QStringLiteral("lodestar_") + language, QStringLiteral(":/i18n")))
        qWarning("Lodestar: no bundled catalogue for language %s", qPrintable(language));
    if (language == SourceLanguage)
        return language;
    // Qt's own strings (standard buttons, file dialogs); absent unless qt6-translations-l10n is installed.
    installTranslator(*application, QStringLiteral("qtbase_") + language,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return language;
}

QString setUpLanguage()
{
    const QLocale chosen = explicitLocale(languageSetting());
    // An explicit choice also formats numbers and dates; "system" leaves the default locale alone.
    if (chosen.language() != QLocale::C) {
        QLocale::setDefault(chosen);
        return installTranslators(chosen);
    }
    return installTranslators(QLocale::system());
}

} // namespace lodestar::ui
