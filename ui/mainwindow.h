#pragma once

#include <QMainWindow>

namespace lodestar::ui {

/// The Lodestar window: navigation, views and the workspace they show.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace lodestar::ui
