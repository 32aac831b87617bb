#include "uitestsupport.h"

#include "ui/views/view.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>

using namespace lodestar;
using namespace lodestar::test;

namespace {

class KeyboardTest : public DemoWindowTest
{
protected:
    static QListWidget *sidebar() { return window().findChild<QListWidget *>(QStringLiteral("sidebar")); }

    /// The widgets Tab visits from the first one, in order, once around the window's focus chain.
    static QList<QWidget *> tabChain()
    {
        QList<QWidget *> chain;
        QWidget *start = &window();
        for (QWidget *widget = start->nextInFocusChain(); widget && widget != start; widget = widget->nextInFocusChain()) {
            if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(&window()) && widget->isEnabled())
                chain << widget;
        }
        return chain;
    }

    /// Menu actions without a keyboard shortcut, by their text (menus and the recent workspaces aside).
    static QStringList actionsWithoutShortcut(const QMenu *menu)
    {
        QStringList missing;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            if (QMenu *submenu = action->menu()) {
                if (submenu->objectName() != QLatin1String("recentMenu"))
                    missing << actionsWithoutShortcut(submenu);
                continue;
            }
            if (action->shortcut().isEmpty())
                missing << action->text();
        }
        return missing;
    }
};

} // namespace

TEST_F(KeyboardTest, Keyboard_EveryMenuActionHasAShortcut)
{
    QStringList missing;
    for (QAction *top : window().menuBar()->actions()) {
        if (top->menu())
            missing << actionsWithoutShortcut(top->menu());
    }
    EXPECT_TRUE(missing.isEmpty()) << qPrintable(missing.join(QStringLiteral(", ")));
}

TEST_F(KeyboardTest, Keyboard_EveryViewHasItsCtrlNumberShortcut)
{
    const QStringList ids = window().viewIds();
    ASSERT_GE(ids.size(), 9);
    for (int number = 1; number <= 9; ++number) {
        const QKeySequence shortcut(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number));
        QAction *found = nullptr;
        for (QAction *action : window().findChildren<QAction *>()) {
            if (action->shortcut() == shortcut)
                found = action;
        }
        ASSERT_NE(found, nullptr) << "Ctrl+" << number;
        found->trigger();
        EXPECT_EQ(window().currentView()->id(), ids[number - 1]);
    }
    window().showView(QStringLiteral("overview"));
}

TEST_F(KeyboardTest, Keyboard_ArrowKeysInTheSidebarSwitchViews)
{
    QListWidget *list = sidebar();
    ASSERT_NE(list, nullptr);
    window().showView(window().viewIds().first());
    QKeyEvent down(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
    QApplication::sendEvent(list, &down);
    EXPECT_EQ(window().currentView()->id(), window().viewIds().at(1));
    QKeyEvent end(QEvent::KeyPress, Qt::Key_End, Qt::NoModifier);
    QApplication::sendEvent(list, &end);
    EXPECT_EQ(window().currentView()->id(), window().viewIds().last());
    window().showView(QStringLiteral("overview"));
}

TEST_F(KeyboardTest, Keyboard_TabReachesTheSidebarAndEveryTableOfEachView)
{
    ASSERT_TRUE(tabChain().contains(sidebar()));
    for (const QString &id : window().viewIds()) {
        window().showView(id);
        const QList<QWidget *> chain = tabChain();
        for (QAbstractItemView *table : window().currentView()->findChildren<QAbstractItemView *>()) {
            // Header views are item views too, but they take no focus: their table does.
            if (table->isVisibleTo(&window()) && !qobject_cast<QHeaderView *>(table)) {
                EXPECT_TRUE(chain.contains(table)) << qPrintable(id) << ": " << qPrintable(table->accessibleName());
            }
        }
    }
    window().showView(QStringLiteral("overview"));
}
