#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace lodestar::ui {

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
