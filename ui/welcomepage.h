#pragma once

#include <QWidget>

#include <initializer_list>

class QLabel;
class QPushButton;

namespace lodestar::ui {

/// Lays widgets out in one column, centred, at most maxWidth wide and as wide as the page allows
/// below that, so wrapped text gets its full height instead of being clipped.
void layOutCentredColumn(QWidget *page, const std::initializer_list<QWidget *> &widgets, int maxWidth = 560);

/// Shown while no workspace is open: explore the demo company, open or create a workspace.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// While the demo workspace is being generated its button is disabled.
    void setDemoRunning(bool running);

signals:
    void demoRequested();
    void openRequested();
    void newRequested();

private:
    QPushButton *m_demo;
    QLabel *m_note;
};

} // namespace lodestar::ui
