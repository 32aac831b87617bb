// Issue 7: "a test fails when a view shows an untranslated string under the German locale".
// The window is built in German on the demo workspace; every text a user can read (labels, buttons,
// group titles, tabs, combo items, table headers, menus) is compared with the English sources of
// lodestar_de.ts. A text that is still one of those sources, or reads as one with its placeholders
// filled in, never went through the translator: a missing tr(), or a tr() in the wrong context.
#include "packaging/tscatalogue.h"
#include "uitestsupport.h"

#include "ui/languagesettings.h"
#include "ui/views/view.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTextDocumentFragment>

using namespace lodestar;
using namespace lodestar::test;

namespace {

// English sources whose German text differs, as exact texts and as patterns for the ones with placeholders.
struct EnglishSources
{
    QSet<QString> exact;
    std::vector<std::pair<QRegularExpression, QString>> patterns;

    QString match(const QString &text) const
    {
        if (exact.contains(text))
            return text;
        for (const auto &[pattern, source] : patterns) {
            if (pattern.match(text).hasMatch())
                return source;
        }
        return {};
    }
};

QString plain(const QString &text)
{
    const QString withoutMarkup = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    return withoutMarkup.simplified().remove(QLatin1Char('&'));
}

EnglishSources englishSources()
{
    EnglishSources sources;
    const TsCatalogue catalogue = readTsCatalogue(QStringLiteral(LODESTAR_SOURCE_DIR "/translations/lodestar_de.ts"));
    EXPECT_TRUE(catalogue.errorString.isEmpty()) << qPrintable(catalogue.errorString);
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    for (const TsMessage &message : catalogue.messages) {
        const QString source = plain(message.source);
        if (message.translations.isEmpty() || plain(message.translations.first()) == source)
            continue; // the same in both languages ("CLV", "RFM", "%1 · %2")
        QString fixedText = source;
        fixedText.remove(placeholder);
        // Too little fixed text to tell a source from data ("%1 (%2)", "%1%").
        if (fixedText.count(QRegularExpression(QStringLiteral("[A-Za-z]"))) < 4)
            continue;
        if (!source.contains(placeholder)) {
            sources.exact.insert(source);
            continue;
        }
        QString pattern;
        qsizetype from = 0;
        for (const auto &hit : placeholder.globalMatch(source)) {
            pattern += QRegularExpression::escape(source.mid(from, hit.capturedStart() - from)) + QStringLiteral(".*");
            from = hit.capturedEnd();
        }
        pattern += QRegularExpression::escape(source.mid(from));
        sources.patterns.emplace_back(QRegularExpression(QRegularExpression::anchoredPattern(pattern)), source);
    }
    return sources;
}

// Every text of a widget tree a reader sees, with where it was found.
QList<std::pair<QString, QString>> visibleTexts(QWidget *root)
{
    QList<std::pair<QString, QString>> texts;
    const auto add = [&texts](const QObject *owner, const QString &text) {
        const QString cleaned = plain(text);
        if (!cleaned.isEmpty())
            texts.append({cleaned, QString::fromLatin1(owner->metaObject()->className()) + QLatin1Char(' ') + owner->objectName()});
    };
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(group, group->title());
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs, tabs->tabText(i));
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo, combo->itemText(i));
        } else if (auto *itemView = qobject_cast<QAbstractItemView *>(widget); itemView && itemView->model()) {
            const QAbstractItemModel *model = itemView->model();
            for (int column = 0; column < model->columnCount(); ++column)
                add(itemView, model->headerData(column, Qt::Horizontal).toString());
        }
        if (!widget->toolTip().isEmpty())
            add(widget, widget->toolTip());
    }
    return texts;
}

// German for the whole test, English again afterwards for the other tests of this process.
struct GermanForTheTest
{
    GermanForTheTest()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        ui::installTranslators(QLocale(QLocale::German, QLocale::Germany));
    }
    ~GermanForTheTest()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ui::installTranslators(QLocale(QLocale::English));
    }
};

} // namespace

TEST(GermanViews, EveryViewShowsOnlyTranslatedStrings)
{
    TempWorkspace workspace;
    makeDemoWorkspace(workspace.dbPath());

    GermanForTheTest german;
    const EnglishSources english = englishSources();
    ASSERT_GT(english.exact.size(), 200);

    ui::MainWindow window(ui::MainWindow::Options{.persistent = false});
    window.resize(1440, 900);
    window.show();
    window.openWorkspace(workspace.dbPath());
    ASSERT_TRUE(waitForAnalysis(window)) << qPrintable(window.statusText());

    QStringList untranslated;
    const auto check = [&](const QString &where, QWidget *root) {
        for (const auto &[text, owner] : visibleTexts(root)) {
            if (const QString source = english.match(text); !source.isEmpty())
                untranslated << where + QStringLiteral(" / ") + owner + QStringLiteral(": \"") + text + QLatin1Char('"');
        }
    };
    int views = 0;
    const QStringList ids{QStringLiteral("overview"), QStringLiteral("segments"), QStringLiteral("cohorts"),
                          QStringLiteral("customers"), QStringLiteral("model"), QStringLiteral("matrix"),
                          QStringLiteral("goals"), QStringLiteral("definition"), QStringLiteral("imports")};
    for (const QString &id : ids) {
        ASSERT_TRUE(window.showView(id)) << qPrintable(id);
        settle(100);
        check(id, window.currentView());
        ++views;
    }
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->text().isEmpty() && !english.match(plain(menu->text())).isEmpty())
            untranslated << QStringLiteral("menu: ") + menu->text();
        if (menu->menu()) {
            for (QAction *action : menu->menu()->actions()) {
                if (!action->isSeparator() && !english.match(plain(action->text())).isEmpty())
                    untranslated << QStringLiteral("menu item: ") + action->text();
            }
        }
    }
    check(QStringLiteral("window"), &window);
    EXPECT_EQ(views, 9);
    untranslated.removeDuplicates();
    EXPECT_TRUE(untranslated.isEmpty()) << "shown in English under the German locale:\n"
                                        << qPrintable(untranslated.join(QLatin1Char('\n')));
}
