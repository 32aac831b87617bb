#pragma once

#include <QWidget>

#include <vector>

class QListWidget;
class QStackedWidget;

namespace lodestar::ui {

class View;

/// The sidebar and the page stack: registering a View adds its entry; the window gives it a
/// shortcut. Pages are never placeholders: a feature adds its view when it exists.
class Navigator : public QWidget
{
    Q_OBJECT
public:
    explicit Navigator(QWidget *parent = nullptr);

    void addView(View *view);
    const std::vector<View *> &views() const { return m_views; }
    View *view(const QString &id) const;
    View *currentView() const;
    /// Shows the view with this id; false when there is none.
    bool showView(const QString &id);
    void showIndex(int index);
    QStringList viewIds() const;

signals:
    void currentViewChanged(lodestar::ui::View *view);

private:
    std::vector<View *> m_views;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
};

} // namespace lodestar::ui
