#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace lodestar::ui {

/// Languages with a full bundled catalogue ("de", "fr"). English is the language of the sources; its
/// catalogue holds only the plural forms of the "%n" strings.
QStringList bundledLanguages();

/// The QSettings `language` value: "system" (the default) or a language code such as "de" or "fr".
QString languageSetting();

/// The locale for a `language` value; "system", an empty or an unknown value mean the system locale.
QLocale localeForLanguage(const QString &language, const QLocale &systemLocale = QLocale::system());

/// The bundled catalogue to use for a locale, in the order of its UI languages; "en" when none fits.
QString catalogueLanguage(const QLocale &locale);

/// Replaces the translators this function installed before with Lodestar's and Qt's own for the locale.
/// Needs a QCoreApplication; returns the catalogue language it chose.
QString installTranslators(const QLocale &locale);

/// Reads the `language` setting and installs its translators; called once by main().
QString setUpLanguage();

} // namespace lodestar::ui
